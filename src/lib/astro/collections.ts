import { getCollection, type CollectionKey, type CollectionEntry } from 'astro:content';
import type { Locale } from '../../i18n/locales';
import { localizePages, type LocalizedPage } from '../content/fallback';

type PageKey = Exclude<CollectionKey, 'crc'>;

const once = new Map<string, Promise<unknown>>();

/**
 * `load()` once per build under `key`. A build renders every page from the same content, and
 * many pages (each story, each list page) ask for a whole section: with thousands of stories,
 * working it out per page makes the build quadratic. The dev server calls `load` each time, so
 * edits show. Callers must not change what they get.
 */
export function oncePerBuild<T>(key: string, load: () => Promise<T>): Promise<T> {
  if (!import.meta.env.PROD) return load();
  const cached = (once.get(key) as Promise<T> | undefined) ?? load();
  once.set(key, cached);
  return cached;
}

/** Every page of a section in every language (own or nearest translation). */
export function localizedCollection<K extends PageKey>(collection: K): Promise<readonly LocalizedPage<CollectionEntry<K>>[]> {
  return oncePerBuild(`localized:${collection}`, async () => localizePages(await getCollection(collection)));
}

/** Static paths for `[lang]/<section>/[slug]`: every slug in every language. */
export async function localizedPaths<K extends PageKey>(collection: K) {
  const pages = await localizedCollection(collection);
  return pages.map((page) => ({ params: { lang: page.lang, slug: page.slug }, props: { page } }));
}

/** A section's entries as a reader of `lang` sees them (own or nearest translation); a new array each call. */
export async function entriesFor<K extends PageKey>(
  collection: K,
  lang: Locale,
): Promise<LocalizedPage<CollectionEntry<K>>[]> {
  return (await localizedCollection(collection)).filter((p) => p.lang === lang);
}
