/**
 * What a cell names when its word is not known ("unknown craft "plombier""), with the French of "unknown …" for
 * each: a reader of a cell (`CellReader.one`, `terms`) takes only these, so every such problem has its French.
 */
export const FRENCH_UNKNOWN_TERM = {
  site: 'site inconnu',
  school: 'école inconnue',
  programme: 'formation inconnue',
  kind: 'type inconnu',
  format: 'format inconnu',
  craft: 'métier inconnu',
  'title form (féminin, masculin, inclusif)': 'forme du titre inconnue (féminin, masculin, inclusif)',
  'language or level': 'langue ou niveau inconnus',
  size: 'effectif inconnu',
  'project format': 'format de projet inconnu',
  genre: 'genre inconnu',
  stage: 'étape inconnue',
  language: 'langue inconnue',
  country: 'pays inconnu',
  'partner role': 'partenaire recherché inconnu',
  company: 'entreprise inconnue',
  visibility: 'visibilité inconnue',
} as const;

export type TermKind = keyof typeof FRENCH_UNKNOWN_TERM;
export const TERM_KINDS = Object.keys(FRENCH_UNKNOWN_TERM) as TermKind[];
