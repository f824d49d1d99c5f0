/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Language the page's MDX text is written in (differs from the URL's on fallback copies). */
    contentLang?: import('./i18n/locales').Locale;
  }
}
