import { fallbackChain, localeCodes, type Locale } from '../../i18n/locales';

/**
 * Which language's text a reader of `lang` sees for an entry that exists in
 * `available`: their own, else the nearest translation (kk → ru → en), else
 * any translation at all, so that no URL is missing.
 * @example pickSource('kk', ['en', 'ru']) // 'ru'
 */
export function pickSource(lang: Locale, available: readonly Locale[]): Locale | undefined {
  const order = [lang, ...fallbackChain[lang], ...localeCodes];
  return order.find((code) => available.includes(code));
}

/**
 * Groups entry ids of the form `<lang>/<slug>` by slug.
 * @example groupBySlug(['en/a', 'ru/a']) // Map { 'a' => ['en', 'ru'] }
 */
export function groupBySlug(ids: readonly string[]): Map<string, Locale[]> {
  const bySlug = new Map<string, Locale[]>();
  for (const id of ids) {
    const [lang, ...rest] = id.split('/');
    const slug = rest.join('/');
    const langs = bySlug.get(slug) ?? [];
    langs.push(lang as Locale);
    bySlug.set(slug, langs);
  }
  for (const langs of bySlug.values()) langs.sort((a, b) => localeCodes.indexOf(a) - localeCodes.indexOf(b));
  return bySlug;
}

export interface LocalizedPage<T> {
  lang: Locale;
  slug: string;
  /** The entry shown: the reader's own translation or the nearest one. */
  entry: T;
  /** The language `entry` is written in. */
  contentLang: Locale;
  /** Languages that really have this entry. */
  translations: Locale[];
}

/**
 * One page per language for every slug of a collection, each showing the
 * reader's translation or the nearest one.
 */
export function localizePages<T extends { id: string }>(entries: readonly T[]): LocalizedPage<T>[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const pages: LocalizedPage<T>[] = [];
  for (const [slug, translations] of groupBySlug(entries.map((e) => e.id))) {
    for (const lang of localeCodes) {
      const contentLang = pickSource(lang, translations);
      const entry = contentLang && byId.get(`${contentLang}/${slug}`);
      if (contentLang && entry) pages.push({ lang, slug, entry, contentLang, translations });
    }
  }
  return pages;
}
