import { BERLINALE, judge } from '../scorer.fixtures';
import { ATTENDANCE } from './attendance.criterion';

const params = { edition: 'Berlinale 2026', editionId: 'ed-berlinale-2026' };

describe('ATTENDANCE', () => {
  it.each([
    ['attends the edition', [BERLINALE.edition!.id], 1, 'ATTENDS', []],
    ['attends another edition', ['ed-cannes-2026'], 0, 'NOT_ATTENDING', []],
    ['lists no edition', [], 0, 'ATTENDANCE_UNKNOWN', ['PARTNER_ATTENDANCE']],
  ])('%s', (_label, attendingEditionIds, share, code, missing) => {
    expect(judge(ATTENDANCE, {}, { attendingEditionIds }, BERLINALE)).toEqual({
      share,
      reason: { code, params },
      missing,
    });
  });

  it('earns nothing without an edition', () => {
    expect(judge(ATTENDANCE).share).toBe(0);
  });
});
