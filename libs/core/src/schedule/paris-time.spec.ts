import { daysBetween, parisDate, parisInstant } from './paris-time';

describe('Paris time', () => {
  it('puts the digest hour at 07:00 UTC in winter and 06:00 UTC in summer', () => {
    expect(parisInstant('2026-01-15', 8).toISOString()).toBe('2026-01-15T07:00:00.000Z');
    expect(parisInstant('2026-07-15', 8).toISOString()).toBe('2026-07-15T06:00:00.000Z');
  });

  it('is right on both daylight-saving days of 2026', () => {
    // 29 March: 02:00 becomes 03:00; 25 October: 03:00 becomes 02:00.
    expect(parisInstant('2026-03-29', 8).toISOString()).toBe('2026-03-29T06:00:00.000Z');
    expect(parisInstant('2026-03-28', 8).toISOString()).toBe('2026-03-28T07:00:00.000Z');
    expect(parisInstant('2026-10-25', 8).toISOString()).toBe('2026-10-25T07:00:00.000Z');
    expect(parisInstant('2026-10-24', 8).toISOString()).toBe('2026-10-24T06:00:00.000Z');
  });

  it('dates an instant by the Paris calendar, not UTC', () => {
    expect(parisDate(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(parisDate(new Date('2026-12-31T22:59:00Z'))).toBe('2026-12-31');
    expect(parisDate(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
  });

  it('counts days between dates', () => {
    expect(daysBetween('2026-03-20', '2026-04-03')).toBe(14);
    expect(daysBetween('2026-10-22', '2026-10-25')).toBe(3);
  });
});
