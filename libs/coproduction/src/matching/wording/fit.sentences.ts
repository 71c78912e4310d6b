import type { ReasonParam } from '../reason-code';
import { euros, formatLabel, languageName, percent, range, roleLabel } from './labels';
import { num, str, strings, type ReasonLang, type Sentences } from './sentence-parts';

/** Sentences of the FORMAT, GENRES, BUDGET, ROLES and LANGUAGE criteria. */

const formats = (format: ReasonParam | undefined, lang: ReasonLang) => formatLabel(str(format), lang, true);
const roles = (codes: ReasonParam | undefined, lang: ReasonLang) =>
  strings(codes)
    .map((r) => roleLabel(r, lang))
    .join(', ');
const languages = (codes: ReasonParam | undefined, lang: ReasonLang) =>
  strings(codes)
    .map((l) => languageName(l, lang))
    .join(', ');

export const FIT_SENTENCES: Sentences = {
  FORMAT_UNKNOWN: {
    en: (p) => `The partner lists no formats, so its fit for ${formats(p.format, 'en')} is unknown`,
    fr: (p) =>
      `Le partenaire n’indique aucun format : on ne sait pas s’il fait des ${formats(p.format, 'fr')}`,
  },
  FORMAT_MATCH: {
    en: (p) => `Works on ${formats(p.format, 'en')}`,
    fr: (p) => `Travaille sur des ${formats(p.format, 'fr')}`,
  },
  FORMAT_MISMATCH: {
    en: (p) => `Does not list ${formats(p.format, 'en')} among its formats`,
    fr: (p) => `Ne compte pas les ${formats(p.format, 'fr')} parmi ses formats`,
  },
  GENRES_UNKNOWN: {
    en: () => 'Genre fit is unknown because genres are missing',
    fr: () => 'Accord des genres inconnu : des genres manquent',
  },
  GENRES_NONE: {
    en: (p) =>
      `No genre in common (project: ${strings(p.project).join(', ')}; partner: ${strings(p.partner).join(', ')})`,
    fr: (p) =>
      `Aucun genre en commun (projet : ${strings(p.project).join(', ')} ; partenaire : ${strings(p.partner).join(', ')})`,
  },
  GENRES_SHARED: {
    en: (p) => `Shares ${num(p.count)} of ${num(p.union)} genres (${strings(p.common).join(', ')})`,
    fr: (p) =>
      `${num(p.count)} genre${num(p.count) > 1 ? 's' : ''} en commun sur ${num(p.union)} (${strings(p.common).join(', ')})`,
  },
  BUDGET_UNKNOWN: {
    en: () => 'Budget fit is unknown because a budget is missing',
    fr: () => 'Accord de budget inconnu : un budget manque',
  },
  BUDGET_INSIDE: {
    en: (p) => `Project budget ${euros(num(p.budget))} is inside the partner's ${range(p, 'en')} range`,
    fr: (p) =>
      `Le budget du projet (${euros(num(p.budget), 'fr')}) est dans la fourchette du partenaire (${range(p, 'fr')})`,
  },
  BUDGET_NEAR: {
    en: (p) =>
      `Project budget ${euros(num(p.budget))} is within ${percent(num(p.tolerance))} of the partner's ${range(p, 'en')} range`,
    fr: (p) =>
      `Le budget du projet (${euros(num(p.budget), 'fr')}) est à moins de ${percent(num(p.tolerance), 'fr')} de la fourchette du partenaire (${range(p, 'fr')})`,
  },
  BUDGET_FAR: {
    en: (p) => `Project budget ${euros(num(p.budget))} is far outside the partner's ${range(p, 'en')} range`,
    fr: (p) =>
      `Le budget du projet (${euros(num(p.budget), 'fr')}) est loin de la fourchette du partenaire (${range(p, 'fr')})`,
  },
  ROLES_UNKNOWN: {
    en: () => 'Role fit is unknown because roles are missing',
    fr: () => 'Accord des rôles inconnu : des rôles manquent',
  },
  ROLES_NONE: {
    en: (p) => `Offers none of the roles sought (${roles(p.sought, 'en')})`,
    fr: (p) => `Ne propose aucun des rôles recherchés (${roles(p.sought, 'fr')})`,
  },
  ROLES_SOME: {
    en: (p) => `Offers ${num(p.count)} of the ${num(p.total)} roles sought (${roles(p.offered, 'en')})`,
    fr: (p) => `Propose ${num(p.count)} des ${num(p.total)} rôles recherchés (${roles(p.offered, 'fr')})`,
  },
  LANGUAGE_UNKNOWN: {
    en: () => 'Language fit is unknown because languages are missing',
    fr: () => 'Accord des langues inconnu : des langues manquent',
  },
  LANGUAGE_MATCH: {
    en: (p) => `Works in the project's language (${languages(p.languages, 'en')})`,
    fr: (p) => `Travaille dans la langue du projet (${languages(p.languages, 'fr')})`,
  },
  LANGUAGE_NONE: {
    en: (p) => `Works in no language of the project (${languages(p.languages, 'en')})`,
    fr: (p) => `Ne travaille dans aucune langue du projet (${languages(p.languages, 'fr')})`,
  },
};
