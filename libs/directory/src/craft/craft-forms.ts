/**
 * French feminine and inclusive forms of the craft titles.
 *
 * Source: Ministère de la Culture / DGLFLF, « Femme, j'écris ton nom… Guide d'aide à la féminisation des noms de
 * métiers, titres, grades et fonctions » (CNRS-INaLF, 1999) and the Académie française report « La féminisation
 * des noms de métiers et de fonctions » (28 February 2019): -teur → -trice (réalisatrice, opératrice),
 * -eur → -euse when the verb is near (monteuse, étalonneuse), -ier → -ière, -ien → -ienne, -ant → -ante,
 * -é → -ée, nouns in -e are epicene (scripte, scénariste); "cheffe" and "chef" are both attested, and credits
 * also write "chef + feminine noun" (chef opératrice, chef monteuse), which is kept as a synonym.
 * Own usage judgment, not from the sources: "perchwoman"; "ingénieure"; the inclusive form uses the median point
 * (réalisateur·rice), which the Académie française rejects but crews and job boards write; it is only given where
 * the two forms differ by an ending.
 *
 * Only the words before the first preposition are the person ("Directrice de la photographie",
 * "Ingénieure du son immersif").
 */

const FEMININE_WORDS: Readonly<Record<string, string>> = {
  chef: 'cheffe',
  'sous-chef': 'sous-cheffe',
  premier: 'première',
  maître: 'maîtresse',
  perchman: 'perchwoman',
  créatif: 'créative',
  ingénieur: 'ingénieure',
  superviseur: 'superviseuse',
  exécutif: 'exécutive',
  général: 'générale',
  adjoint: 'adjointe',
  international: 'internationale',
  musical: 'musicale',
};

/** Words that name the gear or the place, not the person (programmeur moteur, opérateur prompteur). */
const INVARIABLE = new Set(['moteur', 'prompteur', 'mélangeur', 'sous-marin', 'animalier', 'ralenti']);

/** Words whose -eur ending is -euse (a verb is near: monter → monteuse), not -trice. */
const EUSE =
  /(?:monteur|cadreur|mixeur|bruiteur|staffeur|habilleur|coupeur|patineur|maquilleur|coiffeur|régisseur|repéreur|chauffeur|étalonneur|sous-titreur|matchmoveur|cleaneur|storyboardeur|modeleur|textureur|testeur|programmeur|cascadeur|vendeur|mélangeur|dresseur|développeur|preneur|détecteur)$/;

const PREPOSITIONS = new Set(['de', 'du', 'des', "d'", 'la', 'à', 'en', 'pour']);

function feminineWord(word: string): string {
  const lower = word.toLowerCase();
  if (INVARIABLE.has(lower) || (word === word.toUpperCase() && /[A-Z]/.test(word))) return word;
  const mapped = FEMININE_WORDS[lower];
  const feminine =
    mapped ??
    (EUSE.test(lower) && lower !== 'détecteur'
      ? lower.replace(/eur$/, 'euse')
      : lower.endsWith('teur')
        ? lower.replace(/teur$/, 'trice')
        : lower.endsWith('eur') && lower !== 'designer'
          ? lower.replace(/eur$/, 'euse')
          : lower.endsWith('ier')
            ? lower.replace(/ier$/, 'ière')
            : lower.endsWith('ien')
              ? `${lower}ne`
              : /(ant|é)$/.test(lower)
                ? `${lower}e`
                : lower);
  return word[0] === word[0].toUpperCase() ? feminine[0].toUpperCase() + feminine.slice(1) : feminine;
}

function inclusiveWord(masculine: string, feminine: string): string | undefined {
  if (masculine === feminine) return masculine;
  if (feminine.startsWith(masculine)) return `${masculine}·${feminine.slice(masculine.length)}`;
  if (feminine.endsWith('trice')) return `${masculine}·rice`;
  if (feminine.endsWith('euse')) return `${masculine}·euse`;
  if (feminine.endsWith('ière')) return `${masculine}·ère`;
  if (feminine.endsWith('ive')) return `${masculine}·ve`;
  return undefined;
}

export interface FrenchTitleForms {
  masculine: string;
  feminine: string;
  /** Undefined where the two forms do not differ by an ending (maître/maîtresse, perchman/perchwoman). */
  inclusive?: string;
  /** The "chef + feminine noun" credit form (chef opératrice), when the title starts with "Chef". */
  chefFeminine?: string;
}

/** The feminine, inclusive and credit forms of a masculine French title. */
export function frenchTitleForms(masculine: string): FrenchTitleForms {
  const words = masculine.split(' ');
  const firstPreposition = words.findIndex((w) => PREPOSITIONS.has(w.toLowerCase()) || /^d'/i.test(w));
  const personEnd = firstPreposition < 0 ? words.length : firstPreposition;
  const feminineWords = words.map((w, i) => (i < personEnd ? feminineWord(w) : w));
  const inclusiveWords = words.map((w, i) => (i < personEnd ? inclusiveWord(w, feminineWords[i]) : w));
  const forms: FrenchTitleForms = { masculine, feminine: feminineWords.join(' ') };
  if (forms.feminine !== masculine && inclusiveWords.every((w) => w !== undefined))
    forms.inclusive = inclusiveWords.join(' ');
  if (words[0].toLowerCase() === 'chef' && words.length > 1)
    forms.chefFeminine = [words[0], ...feminineWords.slice(1)].join(' ');
  return forms;
}

/**
 * Every name of a craft: its labels, the trade's synonyms, and the French feminine, inclusive and credit forms
 * of the French label and of each synonym (chef monteur → cheffe monteuse, chef monteuse).
 */
export function craftTerms(craft: {
  labelFr: string;
  labelFrFeminine?: string | null;
  labelFrInclusive?: string | null;
  labelEn: string;
  synonyms: readonly string[];
}): string[] {
  const formsOf = (title: string) => {
    const forms = frenchTitleForms(title);
    return [title, forms.feminine, forms.inclusive, forms.chefFeminine];
  };
  return [
    ...new Set(
      [
        ...formsOf(craft.labelFr),
        craft.labelFrFeminine,
        craft.labelFrInclusive,
        craft.labelEn,
        ...craft.synonyms.flatMap(formsOf),
      ].filter((t): t is string => !!t),
    ),
  ];
}

/** How a person's job titles are written in French: their choice, stored on the person. */
export type TitleFormName = 'FEMININE' | 'MASCULINE' | 'INCLUSIVE';

/** The form used when a person has not chosen: inclusive, which misgenders nobody. */
export const DEFAULT_TITLE_FORM: TitleFormName = 'INCLUSIVE';

/**
 * A craft's French title in the form a person chose. INCLUSIVE falls back to "masculine / feminine" where the
 * two forms differ by a whole word (Perchman / Perchwoman), and to the one form of an epicene title (Scripte).
 */
export function frenchTitle(
  craft: { labelFr: string; labelFrFeminine?: string | null; labelFrInclusive?: string | null },
  form: TitleFormName | null | undefined,
): string {
  const feminine = craft.labelFrFeminine || frenchTitleForms(craft.labelFr).feminine;
  switch (form ?? DEFAULT_TITLE_FORM) {
    case 'MASCULINE':
      return craft.labelFr;
    case 'FEMININE':
      return feminine;
    default:
      if (craft.labelFrInclusive) return craft.labelFrInclusive;
      return feminine === craft.labelFr ? craft.labelFr : `${craft.labelFr} / ${feminine.toLowerCase()}`;
  }
}
