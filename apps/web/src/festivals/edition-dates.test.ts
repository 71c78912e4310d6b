import { parisToday, pickEdition } from './edition-dates';

describe('the festival page’s today', () => {
  afterEach(() => jest.useRealTimers());

  it('is the day in Paris, as the API’s: at 23:30 UTC on 14 June an edition that ended on the 14th is over', () => {
    jest.useFakeTimers({ now: new Date('2027-06-14T23:30:00Z') });
    expect(parisToday()).toBe('2027-06-15');
    const editions = [
      { id: 'ended', endsOn: '2027-06-14' },
      { id: 'next', endsOn: '2027-07-01' },
    ];
    expect(pickEdition(editions, undefined)?.id).toBe('next');
  });
});
