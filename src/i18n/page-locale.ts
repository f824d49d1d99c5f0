import type { AstroGlobal } from 'astro';
import { defaultLocale, isLocale, type Locale } from './locales';

/** The language of the text being rendered: the content's own on fallback copies, else the URL's. */
export function contentLocale(astro: Pick<AstroGlobal, 'locals' | 'currentLocale'>): Locale {
  const lang = astro.locals.contentLang ?? astro.currentLocale;
  return isLocale(lang) ? lang : defaultLocale;
}
