import { routesFor } from '../../i18n/routing';
import { readContent, updatedDay } from '../translations/status';

/**
 * The sitemap's `lastmod` for every entry page that gives a date (`updated:`, else its
 * publication `date:`), read from the content files once when the sitemap is written.
 * A fallback copy is not in the sitemap, so each page gets the date of its own text.
 */
export function sitemapLastmod(contentDir: string, site: string, base: string) {
  const routes = routesFor(base);
  const days = new Map<string, string>();
  for (const entry of readContent(contentDir)) {
    const day = updatedDay(entry.fields);
    if (day) days.set(routes.entryOf(entry.lang, entry.collection, entry.slug), day);
  }
  return <T extends { url: string; lastmod?: string | undefined }>(item: T): T => {
    const day = days.get(new URL(item.url, site).pathname);
    return day ? { ...item, lastmod: day } : item;
  };
}
