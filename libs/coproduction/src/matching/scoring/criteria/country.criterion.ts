import { reasonCode } from '../../reason-code';
import { cachedCountryFit, type CountryFit } from '../country-fit';
import { NOTHING_MISSING, type ScoringCriterion } from '../criterion';
import type { ProjectProfile } from '../partner-profile';
import { baseCountry } from '../profile-values';

/** Share of the COUNTRY points per level of legal framework. */
const LEVEL_SHARE: Readonly<Record<CountryFit['level'], number>> = {
  BILATERAL_TREATY: 1,
  EUROPEAN_CONVENTION: 0.7,
  SAME_COUNTRY: 0.4,
  NONE: 0,
};

/**
 * Whether the partner's country is among those the project seeks: null when the project seeks any country, or
 * when the Hauts-de-France–Wallonia pairing applies (the interactive fund cannot be used without it).
 */
function sought(project: ProjectProfile, partnerCountry: string, fit: CountryFit): boolean | null {
  if (project.countriesSought.length === 0) return null;
  const codes = project.countriesSought.map((c) => c.toUpperCase());
  if (codes.includes(baseCountry(partnerCountry)) || codes.includes(partnerCountry.toUpperCase()))
    return true;
  return fit.pairing ? null : false;
}

/** The pairing earns the full points; a country the project does not seek, half its level's. */
function countryShare(project: ProjectProfile, partnerCountry: string): number {
  const fit = cachedCountryFit(project, partnerCountry);
  if (fit.pairing) return 1;
  const share = LEVEL_SHARE[fit.level];
  return sought(project, partnerCountry, fit) === false ? share / 2 : share;
}

/** COUNTRY: the legal framework between the owner's and the partner's countries (countryFit). */
export const COUNTRY: ScoringCriterion = {
  key: 'COUNTRY',
  maxPoints: 15,
  share({ project, countryShares }, partner) {
    let share = countryShares.get(partner.country);
    if (share === undefined) {
      share = partner.country.trim() === '' ? 0 : countryShare(project, partner.country);
      countryShares.set(partner.country, share);
    }
    return share;
  },
  explain({ project }, partner) {
    if (partner.country.trim() === '') {
      return { reason: reasonCode('COUNTRY_UNKNOWN'), missing: ['PARTNER_COUNTRY'] };
    }
    const fit = cachedCountryFit(project, partner.country);
    const isSought = sought(project, partner.country, fit);
    const reason =
      isSought === null
        ? fit.reason
        : reasonCode(fit.reason.code, {
            ...fit.reason.params,
            sought: isSought,
            partnerCountry: baseCountry(partner.country),
          });
    return { reason, missing: NOTHING_MISSING };
  },
};
