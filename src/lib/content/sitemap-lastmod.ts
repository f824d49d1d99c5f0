import { routesFor } from '../../i18n/routing';
import { readContent, updatedDay, versionCacheFile } from '../translations/status';

/**
 * The sitemap's `lastmod` for every entry page that gives a date (`updated:`, else its
 * publication `date:`), read from the content files once when the sitemap is written.
 * A fallback copy is not in the sitemap, so each page gets the date of its own text. Read on
 * the first page asked (the config is loaded by `astro check` and `astro dev` too).
 */
export function sitemapLastmod(contentDir: string, site: string, base: string, env: Record<string, string | undefined> = {}) {
  const routes = routesFor(base);
  let days: Map<string, string> | undefined;
  const read = () => {
    const map = new Map<string, string>();
    for (const entry of readContent(contentDir, { cacheFile: versionCacheFile(contentDir, env) })) {
      const day = updatedDay(entry.fields);
      if (day) map.set(routes.entryOf(entry.lang, entry.collection, entry.slug), day);
    }
    return map;
  };
  return <T extends { url: string; lastmod?: string | undefined }>(item: T): T => {
    days ??= read();
    const day = days.get(new URL(item.url, site).pathname);
    return day ? { ...item, lastmod: day } : item;
  };
}
