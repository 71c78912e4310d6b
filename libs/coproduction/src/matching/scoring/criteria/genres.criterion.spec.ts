import { judge } from '../scorer.fixtures';
import { GENRES } from './genres.criterion';

describe('GENRES', () => {
  it('gives the Jaccard index of the genres, compared trimmed and in lower case', () => {
    expect(judge(GENRES, {}, { genres: [' Drama', 'thriller'] })).toEqual({
      share: 1 / 3,
      reason: { code: 'GENRES_SHARED', params: { count: 1, union: 3, common: ['drama'] } },
      missing: [],
    });
    expect(judge(GENRES).share).toBe(1);
  });

  it('names both lists when they have no genre in common', () => {
    expect(judge(GENRES, {}, { genres: ['horror'] })).toEqual({
      share: 0,
      reason: { code: 'GENRES_NONE', params: { project: ['comedy', 'drama'], partner: ['horror'] } },
      missing: [],
    });
  });

  it('reports the sides without genres', () => {
    expect(judge(GENRES, { genres: [] }, { genres: [] })).toEqual({
      share: 0,
      reason: { code: 'GENRES_UNKNOWN', params: {} },
      missing: ['PROJECT_GENRES', 'PARTNER_GENRES'],
    });
  });
});
