/**
 * The one locale registry. Astro's i18n config, the sitemap, routes, the
 * language switcher and the tests all derive from this list.
 */
export const locales = {
  en: { label: 'English', bcp47: 'en', intl: 'en-GB', og: 'en_GB', dir: 'ltr' },
  es: { label: 'Español', bcp47: 'es', intl: 'es', og: 'es_ES', dir: 'ltr' },
  kk: { label: 'Қазақша', bcp47: 'kk', intl: 'kk', og: 'kk_KZ', dir: 'ltr' },
  ru: { label: 'Русский', bcp47: 'ru', intl: 'ru', og: 'ru_RU', dir: 'ltr' },
} as const satisfies Record<
  string,
  { label: string; bcp47: string; intl: string; og: string; dir: 'ltr' | 'rtl' }
>;

export type Locale = keyof typeof locales;

/** Locale codes in menu order. */
export const localeCodes = Object.keys(locales) as Locale[];

export const defaultLocale: Locale = 'en';

/**
 * Where an untranslated entry borrows its text from, nearest first
 * (Kazakh readers mostly read Russian too, then English).
 */
export const fallbackChain: Record<Locale, readonly Locale[]> = {
  en: [],
  es: ['en'],
  kk: ['ru', 'en'],
  ru: ['en'],
};

/** @example isLocale('kk') // true; isLocale('kz') // false */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && Object.hasOwn(locales, value);
}
