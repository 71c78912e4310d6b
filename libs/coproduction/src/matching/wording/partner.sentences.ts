import { formatLabel } from './labels';
import { num, str, type Sentences } from './sentence-parts';

/** Sentences of the TRACK_RECORD, ATTENDANCE and AVAILABILITY criteria. */
export const PARTNER_SENTENCES: Sentences = {
  TRACK_RECORD_NONE: {
    en: () => 'No track record is listed for the partner',
    fr: () => 'Aucune référence n’est indiquée pour le partenaire',
  },
  TRACK_RECORD_OTHER_FORMATS: {
    en: (p) => `Has no ${formatLabel(str(p.format), 'en', true)} in its track record`,
    fr: (p) => `Pas de ${formatLabel(str(p.format), 'fr', true)} dans ses références`,
  },
  TRACK_RECORD_SAME_FORMAT: {
    en: (p) =>
      `Co-produces ${formatLabel(str(p.format), 'en', true)} (${num(p.count)} in its track record, ${num(p.international)} international)`,
    fr: (p) =>
      `Coproduit des ${formatLabel(str(p.format), 'fr', true)} (${num(p.count)} dans ses références, dont ${num(p.international)} internationales)`,
  },
  ATTENDS: { en: (p) => `Attends ${str(p.edition)}`, fr: (p) => `Sera à ${str(p.edition)}` },
  ATTENDANCE_UNKNOWN: {
    en: (p) => `Not known to attend ${str(p.edition)}`,
    fr: (p) => `Présence à ${str(p.edition)} inconnue`,
  },
  NOT_ATTENDING: {
    en: (p) => `Does not attend ${str(p.edition)}`,
    fr: (p) => `Ne sera pas à ${str(p.edition)}`,
  },
  SEEKS_PROJECTS: {
    en: () => 'Is looking for projects to join',
    fr: () => 'Cherche des projets à rejoindre',
  },
  NOT_SEEKING: {
    en: () => 'Is not looking for new projects at the moment',
    fr: () => 'Ne cherche pas de nouveaux projets en ce moment',
  },
};
