import {
  companyKind,
  countryCode,
  languageCode,
  languageLevel,
  personKind,
  sizeBand,
  workFormat,
} from './labels';

describe('spreadsheet vocabulary', () => {
  it.each([
    ['technicienne', 'TECHNICIAN'],
    ['Comédienne', 'ACTOR'],
    ['ÉTUDIANT', 'STUDENT'],
    ['voice actor', 'VOICE_ACTOR'],
    ['VOICE_ACTOR', 'VOICE_ACTOR'],
  ])('person kind %s → %s', (term, kind) => expect(personKind(term)).toBe(kind));

  it('reads company kinds, formats, sizes and countries in French or English', () => {
    expect(companyKind('postproduction')).toBe('POST_PRODUCTION');
    expect(companyKind('Jeu vidéo')).toBe('GAME_STUDIO');
    expect(workFormat('long métrage')).toBe('FEATURE_FILM');
    expect(workFormat('série animée')).toBe('ANIMATED_SERIES');
    expect(sizeBand('10-49')).toBe('SMALL');
    expect(countryCode('Belgique')).toBe('BE');
    expect(countryCode('fr')).toBe('FR');
  });

  it('reads languages and levels, codes or names', () => {
    expect(languageCode('Anglais')).toBe('en');
    expect(languageCode('néerlandais')).toBe('nl');
    expect(languageCode('de')).toBe('de');
    expect(languageCode('klingon')).toBeUndefined();
    expect(languageLevel('courant')).toBe('FLUENT');
    expect(languageLevel('C2')).toBe('NATIVE');
    expect(languageLevel('notions')).toBe('BASIC');
  });

  it('refuses words it does not know', () => {
    expect(personKind('astronaute')).toBeUndefined();
    expect(workFormat('opéra')).toBeUndefined();
  });
});
