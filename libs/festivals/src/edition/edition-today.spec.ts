import { today } from './edition.service';

describe('today', () => {
  afterEach(() => jest.useRealTimers());

  it('is the day in Paris, as for the deadline reminders: 23:30 UTC on 14 June is already the 15th', () => {
    jest.useFakeTimers({ now: new Date('2027-06-14T23:30:00Z') });
    expect(today()).toBe('2027-06-15');
    jest.setSystemTime(new Date('2027-11-01T22:30:00Z')); // after the autumn change: 23:30 in Paris
    expect(today()).toBe('2027-11-01');
    jest.setSystemTime(new Date('2027-03-31T22:30:00Z')); // a month's end in summer time
    expect(today()).toBe('2027-04-01');
  });
});
