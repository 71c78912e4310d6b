import { PEOPLE_COLUMNS } from '../definitions/people.columns';
import { headerKey, list, memoised, same } from './cells';
import { mapHeader } from './header';

describe('header mapping', () => {
  it('maps French and English headers whatever their case, accents and punctuation', () => {
    expect(
      mapHeader('people', PEOPLE_COLUMNS, ['Prénom', 'NOM', 'E-mail', 'Code postal', 'Métiers', '']),
    ).toEqual(['first_name', 'last_name', 'email', 'postcode', 'crafts', undefined]);
    expect(headerKey(' Année de diplôme ')).toBe('annee_de_diplome');
  });

  it('refuses unknown, repeated and missing required columns with a message naming them', () => {
    expect(() => mapHeader('people', PEOPLE_COLUMNS, ['prenom', 'nom', 'pointure'])).toThrow(
      /Unknown column "pointure"/,
    );
    expect(() => mapHeader('people', PEOPLE_COLUMNS, ['prenom', 'nom', 'first name'])).toThrow(
      /appears twice/,
    );
    expect(() => mapHeader('people', PEOPLE_COLUMNS, ['name', 'city'])).toThrow(
      /Missing required columns first_name, last_name: is this a people file/,
    );
  });

  it('splits list cells and compares stored with imported values', () => {
    expect(list('DoP | monteuse; scripte,  ')).toEqual(['DoP', 'monteuse', 'scripte']);
    expect(same(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(same(50.72, 50.72)).toBe(true);
    expect(same(null, undefined)).toBe(true);
    expect(same('Lille', 'Lens')).toBe(false);
  });

  it('remembers term lookups, unknown terms included, and forgets them all when full', () => {
    const asked: string[] = [];
    const lookup = memoised((term: string) => {
      asked.push(term);
      return term === 'DoP' ? 'director-of-photography' : undefined;
    }, 2);
    expect(['DoP', 'DoP', 'nope', 'nope', 'DoP'].map(lookup)).toEqual([
      'director-of-photography',
      'director-of-photography',
      undefined,
      undefined,
      'director-of-photography',
    ]);
    expect(asked).toEqual(['DoP', 'nope']);
    lookup('third');
    lookup('DoP');
    expect(asked).toEqual(['DoP', 'nope', 'third', 'DoP']);
  });
});
