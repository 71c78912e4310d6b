import { suggestionText } from './suggestion-reason-text';
import { FestivalKind } from '@crossroads/festivals';
import { DelegationAudience } from '../delegation/delegation.enums';
import { FestivalTarget, scoreCompany, scorePerson, scoreProject } from './suggestion-scorer';

const SERIES_MANIA: FestivalTarget = {
  name: 'Series Mania',
  kinds: [FestivalKind.SERIES, FestivalKind.FILM_FESTIVAL, FestivalKind.COPRODUCTION_FORUM],
  formats: ['TV_SERIES'],
  year: 2027,
};
const ANNECY: FestivalTarget = {
  name: 'Annecy',
  kinds: [FestivalKind.ANIMATION, FestivalKind.FILM_FESTIVAL, FestivalKind.MARKET],
  formats: ['FEATURE_FILM', 'SHORT_FILM', 'ANIMATED_SERIES'],
  year: 2027,
};
const CLERMONT: FestivalTarget = {
  name: 'Clermont-Ferrand',
  kinds: [FestivalKind.SHORT_FILM, FestivalKind.FILM_FESTIVAL, FestivalKind.MARKET],
  formats: ['SHORT_FILM'],
  year: 2027,
};
const GAMESCOM: FestivalTarget = {
  name: 'Gamescom',
  kinds: [FestivalKind.GAMES],
  formats: ['VIDEO_GAME'],
  year: 2027,
};

const studio = {
  kinds: ['ANIMATION'],
  formats: ['ANIMATED_SERIES'],
  regionPlace: 'Plaine Images',
  matchingCredits: 0,
};
const gameStudio = {
  kinds: ['GAME_STUDIO'],
  formats: ['VIDEO_GAME'],
  regionPlace: 'Roubaix',
  matchingCredits: 0,
};
const person = {
  kinds: ['DIRECTOR'],
  craftDepartments: ['direction'],
  creditFormats: ['SHORT_FILM', 'SHORT_FILM'],
  regionPlace: 'Lille',
  programme: null,
  graduationYear: null,
};

describe('delegation suggestion scorer', () => {
  it('ranks an animation studio high for Annecy and not at all for Gamescom', () => {
    const annecy = scoreCompany(ANNECY, studio);
    expect(annecy.score).toBe(70);
    expect(annecy.reasons.map((r) => r.criterion)).toEqual(['FORMAT', 'KIND', 'REGION']);
    expect(annecy.reasons[0].detail).toBe('Works in animated series, formats Annecy is for');
    expect(annecy.reasons[0]).toMatchObject({
      code: 'COMPANY_FORMATS',
      params: { formats: ['ANIMATED_SERIES'] },
    });
    expect(suggestionText(annecy.reasons[0], 'fr')).toBe(
      'Travaille en séries d’animation, les formats d’Annecy',
    );
    expect(scoreCompany(GAMESCOM, studio).reasons.map((r) => r.criterion)).toEqual(['REGION']);
    // A company is "une entreprise": installée, not the inclusive form written for people.
    expect(suggestionText(annecy.reasons[2], 'fr')).toBe('Installée dans la région (Plaine Images)');
    expect(suggestionText(annecy.reasons[2], 'en')).toBe('Based in the region (Plaine Images)');
    expect(scoreCompany(GAMESCOM, gameStudio).score).toBeGreaterThan(scoreCompany(GAMESCOM, studio).score);
  });

  it('explains every point: the score is the sum of the reasons, at most 100', () => {
    const scored = scoreCompany(SERIES_MANIA, {
      kinds: ['PRODUCTION', 'BROADCASTER'],
      formats: ['TV_SERIES'],
      regionPlace: 'Lille',
      matchingCredits: 9,
    });
    expect(scored.score).toBe(100);
    expect(scored.reasons.reduce((sum, r) => sum + r.points, 0)).toBe(100);
  });

  it('suggests short-film directors for Clermont-Ferrand from their credits', () => {
    const scored = scorePerson(CLERMONT, person, DelegationAudience.PROFESSIONALS);
    expect(scored.reasons.map((r) => r.criterion)).toEqual(['FORMAT', 'KIND', 'REGION', 'TRACK_RECORD']);
    expect(scored.reasons[3].detail).toBe('2 credits in these formats');
  });

  it('falls back on crafts when a person has no credit in the formats', () => {
    const scored = scorePerson(
      SERIES_MANIA,
      { ...person, kinds: ['TECHNICIAN'], creditFormats: [] },
      DelegationAudience.PROFESSIONALS,
    );
    expect(scored.reasons.map((r) => r.criterion)).toEqual(['CRAFT', 'REGION']);
  });

  it('scores students on their programme and graduation, and nobody else in a student delegation', () => {
    const student = {
      ...person,
      kinds: ['STUDENT'],
      craftDepartments: ['animation'],
      programme: { title: 'Bachelor Animation 3D', discipline: 'animation' },
      graduationYear: 2027,
      regionPlace: 'Rubika',
    };
    const scored = scorePerson(ANNECY, student, DelegationAudience.STUDENTS);
    expect(scored.reasons.map((r) => r.criterion)).toEqual(['PROGRAMME', 'GRADUATION', 'CRAFT', 'REGION']);
    expect(scored.score).toBe(100);
    expect(
      scorePerson(GAMESCOM, student, DelegationAudience.STUDENTS).reasons.map((r) => r.criterion),
    ).toEqual(['GRADUATION', 'REGION']);
    expect(scorePerson(ANNECY, person, DelegationAudience.STUDENTS).score).toBe(0);
  });

  it('proposes projects of the festival formats, financing ones for a forum, finished ones for a festival', () => {
    const project = { format: 'TV_SERIES', stage: 'FINANCING', targetsEdition: true, regionPlace: 'Lille' };
    expect(scoreProject(SERIES_MANIA, project).score).toBe(100);
    expect(scoreProject(GAMESCOM, project).score).toBe(0);
    const short = {
      format: 'SHORT_FILM',
      stage: 'POST_PRODUCTION',
      targetsEdition: false,
      regionPlace: null,
    };
    // Clermont-Ferrand has a market: its stage reason goes to projects still looking for partners.
    expect(scoreProject(CLERMONT, short).reasons.map((r) => r.criterion)).toEqual(['FORMAT']);
    expect(scoreProject(CLERMONT, { ...short, stage: 'DEVELOPMENT' }).reasons[1].detail).toMatch(
      /what a forum is for/,
    );
    const festivalOnly: FestivalTarget = { ...CLERMONT, kinds: [FestivalKind.SHORT_FILM] };
    expect(scoreProject(festivalOnly, short).reasons[1].detail).toMatch(/in time for a selection/);
  });
});
