import { editionChangeNotice } from './edition-change-notice';
import { changedDates, EditionSchedule, scheduleProblems } from './edition-dates.rules';

const base: EditionSchedule = {
  startsOn: '2026-06-14',
  endsOn: '2026-06-20',
  marketStartsOn: '2026-06-16',
  marketEndsOn: '2026-06-19',
  accreditationDeadline: '2026-05-01',
  submissionDeadline: null,
  estimated: true,
};
const fields = (schedule: Partial<EditionSchedule>, year = 2026) =>
  scheduleProblems({ ...base, ...schedule }, year).map((problem) => problem.field);

describe('edition schedule rules', () => {
  it('accepts a schedule that holds together', () => {
    expect(fields({})).toEqual([]);
    expect(fields({ marketStartsOn: null, marketEndsOn: null, accreditationDeadline: '2026-06-20' })).toEqual(
      [],
    );
  });

  it('names every field that does not hold', () => {
    expect(fields({}, 2025)).toEqual(['startsOn']);
    expect(fields({ endsOn: '2026-06-13' })).toEqual(expect.arrayContaining(['endsOn']));
    expect(fields({ endsOn: '2026-09-01' })).toEqual(['endsOn']);
    expect(fields({ marketStartsOn: null })).toEqual(['marketStartsOn']);
    expect(fields({ marketEndsOn: '2026-06-15' })).toEqual(['marketEndsOn']);
    expect(fields({ marketStartsOn: '2026-01-02', marketEndsOn: '2026-01-03' })).toEqual([
      'marketStartsOn',
      'marketEndsOn',
    ]);
    expect(fields({ accreditationDeadline: '2026-06-21', submissionDeadline: '2024-01-01' })).toEqual([
      'accreditationDeadline',
      'submissionDeadline',
    ]);
  });

  it('lists the dates that changed', () => {
    expect(changedDates(base, { ...base, estimated: false })).toEqual([]);
    expect(changedDates(base, { ...base, endsOn: '2026-06-21', submissionDeadline: '2026-05-02' })).toEqual([
      'endsOn',
      'submissionDeadline',
    ]);
  });
});

describe('edition change notice', () => {
  const edition = { id: 'e1', year: 2026, festivalName: 'Annecy', festivalSlug: 'annecy' };

  it('tells nothing when nothing followers see changed', () => {
    expect(editionChangeNotice(edition, base, { ...base })).toBeNull();
    expect(
      editionChangeNotice(edition, { ...base, estimated: false }, { ...base, estimated: true }),
    ).toBeNull();
  });

  it('tells a confirmation when the dates stop being estimated', () => {
    const notice = editionChangeNotice(edition, base, { ...base, estimated: false, endsOn: '2026-06-21' })!;
    expect(notice.event).toBe('EDITION_DATES_CONFIRMED');
    expect(notice.path).toBe('/festivals/annecy/e1');
    expect(notice.params).toMatchObject({
      festivalName: 'Annecy',
      year: 2026,
      endsOn: '2026-06-21',
      changed: 'endsOn',
    });
  });

  it('tells a change with the moved deadlines, keyed by the values before and after', () => {
    const after = { ...base, submissionDeadline: '2026-05-15' };
    const notice = editionChangeNotice(edition, base, after)!;
    expect(notice.event).toBe('EDITION_DATES_CHANGED');
    expect(notice.params).toMatchObject({ submissionDeadline: '2026-05-15', changed: 'submissionDeadline' });
    expect(notice.eventKey.length).toBeLessThanOrEqual(200);
    expect(editionChangeNotice(edition, base, after)!.eventKey).toBe(notice.eventKey);
    expect(editionChangeNotice(edition, after, base)!.eventKey).not.toBe(notice.eventKey);
  });
});
