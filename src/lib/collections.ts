import { getCollection, type CollectionKey, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales';
import { localizePages, type LocalizedPage } from './translations';

type PageKey = Exclude<CollectionKey, 'crc'>;

/** Static paths for `[lang]/<section>/[slug]`: every slug in every language. */
export async function localizedPaths<K extends PageKey>(collection: K) {
  const pages = localizePages(await getCollection(collection));
  return pages.map((page) => ({ params: { lang: page.lang, slug: page.slug }, props: { page } }));
}

/** A section's entries as a reader of `lang` sees them (own or nearest translation). */
export async function entriesFor<K extends PageKey>(
  collection: K,
  lang: Locale,
): Promise<LocalizedPage<CollectionEntry<K>>[]> {
  return localizePages(await getCollection(collection)).filter((p) => p.lang === lang);
}
