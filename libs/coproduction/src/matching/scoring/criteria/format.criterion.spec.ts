import { judge } from '../scorer.fixtures';
import { FORMAT } from './format.criterion';

describe('FORMAT', () => {
  it.each([
    ['the format is offered', {}, 1, 'FORMAT_MATCH', []],
    ['the format is not offered', { formats: ['DOCUMENTARY'] }, 0, 'FORMAT_MISMATCH', []],
    ['no formats are listed', { formats: [] }, 0, 'FORMAT_UNKNOWN', ['PARTNER_FORMATS']],
  ])('%s', (_label, partnerChange, share, code, missing) => {
    expect(judge(FORMAT, {}, partnerChange)).toEqual({
      share,
      reason: { code, params: { format: 'FEATURE_FILM' } },
      missing,
    });
  });
});
