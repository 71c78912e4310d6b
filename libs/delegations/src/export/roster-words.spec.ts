import { TitleForm } from '@crossroads/directory';
import { companyKindsText, formatsText, personKindsText, projectText } from './roster-words';

describe('roster words', () => {
  it("writes a person's kinds in the form the person chose, or in English", () => {
    expect(personKindsText(['TECHNICIAN', 'ACTOR'], TitleForm.FEMININE, 'fr')).toBe(
      'Technicienne, comédienne',
    );
    expect(personKindsText(['TECHNICIAN', 'ACTOR'], TitleForm.MASCULINE, 'fr')).toBe('Technicien, comédien');
    expect(personKindsText(['DIRECTOR'], TitleForm.INCLUSIVE, 'fr')).toBe('Réalisateur·rice');
    expect(personKindsText(['DIRECTOR', 'WRITER'], TitleForm.FEMININE, 'en')).toBe('Director, writer');
  });

  it('writes companies, formats and projects in words, never codes', () => {
    expect(companyKindsText(['PRODUCTION', 'POST_PRODUCTION'], 'fr')).toBe('Production, postproduction');
    expect(companyKindsText(['GAME_STUDIO'], 'en')).toBe('Game studio');
    expect(formatsText(['FEATURE_FILM', 'ANIMATED_SERIES'], 'fr')).toBe('Longs métrages, séries d’animation');
    expect(formatsText(['FEATURE_FILM', 'TV_SERIES'], 'en')).toBe('Feature films, TV series');
    expect(projectText('FEATURE_FILM', 'DEVELOPMENT', 'fr')).toBe('Long métrage · développement');
    expect(projectText('ANIMATED_SERIES', 'POST_PRODUCTION', 'en')).toBe('Animated series · post-production');
  });
});
