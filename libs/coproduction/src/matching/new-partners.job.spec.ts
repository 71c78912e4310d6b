import { isoWeek } from './new-partners.job';

describe('isoWeek', () => {
  it('numbers weeks the ISO way, across year ends', () => {
    expect(isoWeek('2026-12-05')).toBe('2026-W49');
    expect(isoWeek('2026-12-31')).toBe('2026-W53');
    expect(isoWeek('2027-01-01')).toBe('2026-W53');
    expect(isoWeek('2027-01-04')).toBe('2027-W01');
    expect(isoWeek('2024-12-30')).toBe('2025-W01');
  });
});
