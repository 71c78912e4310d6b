import { CRITERIA, CRITERION_POINTS } from '.';

describe('CRITERIA', () => {
  it('holds the ten criteria once each, in the order of the reasons', () => {
    // scoring.ts sumOfShares is written out for ten positions.
    expect(CRITERIA.map((c) => c.key)).toEqual([
      'FORMAT',
      'ROLES',
      'COUNTRY',
      'BUDGET',
      'GENRES',
      'TRACK_RECORD',
      'LANGUAGE',
      'READINESS',
      'ATTENDANCE',
      'AVAILABILITY',
    ]);
  });

  it('gives maxima summing to 100', () => {
    expect(Object.values(CRITERION_POINTS).reduce((a, b) => a + b, 0)).toBe(100);
    expect(CRITERION_POINTS).toMatchObject({ FORMAT: 20, ROLES: 15, COUNTRY: 15, ATTENDANCE: 5 });
  });
});
