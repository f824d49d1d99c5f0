/**
 * The one locale registry. Astro's i18n config, the sitemap, routes, the
 * language switcher and the tests all derive from this list.
 */
export const locales = {
  en: { label: 'English', bcp47: 'en', intl: 'en-GB', og: 'en_GB', dir: 'ltr' },
  es: { label: 'Español', bcp47: 'es', intl: 'es', og: 'es_ES', dir: 'ltr' },
  kk: { label: 'Қазақша', bcp47: 'kk', intl: 'kk', og: 'kk_KZ', dir: 'ltr' },
  ru: { label: 'Русский', bcp47: 'ru', intl: 'ru', og: 'ru_RU', dir: 'ltr' },
} as const satisfies Record<string, LocaleInfo>;

interface LocaleInfo {
  /** The language's name in itself, for the language links. */
  label: string;
  /** BCP 47 tag for `lang` and `hreflang`. */
  bcp47: string;
  /** Locale for `Intl` (dates, numbers, plurals, sorting). */
  intl: string;
  /** Open Graph locale (`og:locale`). */
  og: string;
  dir: 'ltr' | 'rtl';
}

export type Locale = keyof typeof locales;

/** Locale codes in menu order. */
export const localeCodes = Object.keys(locales) as Locale[];

export const defaultLocale: Locale = 'en';

/**
 * What each language needs beyond its names and tags. A table of its own, so the browser scripts
 * that import the registry (the language chooser) do not carry it.
 */
export const localeFeatures: Record<Locale, LocaleFeatures> = {
  en: { fontSubsets: ['latin'], searchKeys: false },
  es: { fontSubsets: ['latin'], searchKeys: false },
  kk: { fontSubsets: ['cyrillic', 'cyrillic-ext'], searchKeys: true },
  ru: { fontSubsets: ['cyrillic'], searchKeys: false },
};

interface LocaleFeatures {
  /**
   * The font subsets the language's text uses, preloaded on its pages (Head.astro). Kazakh needs
   * cyrillic-ext (cut to its letters, astro.config.mjs); other languages' names in the language
   * links are in the system font, so no page needs another script's subset.
   */
  fontSubsets: readonly ('latin' | 'latin-ext' | 'cyrillic' | 'cyrillic-ext')[];
  /**
   * Whether search indexes our own word keys for the language (lib/search/query.ts): for a
   * language Pagefind cannot stem (docs/decisions/0002-kazakh-search-keys.md).
   */
  searchKeys: boolean;
}

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
