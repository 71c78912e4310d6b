import type { ReasonCode, ReasonParam } from '../reason-code';
import { euros, formatLabel, percent, range, stageLabel } from './labels';
import { missingText } from './missing-text';
import { list, num, str, strings, type ReasonLang, type Sentences } from './sentence-parts';

/** Sentences of the READINESS criterion: the project's stage, or a forum's entry rules and their checks. */

const formats = (p: ReasonCode['params'], lang: ReasonLang) => formatLabel(str(p.format), lang, true);
const stages = (p: ReasonCode['params'], lang: ReasonLang) =>
  list(
    strings(p.stages).map((s) => stageLabel(s, lang)),
    lang,
    'or',
  );

/** The checks of a forum's entry rules: parts of FORUM_NOT_READY and FORUM_READY. */
const CHECKS: Sentences = {
  FORUM_FORMAT_OK: {
    en: (p) => `it accepts ${formats(p, 'en')}`,
    fr: (p) => `il accepte les ${formats(p, 'fr')}`,
  },
  FORUM_FORMAT_NO: {
    en: (p) => `it does not take ${formats(p, 'en')}`,
    fr: (p) => `il ne prend pas de ${formats(p, 'fr')}`,
  },
  FORUM_STAGE_OK: {
    en: (p) => `it takes projects in ${stageLabel(str(p.stage), 'en')}`,
    fr: (p) => `il prend des projets en ${stageLabel(str(p.stage), 'fr')}`,
  },
  FORUM_STAGE_NO: {
    en: (p) => `it takes projects in ${stages(p, 'en')}, not in ${stageLabel(str(p.stage), 'en')}`,
    fr: (p) => `il prend des projets en ${stages(p, 'fr')}, pas en ${stageLabel(str(p.stage), 'fr')}`,
  },
  FORUM_BUDGET_IN: {
    en: (p) => `the budget of ${euros(num(p.budget))} is inside its ${range(p, 'en')} band`,
    fr: (p) => `le budget de ${euros(num(p.budget), 'fr')} est dans sa fourchette (${range(p, 'fr')})`,
  },
  FORUM_BUDGET_OUT: {
    en: (p) => `the budget of ${euros(num(p.budget))} is outside its ${range(p, 'en')} band`,
    fr: (p) => `le budget de ${euros(num(p.budget), 'fr')} est hors de sa fourchette (${range(p, 'fr')})`,
  },
  FORUM_FINANCED_OK: {
    en: (p) => `${percent(num(p.share))} financed meets its ${percent(num(p.min))} minimum`,
    fr: (p) =>
      `${percent(num(p.share), 'fr')} financés, au-dessus de son minimum de ${percent(num(p.min), 'fr')}`,
  },
  FORUM_FINANCED_LOW: {
    en: (p) => `${percent(num(p.share))} financed, below its ${percent(num(p.min))} minimum`,
    fr: (p) => `${percent(num(p.share), 'fr')} financés, sous son minimum de ${percent(num(p.min), 'fr')}`,
  },
};

const hasChecks = (value: ReasonParam | undefined): boolean => Array.isArray(value) && value.length > 0;

function checks(value: ReasonParam | undefined, lang: ReasonLang): string {
  return ((Array.isArray(value) ? value : []) as ReasonCode[])
    .map((part) => CHECKS[part.code]?.[lang](part.params, lang) ?? part.code)
    .join(lang === 'fr' ? ' ; ' : '; ');
}

export const FORUM_SENTENCES: Sentences = {
  STAGE: {
    en: (p) =>
      `The project is in ${stageLabel(str(p.stage), 'en')}${p.ideal ? ', the stage for co-production talks' : ''}`,
    fr: (p) =>
      `Le projet est en ${stageLabel(str(p.stage), 'fr')}${p.ideal ? ', le moment de parler coproduction' : ''}`,
  },
  FORUM_NO_RULES: {
    en: (p) => `No forum entry rules are recorded for ${str(p.festival)}`,
    fr: (p) => `Aucune règle d’entrée en forum n’est connue pour ${str(p.festival)}`,
  },
  FORUM_NOT_READY: {
    en: (p) => `Not ready for the ${str(p.forum)}: ${checks(p.failures, 'en')}`,
    fr: (p) => `Pas prêt pour ${str(p.forum)} : ${checks(p.failures, 'fr')}`,
  },
  FORUM_UNKNOWN: {
    en: (p) =>
      `Readiness for the ${str(p.forum)} cannot be checked without the ${strings(p.missing)
        .map((m) => missingText(m, 'en'))
        .join(' and the ')}`,
    fr: (p) =>
      `Impossible de vérifier si le projet est prêt pour ${str(p.forum)} sans ${list(
        strings(p.missing).map((m) => `le ${missingText(m, 'fr')}`),
        'fr',
        'and',
      )}`,
  },
  FORUM_READY: {
    en: (p) =>
      `Meets the entry rules of the ${str(p.forum)}${hasChecks(p.passes) ? `: ${checks(p.passes, 'en')}` : ''}`,
    fr: (p) =>
      `Remplit les règles d’entrée de ${str(p.forum)}${hasChecks(p.passes) ? ` : ${checks(p.passes, 'fr')}` : ''}`,
  },
  ...CHECKS,
};
