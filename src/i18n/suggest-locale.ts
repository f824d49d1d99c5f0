import { isLocale, type Locale } from './locales';

/**
 * The language to suggest on `/`: the reader's remembered choice, else the
 * first of the browser's languages that the site has (by primary subtag).
 * @example suggestLocale(['ru-KZ', 'en'], null) // 'ru'
 * @example suggestLocale(['de'], 'kk') // 'kk'
 */
export function suggestLocale(browserLanguages: readonly string[], remembered: string | null): Locale | undefined {
  if (isLocale(remembered)) return remembered;
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLocale(primary)) return primary;
  }
  return undefined;
}
