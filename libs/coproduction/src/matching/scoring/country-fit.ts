import {
  EUROPEAN_CONVENTION,
  FRANCE_BILATERAL_AGREEMENTS,
  type CoproductionAgreement,
} from '../../reference/coproduction-agreements.reference';
import { FUNDS } from '../../reference/funds.reference';
import { reasonCode, type ReasonCode } from '../reason-code';
import { reasonText } from '../wording/reason-text';
import type { ProjectProfile } from './partner-profile';
import { baseCountry } from './profile-values';

export interface CountryFit {
  level: 'BILATERAL_TREATY' | 'EUROPEAN_CONVENTION' | 'SAME_COUNTRY' | 'NONE';
  reason: ReasonCode;
  /** English (reasonText of `reason`). */
  detail: string;
  source: string | null;
  /** Whether the Hauts-de-France–Wallonia pairing of the interactive fund applies. */
  pairing: boolean;
}

/** The Pictanovo + Wallimage interactive fund: the FUNDS entry requiring a Hauts-de-France and a Walloon partner. */
const WALLONIA_PAIRING_FUND = FUNDS.find(
  (fund) => fund.requiresPartnerRegions.includes('FR-HDF') && fund.requiresPartnerRegions.includes('BE-WAL'),
);

/**
 * France's bilateral agreements covering a partner code, whatever their status; 'BE' matches both Belgian
 * Community agreements, and an agreement's `appliesTo` codes match it (a Walloon producer, the French Community).
 */
function franceAgreementsWith(code: string): CoproductionAgreement[] {
  const upper = code.trim().toUpperCase();
  return FRANCE_BILATERAL_AGREEMENTS.filter(
    (a) =>
      a.partner === upper ||
      (a.appliesTo?.includes(upper) ?? false) ||
      (upper.length === 2 && baseCountry(a.partner) === upper),
  );
}

/**
 * A party to CETS 220 whose participation is confirmed: France's is unverified (it ratified the 1992 convention,
 * ETS 147), so the convention is not relied on for French pairs until its status is IN_FORCE.
 */
const isConventionParty = (code: string): boolean =>
  baseCountry(code) === 'FR'
    ? EUROPEAN_CONVENTION.franceAgreementStatus === 'IN_FORCE'
    : EUROPEAN_CONVENTION.parties.includes(baseCountry(code));

/**
 * Legal framework for a co-production between the project owner's country and the partner's country:
 * France's bilateral agreement > the European Convention (CETS 220) > same country (national production) >
 * none. Adds the France–Wallonia pairing when the project applied to the Pictanovo + Wallimage interactive fund
 * and the pair is France/Belgium.
 */
export function countryFit(
  ownerCountry: string,
  partnerCountry: string,
  project: Pick<ProjectProfile, 'format' | 'fundsApplied'>,
): CountryFit {
  const owner = ownerCountry.trim().toUpperCase();
  const partner = partnerCountry.trim().toUpperCase();
  const pairing = walloniaPairing(owner, partner, project);
  const framework = (level: CountryFit['level'], reason: ReasonCode, source: string | null): CountryFit => {
    if (pairing) reason.params.pairingFund = pairing;
    return { level, reason, detail: reasonText(reason, 'en'), source, pairing: pairing !== null };
  };

  if (baseCountry(owner) === baseCountry(partner)) {
    return framework('SAME_COUNTRY', reasonCode('COUNTRY_SAME', { country: baseCountry(owner) }), null);
  }

  const foreign = baseCountry(owner) === 'FR' ? partner : baseCountry(partner) === 'FR' ? owner : null;
  const known = foreign ? franceAgreementsWith(foreign) : [];
  // Only an agreement in force is a legal framework; a signed or unverified one is named, not relied on.
  const agreements = known.filter((a) => a.status === 'IN_FORCE');
  const pending = known.filter((a) => a.status !== 'IN_FORCE');
  const pendingNames = pending.map((a) => `${a.name}${a.signed ? ` (${a.signed})` : ''}`);
  if (agreements.length > 0) {
    const params = agreements.map((a) => ({ name: a.name, partner: a.partner, signed: a.signed ?? null }));
    return framework(
      'BILATERAL_TREATY',
      reasonCode('COUNTRY_TREATY', { agreements: params }),
      agreements[0].sources[0] ?? null,
    );
  }

  const convention = (code: string, country: string) =>
    reasonCode(code, {
      country,
      convention: EUROPEAN_CONVENTION.name,
      conventionCode: EUROPEAN_CONVENTION.code,
      pending: pendingNames,
    });
  if (isConventionParty(owner) && isConventionParty(partner)) {
    return framework(
      'EUROPEAN_CONVENTION',
      convention('COUNTRY_CONVENTION', baseCountry(foreign ?? partner)),
      EUROPEAN_CONVENTION.sources[0] ?? null,
    );
  }

  if (
    foreign !== null &&
    EUROPEAN_CONVENTION.parties.includes(baseCountry(foreign)) &&
    !isConventionParty('FR')
  ) {
    return framework(
      'NONE',
      convention('COUNTRY_CONVENTION_UNVERIFIED', baseCountry(foreign)),
      EUROPEAN_CONVENTION.sources[0] ?? null,
    );
  }

  return framework(
    'NONE',
    reasonCode('COUNTRY_NONE', {
      owner: baseCountry(owner),
      partner: baseCountry(partner),
      pending: pendingNames,
    }),
    pending[0]?.sources[0] ?? null,
  );
}

function walloniaPairing(
  owner: string,
  partner: string,
  project: Pick<ProjectProfile, 'format' | 'fundsApplied'>,
): string | null {
  if (!WALLONIA_PAIRING_FUND || !project.fundsApplied.includes(WALLONIA_PAIRING_FUND.slug)) return null;
  // Hauts-de-France plus Wallonia only: not any French and Belgian pair (a Parisian or a Brussels or Flemish
  // partner does not satisfy the fund).
  const pair = [owner, partner].sort().join('+');
  if (pair !== [...WALLONIA_PAIRING_FUND.requiresPartnerRegions].sort().join('+')) return null;
  return WALLONIA_PAIRING_FUND.name;
}

/** countryFit depends only on the two countries and on whether the interactive fund applies: memoised. */
const COUNTRY_FITS = new Map<string, CountryFit>();

export function cachedCountryFit(project: ProjectProfile, partnerCountry: string): CountryFit {
  const fund =
    WALLONIA_PAIRING_FUND !== undefined && project.fundsApplied.includes(WALLONIA_PAIRING_FUND.slug);
  const key = `${project.ownerCountry}|${partnerCountry}|${fund}`;
  let fit = COUNTRY_FITS.get(key);
  if (!fit) {
    fit = countryFit(project.ownerCountry, partnerCountry, project);
    if (COUNTRY_FITS.size < 5000) COUNTRY_FITS.set(key, fit);
  }
  return fit;
}
