import type { Lang } from '../i18n/i18n';

/** Euros without cents, in the page's language. */
export function euros(lang: Lang, amount: number): string {
  return new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 0,
  }).format(amount);
}

export function countryName(lang: Lang, code: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** "Festival d'Annecy 2027" */
export function editionLabel(edition: { year: number; festival: { name: string } }): string {
  return `${edition.festival.name} ${edition.year}`;
}
