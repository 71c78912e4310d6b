import { CRAFTS } from '@crossroads/directory';
import { craftSynonyms } from './craft-synonyms';

describe('craftSynonyms', () => {
  const synonyms = craftSynonyms(CRAFTS);

  it('makes every name of the DoP find the others', () => {
    expect(synonyms['cinematographer']).toEqual(
      expect.arrayContaining(['chef opérateur', 'dop', 'directeur de la photographie']),
    );
    expect(synonyms['dop']).toEqual(expect.arrayContaining(['cinematographer']));
  });

  it('links French and English titles of other crafts', () => {
    expect(synonyms['perchman']).toEqual(expect.arrayContaining(['boom operator']));
    expect(synonyms['scripte']).toEqual(expect.arrayContaining(['script supervisor']));
  });

  it('never lists a name as its own synonym', () => {
    for (const [name, others] of Object.entries(synonyms)) expect(others).not.toContain(name);
  });
});
