import type { MissingCode } from '../reason-code';
import type { ReasonLang } from './sentence-parts';

const MISSING: Record<MissingCode, Record<ReasonLang, string>> = {
  PROJECT_BUDGET: { en: 'project budget', fr: 'budget du projet' },
  PARTNER_BUDGET: { en: 'budget range of the partner', fr: 'fourchette de budget du partenaire' },
  PROJECT_GENRES: { en: 'project genres', fr: 'genres du projet' },
  PARTNER_GENRES: { en: 'genres of the partner', fr: 'genres du partenaire' },
  PARTNER_FORMATS: { en: 'formats of the partner', fr: 'formats du partenaire' },
  PROJECT_ROLES: { en: 'roles sought by the project', fr: 'rôles recherchés par le projet' },
  PARTNER_ROLES: { en: 'roles offered by the partner', fr: 'rôles proposés par le partenaire' },
  PROJECT_LANGUAGES: { en: 'project languages', fr: 'langues du projet' },
  PARTNER_LANGUAGES: { en: 'languages of the partner', fr: 'langues du partenaire' },
  PARTNER_COUNTRY: { en: 'country of the partner', fr: 'pays du partenaire' },
  PARTNER_TRACK_RECORD: { en: 'track record of the partner', fr: 'références du partenaire' },
  PARTNER_ATTENDANCE: { en: 'festival attendance of the partner', fr: 'présence du partenaire en festival' },
  PROJECT_FINANCING: { en: 'financing secured for the project', fr: 'financement acquis du projet' },
};

/** The words for a missing-data code; an unknown code in lower case. */
export const missingText = (code: string, lang: ReasonLang): string =>
  MISSING[code as MissingCode]?.[lang] ?? code.toLowerCase().replace(/_/g, ' ');
