import { availableDays, dayNumber } from './availability-days';

describe('availableDays', () => {
  const today = new Date('2026-11-23T10:00:00Z');

  it('numbers days from the epoch', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2026-11-23')).toBe(Math.floor(today.getTime() / 86_400_000));
  });

  it('lists every day of every period, once, from today on', () => {
    const days = availableDays(
      [
        { from: '2026-11-20', to: '2026-11-25' },
        { from: '2026-11-25', to: '2026-11-26' },
      ],
      today,
    );
    expect(days).toEqual([
      dayNumber('2026-11-23'),
      dayNumber('2026-11-24'),
      dayNumber('2026-11-25'),
      dayNumber('2026-11-26'),
    ]);
  });

  it('stops at the horizon', () => {
    expect(availableDays([{ from: '2026-11-23', to: '2035-01-01' }], today)).toHaveLength(551);
  });
});
