import {
  EUROPEAN_CONVENTION,
  FRANCE_BILATERAL_AGREEMENTS,
} from '../../reference/coproduction-agreements.reference';
import { FUNDS } from '../../reference/funds.reference';
import { countryFit } from './country-fit';
import { INTERACTIVE_FUND } from './scorer.fixtures';

const feature = { format: 'FEATURE_FILM', fundsApplied: [] as string[] };
const agreement = (code: string) => FRANCE_BILATERAL_AGREEMENTS.find((a) => a.partner === code)!;

describe('countryFit', () => {
  it.each([
    ['FR', 'DE', 'BILATERAL_TREATY', agreement('DE').sources[0]],
    ['FR', 'BE', 'BILATERAL_TREATY', agreement('BE-FWB').sources[0]],
    ['FR', 'BE-FWB', 'BILATERAL_TREATY', agreement('BE-FWB').sources[0]],
    ['FR', 'BE-WAL', 'BILATERAL_TREATY', agreement('BE-FWB').sources[0]],
    ['FR', 'BE-BRU', 'BILATERAL_TREATY', agreement('BE-FWB').sources[0]],
    ['FR', 'BE-VLG', 'BILATERAL_TREATY', agreement('BE-VLG').sources[0]],
    ['FR-HDF', 'BE-FWB', 'BILATERAL_TREATY', agreement('BE-FWB').sources[0]],
    ['DE', 'FR', 'BILATERAL_TREATY', agreement('DE').sources[0]],
    ['FR', 'PT', 'BILATERAL_TREATY', agreement('PT').sources[0]],
    ['FR', 'IT', 'BILATERAL_TREATY', agreement('IT').sources[0]],
    ['FR', 'CH', 'BILATERAL_TREATY', agreement('CH').sources[0]],
    // France's CETS 220 status is unverified: the convention is not counted for French pairs.
    ['FR', 'NO', 'NONE', EUROPEAN_CONVENTION.sources[0]],
    // Luxembourg's agreement is unverified and Montenegro's only signed: neither is counted as in force.
    ['FR', 'LU', 'NONE', EUROPEAN_CONVENTION.sources[0]],
    ['FR', 'ME', 'NONE', EUROPEAN_CONVENTION.sources[0]],
    ['FR', 'PH', 'NONE', agreement('PH').sources[0]],
    ['AT', 'PT', 'EUROPEAN_CONVENTION', EUROPEAN_CONVENTION.sources[0]],
    ['FR', 'FR', 'SAME_COUNTRY', null],
    ['FR', 'US', 'NONE', null],
    ['DE', 'JP', 'NONE', null],
  ])('%s + %s → %s', (owner, partnerCountry, level, source) => {
    expect(countryFit(owner, partnerCountry, feature)).toMatchObject({ level, source });
  });

  it('names the agreement, the convention and the agreements not confirmed in force', () => {
    expect(countryFit('FR', 'DE', feature).reason).toEqual({
      code: 'COUNTRY_TREATY',
      params: { agreements: [{ name: agreement('DE').name, partner: 'DE', signed: 2001 }] },
    });
    const convention = { convention: EUROPEAN_CONVENTION.name, conventionCode: 'CETS 220' };
    expect(countryFit('AT', 'PT', feature).reason).toEqual({
      code: 'COUNTRY_CONVENTION',
      params: { country: 'PT', ...convention, pending: [] },
    });
    expect(countryFit('FR', 'NO', feature).reason).toMatchObject({
      code: 'COUNTRY_CONVENTION_UNVERIFIED',
      params: { country: 'NO', ...convention },
    });
    expect(countryFit('FR', 'ME', feature).reason.params.pending).toEqual([
      expect.stringContaining(agreement('ME').name),
    ]);
    expect(countryFit('FR', 'US', feature).reason).toEqual({
      code: 'COUNTRY_NONE',
      params: { owner: 'FR', partner: 'US', pending: [] },
    });
  });

  it('checks its reference data: NO is a convention party without a French bilateral treaty', () => {
    expect(EUROPEAN_CONVENTION.parties).toContain('NO');
    expect(FRANCE_BILATERAL_AGREEMENTS.some((a) => a.partner.startsWith('NO'))).toBe(false);
    expect(EUROPEAN_CONVENTION.franceAgreementStatus).not.toBe('IN_FORCE');
    expect(FUNDS.find((f) => f.slug === INTERACTIVE_FUND)?.requiresPartnerRegions).toEqual([
      'FR-HDF',
      'BE-WAL',
    ]);
  });

  it.each([
    ['a Walloon partner, Hauts-de-France owner', 'FR-HDF', 'BE-WAL', [INTERACTIVE_FUND], true],
    ['a Hauts-de-France partner, Walloon owner', 'BE-WAL', 'FR-HDF', [INTERACTIVE_FUND], true],
    ['any Belgian partner, any French owner', 'FR', 'BE', [INTERACTIVE_FUND], false],
    ['a Walloon partner, a French owner outside Hauts-de-France', 'FR', 'BE-WAL', [INTERACTIVE_FUND], false],
    ['a Brussels partner (French Community)', 'FR-HDF', 'BE-FWB', [INTERACTIVE_FUND], false],
    ['a Brussels-region partner', 'FR-HDF', 'BE-BRU', [INTERACTIVE_FUND], false],
    ['a Flemish partner', 'FR-HDF', 'BE-VLG', [INTERACTIVE_FUND], false],
    ['a Walloon partner, fund not applied', 'FR-HDF', 'BE-WAL', ['pictanovo-nouveaux-medias'], false],
    ['a German partner', 'FR-HDF', 'DE', [INTERACTIVE_FUND], false],
  ])('Hauts-de-France–Wallonia pairing for %s', (_label, owner, partnerCountry, fundsApplied, paired) => {
    const fit = countryFit(owner, partnerCountry, { format: 'XR', fundsApplied });
    expect(fit.pairing).toBe(paired);
    const fund = FUNDS.find((f) => f.slug === INTERACTIVE_FUND)!;
    expect(fit.reason.params.pairingFund).toBe(paired ? fund.name : undefined);
  });
});
