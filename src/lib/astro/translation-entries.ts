import { dictionaries } from '../../i18n';
import type { Locale } from '../../i18n/locales';
import { siteSettings } from '../settings';
import { contentStatus, dictionaryStatus, readContent, statusKey, versionCacheFile, type ContentEntry, type TranslationStatus } from '../translations/status';
import { oncePerBuild } from './collections';
import es from '../../i18n/versions/es.json';
import kk from '../../i18n/versions/kk.json';
import ru from '../../i18n/versions/ru.json';

export interface TranslationReport {
  /** Every translation of every entry and interface string, source order. */
  rows: readonly TranslationStatus[];
  /** The entries as read from the content files (titles for the status page). */
  entries: ReadonlyMap<string, ContentEntry>;
  /** One translation's status, by `collection/lang/slug`. */
  byKey: ReadonlyMap<string, TranslationStatus>;
}

/**
 * Which translations match their source (lib/translations/status.ts), worked out once per build
 * from the content files: every page asks, so no page reads or hashes anything itself.
 */
export function translationReport(): Promise<TranslationReport> {
  return oncePerBuild('translations', async () => {
    const { contentDir } = siteSettings(process.env);
    const content = readContent(contentDir, { cacheFile: versionCacheFile(contentDir, process.env) });
    const rows = [...contentStatus(content), ...dictionaryStatus(dictionaries, { es, kk, ru })];
    return {
      rows,
      entries: new Map(content.map((e) => [statusKey(e.collection, e.lang, e.slug), e])),
      byKey: new Map(rows.map((r) => [statusKey(r.collection, r.lang, r.slug), r])),
    };
  });
}

/** The status of one translation (undefined for the source language and for entries without a source). */
export async function translationStatusOf(collection: string, lang: Locale, slug: string): Promise<TranslationStatus | undefined> {
  return (await translationReport()).byKey.get(statusKey(collection, lang, slug));
}
