import { judge } from '../scorer.fixtures';
import { AVAILABILITY } from './availability.criterion';

describe('AVAILABILITY', () => {
  it.each([
    [true, 1, 'SEEKS_PROJECTS'],
    [false, 0, 'NOT_SEEKING'],
  ])('seeksProjects %s', (seeksProjects, share, code) => {
    expect(judge(AVAILABILITY, {}, { seeksProjects })).toEqual({
      share,
      reason: { code, params: {} },
      missing: [],
    });
  });
});
