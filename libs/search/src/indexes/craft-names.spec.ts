import { CRAFTS } from '@crossroads/directory';
import { craftNameFields, nameWords, personQueryText } from './craft-names';

const craft = (slug: string) => CRAFTS.find((c) => c.slug === slug)!;

describe('personQueryText', () => {
  it('drops prepositions, stop words and inclusive endings, and keeps abbreviations whole', () => {
    expect(personQueryText('Directrice de la photographie')).toBe('Directrice photographie');
    expect(personQueryText("Directeur d'écriture")).toBe('Directeur écriture');
    expect(personQueryText('head of make-up')).toBe('head make-up');
    expect(personQueryText('Régisseur·euse de plateau')).toBe('Régisseur plateau');
    expect(personQueryText('PA')).toBe('PA ');
    expect(personQueryText('pat')).toBe('pat');
    expect(personQueryText('de')).toBe('de');
  });
});

describe('craftNameFields', () => {
  it('files each name of a craft by its number of words', () => {
    const fields = craftNameFields([craft('director-of-photography')]);
    expect(fields.craftNames2).toEqual(
      expect.arrayContaining(['chef opérateur', 'cheffe opératrice', 'chef opératrice']),
    );
    expect(fields.craftNames1).toEqual(expect.arrayContaining(['dop', 'cinematographer']));
    expect(fields.craftNames2).toContain('Director of Photography');
    expect(fields.craftNames2).toContain('Directrice de la photographie');
  });

  it('puts "chef opérateur du son" after "chef opérateur"', () => {
    const sound = craftNameFields([craft('production-sound-mixer')]);
    expect(sound.craftNames2).not.toContain('Chef opérateur du son');
    expect(sound.craftNames3).toEqual(
      expect.arrayContaining(['Chef opérateur du son', 'Cheffe opératrice du son']),
    );
  });

  it('holds the feminine, inclusive, English and abbreviated forms', () => {
    const all = Object.values(craftNameFields([craft('editor'), craft('first-assistant-director')])).flat();
    expect(all).toEqual(
      expect.arrayContaining([
        'Monteur',
        'Monteuse',
        'Monteur·euse',
        'Editor',
        '1st ad',
        'Première assistante réalisatrice',
      ]),
    );
  });

  it('counts words as the engine does', () => {
    expect(nameWords("Directeur d'écriture")).toEqual(['directeur', 'écriture']);
    expect(nameWords('Director of Photography')).toEqual(['director', 'photography']);
    expect(nameWords('make-up artist')).toEqual(['make', 'up', 'artist']);
  });
});
