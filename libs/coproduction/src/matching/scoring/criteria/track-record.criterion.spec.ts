import { judge, partner } from '../scorer.fixtures';
import { TRACK_RECORD } from './track-record.criterion';

const work = (format: string, countries: string[]) => ({ title: 'W', year: 2020, countries, format });

describe('TRACK_RECORD', () => {
  it('gives a third of the points per same-format work, up to three, and counts the international ones', () => {
    const five = Array.from({ length: 5 }, () => work('ANIMATED_SERIES', ['DE', 'FR']));
    expect(judge(TRACK_RECORD, { format: 'ANIMATED_SERIES' }, { trackRecord: five })).toEqual({
      share: 1,
      reason: {
        code: 'TRACK_RECORD_SAME_FORMAT',
        params: { format: 'ANIMATED_SERIES', count: 5, international: 5 },
      },
      missing: [],
    });
    const one = judge(TRACK_RECORD, {}, { trackRecord: [partner().trackRecord[2]] });
    expect(one.share).toBeCloseTo(1 / 3, 10);
    expect(one.reason.params).toMatchObject({ count: 1, international: 0 });
  });

  it('names the format when every work is of another one', () => {
    expect(judge(TRACK_RECORD, {}, { trackRecord: [work('DOCUMENTARY', ['DE'])] })).toEqual({
      share: 0,
      reason: { code: 'TRACK_RECORD_OTHER_FORMATS', params: { format: 'FEATURE_FILM' } },
      missing: [],
    });
  });

  it('reports an empty track record', () => {
    expect(judge(TRACK_RECORD, {}, { trackRecord: [] })).toEqual({
      share: 0,
      reason: { code: 'TRACK_RECORD_NONE', params: {} },
      missing: ['PARTNER_TRACK_RECORD'],
    });
  });
});
