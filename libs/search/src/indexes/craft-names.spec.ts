import { CRAFTS } from '@crossroads/directory';
import { craftNameFields, nameWords } from './craft-names';

const craft = (slug: string) => CRAFTS.find((c) => c.slug === slug)!;

describe('craftNameFields', () => {
  it('files each name of a craft by its number of words', () => {
    const fields = craftNameFields([craft('director-of-photography')]);
    expect(fields.craftNames2).toEqual(
      expect.arrayContaining(['chef opérateur', 'cheffe opératrice', 'chef opératrice']),
    );
    expect(fields.craftNames1).toEqual(expect.arrayContaining(['dop', 'cinematographer']));
    expect(fields.craftNames2).toContain('Director of Photography');
    expect(fields.craftNames4).toContain('Directrice de la photographie');
  });

  it('puts "chef opérateur du son" after "chef opérateur"', () => {
    const sound = craftNameFields([craft('production-sound-mixer')]);
    expect(sound.craftNames2).not.toContain('Chef opérateur du son');
    expect(sound.craftNames4).toEqual(
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
    expect(nameWords("Directeur d'écriture")).toEqual(['directeur', 'd', 'écriture']);
    expect(nameWords('Director of Photography')).toEqual(['director', 'photography']);
    expect(nameWords('make-up artist')).toEqual(['make', 'up', 'artist']);
  });
});
