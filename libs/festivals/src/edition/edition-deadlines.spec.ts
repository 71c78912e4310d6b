import { daysBetween, DeadlineKind, editionDeadlines } from './edition-deadlines';

const edition = {
  startsOn: '2027-03-19',
  marketStartsOn: '2027-03-23',
  accreditationDeadline: '2027-02-15',
  submissionDeadline: '2026-12-01',
  estimated: false,
  cancelled: false,
};

describe('editionDeadlines', () => {
  it('lists the known steps earliest first', () => {
    expect(editionDeadlines(edition).map((step) => [step.kind, step.date])).toEqual([
      [DeadlineKind.SUBMISSION, '2026-12-01'],
      [DeadlineKind.ACCREDITATION, '2027-02-15'],
      [DeadlineKind.EDITION_OPENS, '2027-03-19'],
      [DeadlineKind.MARKET_OPENS, '2027-03-23'],
    ]);
  });

  it('leaves out unknown dates and carries the estimated flag', () => {
    const steps = editionDeadlines({
      ...edition,
      marketStartsOn: null,
      accreditationDeadline: null,
      submissionDeadline: null,
      estimated: true,
    });
    expect(steps).toEqual([{ kind: DeadlineKind.EDITION_OPENS, date: '2027-03-19', estimated: true }]);
  });

  it('has nothing for a cancelled edition', () => {
    expect(editionDeadlines({ ...edition, cancelled: true })).toEqual([]);
  });

  it.each([
    ['2026-12-01', '2026-12-01', 0],
    ['2026-12-01', '2026-12-31', 30],
    ['2026-12-31', '2027-01-01', 1],
    ['2027-03-30', '2027-03-29', -1],
  ])('daysBetween(%s, %s) = %d', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });
});
