import type { CalendarLang } from './calendar-rows';

/** Every text a feed shows, in French and English. */
export const CALENDAR_TEXTS = {
  fr: {
    publicName: 'Crossroads — festivals et échéances',
    personalName: 'Crossroads — mon agenda',
    estimated: 'dates estimées',
    cancelled: 'annulée',
    market: (market: string, edition: string) => `${market} (${edition})`,
    accreditation: (edition: string) => `Date limite d’accréditation — ${edition}`,
    submission: (edition: string) => `Date limite d’inscription des projets — ${edition}`,
    delegation: (name: string, edition: string) => `Délégation ${name} — ${edition}`,
    reminder: (what: string) => `Rappel : ${what}`,
  },
  en: {
    publicName: 'Crossroads — festivals and deadlines',
    personalName: 'Crossroads — my calendar',
    estimated: 'estimated dates',
    cancelled: 'cancelled',
    market: (market: string, edition: string) => `${market} (${edition})`,
    accreditation: (edition: string) => `Accreditation deadline — ${edition}`,
    submission: (edition: string) => `Project submission deadline — ${edition}`,
    delegation: (name: string, edition: string) => `Delegation ${name} — ${edition}`,
    reminder: (what: string) => `Reminder: ${what}`,
  },
} satisfies Record<CalendarLang, unknown>;

/** `?lang=en` picks English; anything else French, the platform's default. */
export function calendarLang(value: unknown): CalendarLang {
  return value === 'en' ? 'en' : 'fr';
}
