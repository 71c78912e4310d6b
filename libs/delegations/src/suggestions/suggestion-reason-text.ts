import {
  formatLabel,
  reasonLang,
  stageLabel,
  type ReasonCode,
  type ReasonLang,
} from '@crossroads/coproduction';
import { DEPARTMENTS } from '@crossroads/directory';
import { COMPANY_KIND_WORDS, PERSON_KIND_WORDS } from '../kind-words';

/**
 * Words for the delegation suggestions' reasons: the scorer gives a code with parameters (enum values, a festival
 * name, counts), this file writes them in English or French. Pure.
 */

/** Kinds in words: a person's in the inclusive French form (a reason speaks of people in general). */
const KINDS: Record<string, Record<ReasonLang, string>> = {
  ...COMPANY_KIND_WORDS,
  ...Object.fromEntries(
    Object.entries(PERSON_KIND_WORDS).map(([kind, words]) => [kind, { en: words.en, fr: words.inclusive }]),
  ),
};

const kind = (value: string, lang: ReasonLang) =>
  KINDS[value]?.[lang] ?? value.toLowerCase().replace(/_/g, ' ');
const department = (slug: string, lang: ReasonLang) => {
  const found = DEPARTMENTS.find((d) => d.slug === slug);
  return found ? (lang === 'fr' ? found.labelFr : found.labelEn) : slug;
};
const formats = (values: unknown, lang: ReasonLang) =>
  (values as string[]).map((f) => formatLabel(f, lang, true)).join(', ');
const kinds = (values: unknown, lang: ReasonLang) =>
  (values as string[]).map((k) => kind(k, lang)).join(', ');
/** "de Cannes", "d’Annecy". */
const of = (name: unknown) =>
  /^[aeiouyàâéèêîôûh]/i.test(String(name)) ? `d’${String(name)}` : `de ${String(name)}`;
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

type Params = ReasonCode['params'];
const TEMPLATES: Record<string, Record<ReasonLang, (p: Params) => string>> = {
  COMPANY_FORMATS: {
    en: (p) => `Works in ${formats(p.formats, 'en')}, formats ${String(p.festival)} is for`,
    fr: (p) => `Travaille en ${formats(p.formats, 'fr')}, les formats ${of(p.festival)}`,
  },
  COMPANY_KINDS: {
    en: (p) => `${capitalised(kinds(p.kinds, 'en'))}: the kind of company ${String(p.festival)} gathers`,
    fr: (p) => `${capitalised(kinds(p.kinds, 'fr'))} : le type d’entreprise que réunit ${String(p.festival)}`,
  },
  // A company is "une entreprise": installée. A person's own form is not known here: the inclusive one.
  COMPANY_IN_REGION: {
    en: (p) => `Based in the region (${String(p.place)})`,
    fr: (p) => `Installée dans la région (${String(p.place)})`,
  },
  IN_REGION: {
    en: (p) => `Based in the region (${String(p.place)})`,
    fr: (p) => `Installé·e dans la région (${String(p.place)})`,
  },
  COMPANY_CREDITS: {
    en: (p) => `${Number(p.count)} credit(s) of its people in these formats`,
    fr: (p) => `${Number(p.count)} générique(s) de ses équipes dans ces formats`,
  },
  PERSON_FORMATS: {
    en: (p) => `Credits in ${formats(p.formats, 'en')}, formats ${String(p.festival)} is for`,
    fr: (p) => `Au générique de ${formats(p.formats, 'fr')}, les formats ${of(p.festival)}`,
  },
  PERSON_DEPARTMENTS: {
    en: (p) => `Crafts in ${(p.departments as string[]).map((d) => department(d, 'en')).join(', ')}`,
    fr: (p) => `Métiers : ${(p.departments as string[]).map((d) => department(d, 'fr')).join(', ')}`,
  },
  PERSON_KINDS: {
    en: (p) => `${capitalised(kinds(p.kinds, 'en'))}: the profile ${String(p.festival)} is for`,
    fr: (p) => `${capitalised(kinds(p.kinds, 'fr'))} : le profil que vise ${String(p.festival)}`,
  },
  PERSON_CREDITS: {
    en: (p) => `${Number(p.count)} credits in these formats`,
    fr: (p) => `${Number(p.count)} génériques dans ces formats`,
  },
  STUDIES: {
    en: (p) => `Studies ${String(p.discipline)} (${String(p.programme)})`,
    fr: (p) => `Étudie : ${String(p.programme)}`,
  },
  GRADUATES: {
    en: (p) => `Graduates in ${Number(p.year)}`,
    fr: (p) => `Diplômé·e en ${Number(p.year)}`,
  },
  STUDIES_IN_REGION: {
    en: (p) => `Studies in the region (${String(p.place)})`,
    fr: (p) => `Étudie dans la région (${String(p.place)})`,
  },
  PROJECT_FORMAT: {
    en: (p) => `A ${formatLabel(String(p.format), 'en')}, a format ${String(p.festival)} is for`,
    fr: (p) => `Un projet de ${formatLabel(String(p.format), 'fr')}, un format ${of(p.festival)}`,
  },
  PROJECT_TARGET: {
    en: (p) => `The team aims at ${String(p.festival)} ${Number(p.year)}`,
    fr: (p) => `L’équipe vise ${String(p.festival)} ${Number(p.year)}`,
  },
  STAGE_FORUM: {
    en: (p) => `In ${stageLabel(String(p.stage), 'en')}: looking for partners, what a forum is for`,
    fr: (p) => `En ${stageLabel(String(p.stage), 'fr')} : cherche des partenaires, ce à quoi sert un forum`,
  },
  STAGE_FESTIVAL: {
    en: (p) => `In ${stageLabel(String(p.stage), 'en')}: nearly finished, in time for a selection`,
    fr: (p) => `En ${stageLabel(String(p.stage), 'fr')} : presque terminé, à temps pour une sélection`,
  },
  PRODUCED_IN_REGION: {
    en: (p) => `Produced in the region (${String(p.place)})`,
    fr: (p) => `Produit dans la région (${String(p.place)})`,
  },
};

/** The sentence of a suggestion reason; an unknown code gives the code itself. */
export function suggestionText(reason: ReasonCode, lang: ReasonLang): string {
  return TEMPLATES[reason.code]?.[lang](reason.params) ?? reason.code;
}

export { reasonLang };
