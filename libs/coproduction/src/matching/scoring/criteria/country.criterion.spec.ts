import { INTERACTIVE_FUND, judge } from '../scorer.fixtures';
import { COUNTRY } from './country.criterion';

describe('COUNTRY', () => {
  it.each([
    ['a treaty (PT)', {}, { country: 'PT' }, 1, 'COUNTRY_TREATY'],
    [
      'the convention only (AT owner, PT partner)',
      { ownerCountry: 'AT' },
      { country: 'PT' },
      0.7,
      'COUNTRY_CONVENTION',
    ],
    ['the convention, unverified for France (NO)', {}, { country: 'NO' }, 0, 'COUNTRY_CONVENTION_UNVERIFIED'],
    ['the same country (FR)', {}, { country: 'FR' }, 0.4, 'COUNTRY_SAME'],
    ['no framework (US)', {}, { country: 'US' }, 0, 'COUNTRY_NONE'],
  ])('scores %s by its legal framework', (_label, projectChange, partnerChange, share, code) => {
    const judged = judge(COUNTRY, projectChange, partnerChange);
    expect(judged).toMatchObject({ share, reason: { code }, missing: [] });
    expect(judged.reason.params).not.toHaveProperty('sought');
  });

  it('halves the points of a country the project does not seek, and says so', () => {
    const judged = judge(COUNTRY, { countriesSought: ['BE'] });
    expect(judged.share).toBe(0.5);
    expect(judged.reason).toMatchObject({
      code: 'COUNTRY_TREATY',
      params: { sought: false, partnerCountry: 'DE' },
    });
    expect(judge(COUNTRY, { countriesSought: ['de'] }).reason.params).toMatchObject({ sought: true });
  });

  it('gives the Hauts-de-France–Wallonia pairing the full points even when Belgium is not sought', () => {
    const xr = { ownerCountry: 'FR-HDF', fundsApplied: [INTERACTIVE_FUND], countriesSought: ['DE'] };
    const judged = judge(COUNTRY, xr, { country: 'BE-WAL' });
    expect(judged.share).toBe(1);
    expect(judged.reason.params).toMatchObject({ pairingFund: expect.any(String) });
    expect(judged.reason.params).not.toHaveProperty('sought');
  });

  it('reports a partner without a country', () => {
    expect(judge(COUNTRY, {}, { country: ' ' })).toEqual({
      share: 0,
      reason: { code: 'COUNTRY_UNKNOWN', params: {} },
      missing: ['PARTNER_COUNTRY'],
    });
  });
});
