/// <reference types="astro/client" />

declare namespace App {
  /** Set once per page by src/middleware.ts. */
  interface Locals {
    /** The page's language: the URL's prefix (English on pages outside any language). */
    lang: import('./i18n/locales').Locale;
    /** The translator for `lang`. */
    t: import('./i18n').Translate;
    /** The site's origin, for absolute URLs (SITE_URL, else the request's). */
    site: string;
    /** Language the page's MDX text is written in (differs from the URL's on fallback copies). */
    contentLang?: import('./i18n/locales').Locale;
  }
}
