import { listContentFiles, pageCollections } from './content-files';
import { routesFor, splitLocale } from '../../i18n/routing';

/**
 * Keeps out of the sitemap what search engines should not index: 404 pages, the offline
 * and saved-pages pages, the editors' translation status page, and the fallback copies of
 * untranslated entries (they are `noindex`).
 */
export function sitemapFilter(contentDir: string, site: string, base: string) {
  const files = listContentFiles(contentDir).filter((f) => (pageCollections as readonly string[]).includes(f.collection));
  const real = new Set(files.map((f) => `${f.lang}/${f.collection}/${f.slug}/`));
  // An entry's address in any language: a page at such an address with no file of its own
  // language is a fallback copy. Index and listing pages have no file behind them at all.
  const entries = new Set(files.map((f) => `${f.collection}/${f.slug}/`));
  const routes = routesFor(base);
  return (page: string): boolean => {
    const { pathname } = new URL(page, site);
    const { locale, rest } = splitLocale(pathname, base);
    if (!locale) return !rest.startsWith('404');
    if (['404/', 'offline/', 'saved/'].includes(rest) || pathname === routes.translationStatus(locale)) return false;
    return !entries.has(rest) || real.has(`${locale}/${rest}`);
  };
}
