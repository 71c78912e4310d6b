import { CRAFTS } from '@crossroads/directory';
import { craftNameFields, craftNamesWhole, gluedName, nameWords, personQueryText } from './craft-names';

const craft = (slug: string) => CRAFTS.find((c) => c.slug === slug)!;

describe('personQueryText', () => {
  it('drops prepositions, stop words and inclusive endings, and keeps abbreviations whole', () => {
    expect(personQueryText('Directrice de la photographie')).toMatch(/^Directrice photographie /);
    expect(personQueryText("Directeur d'écriture")).toMatch(/^Directeur écriture /);
    expect(personQueryText('head of make-up')).toMatch(/^head make-up /);
    expect(personQueryText('Régisseur·euse de plateau')).toMatch(/^Régisseur plateau /);
    expect(personQueryText('PA')).toBe('PA ');
    expect(personQueryText('pat')).toBe('pat');
    expect(personQueryText('de')).toBe('de');
  });

  it('adds the glued whole title when the query names a craft, a typo or two included', () => {
    expect(personQueryText('Sous-cheffe électricienne')).toBe(
      'Sous-cheffe électricienne souscheffeelectricienne ',
    );
    expect(personQueryText('Sous-cheffe électrcienne')).toBe(
      'Sous-cheffe électrcienne souscheffeelectricienne ',
    );
    expect(personQueryText('Sound Editor')).toBe('Sound Editor soundeditor ');
    expect(personQueryText('Sound Edior')).toBe('Sound Edior soundeditor ');
    expect(personQueryText('Directrice de la photographie')).toBe(
      'Directrice photographie directricephotographie ',
    );
  });

  it('leaves other queries as they are', () => {
    expect(personQueryText('Marie Dupont')).toBe('Marie Dupont');
    expect(personQueryText('monteuse Lyon')).toBe('monteuse Lyon');
  });
});

describe('gluedName', () => {
  it('glues the words of a name of two words or more, without accents or prepositions', () => {
    expect(gluedName('Chef opérateur du son')).toBe('chefoperateurson');
    expect(gluedName('Chef·fe opérateur·rice')).toBe('chefoperateur');
    expect(gluedName('Monteuse')).toBeUndefined();
  });
});

describe('craftNamesWhole', () => {
  it('holds every name of two words or more of the crafts, glued', () => {
    const whole = craftNamesWhole([craft('director-of-photography')]);
    expect(whole).toEqual(expect.arrayContaining(['directeurphotographie', 'directricephotographie']));
    expect(whole).not.toContain('chefoperateurson');
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

  it('follows an edited craft: the names of a craft seen before are not reused once its labels change', () => {
    const editor = craft('editor');
    expect(craftNameFields([editor]).craftNames1).toContain('Monteur');
    const renamed = {
      ...editor,
      labelFr: 'Chef monteur image',
      labelEn: 'Picture editor',
      synonyms: ['cutter'],
    };
    const all = Object.values(craftNameFields([renamed])).flat();
    expect(all).toEqual(expect.arrayContaining(['Chef monteur image', 'Cheffe monteuse image', 'cutter']));
    expect(all).not.toContain('Monteur');
    expect(craftNamesWhole([renamed])).toContain('chefmonteurimage');
    expect(craftNamesWhole([editor])).not.toContain('chefmonteurimage');
  });

  it('counts words as the engine does', () => {
    expect(nameWords("Directeur d'écriture")).toEqual(['directeur', 'écriture']);
    expect(nameWords('Director of Photography')).toEqual(['director', 'photography']);
    expect(nameWords('make-up artist')).toEqual(['make', 'up', 'artist']);
  });
});
