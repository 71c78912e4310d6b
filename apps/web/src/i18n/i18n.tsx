import { createContext, ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { en } from './en';
import { fr, MessageKey, Messages } from './fr';

export type Lang = 'fr' | 'en';
const MESSAGES: Record<Lang, Messages> = { fr, en };
const STORAGE_KEY = 'crossroads.lang';

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translate(lang: Lang, key: MessageKey, params?: Record<string, string | number>): string {
  const text = MESSAGES[lang][key];
  return params ? text.replace(/\{(\w+)\}/g, (match, name: string) => String(params[name] ?? match)) : text;
}

/** French unless the visitor chose English before (remembered in localStorage). */
export function initialLang(storage: Storage | undefined = globalThis.localStorage): Lang {
  return storage?.getItem(STORAGE_KEY) === 'en' ? 'en' : 'fr';
}

interface I18n {
  lang: Lang;
  t: Translate;
  setLang(lang: Lang): void;
  /** Numbers and dates in the current language. */
  formatDate(iso: string): string;
}

const I18nContext = createContext<I18n | null>(null);

/**
 * The page's language, which every request to the API sends as Accept-Language (api/auth-fetch.ts). Set before
 * the pages render, not in an effect: the pages' queries start in their own effects, which run before this
 * provider's, and went out in the previous language (French after a reload in English).
 */
function showLang(lang: Lang): void {
  if (globalThis.document) document.documentElement.lang = lang;
}

export function I18nProvider({ children, lang: forced }: { children: ReactNode; lang?: Lang }) {
  const [lang, setLangState] = useState<Lang>(() => {
    const first = forced ?? initialLang();
    showLang(first);
    return first;
  });
  const setLang = useCallback((next: Lang) => {
    showLang(next);
    setLangState(next);
    globalThis.localStorage?.setItem(STORAGE_KEY, next);
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const value = useMemo<I18n>(() => {
    // The region's calendar, whatever the browser's zone: a notification at 00:30 in Lille is of that day, and a
    // day (`YYYY-MM-DD`) is noon UTC of that day, which is that same day in Paris.
    const dates = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
      dateStyle: 'medium',
      timeZone: 'Europe/Paris',
    });
    return {
      lang,
      setLang,
      t: (key, params) => translate(lang, key, params),
      formatDate: (iso) => dates.format(new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso)),
    };
  }, [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useI18n outside I18nProvider');
  return context;
}
