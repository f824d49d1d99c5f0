import { listContentFiles, pageCollections } from './content-files';
import { splitLocale } from '../../i18n/routing';

/**
 * Keeps out of the sitemap what search engines should not index: 404 pages and
 * the fallback copies of untranslated entries (they are `noindex`).
 */
export function sitemapFilter(contentDir: string, site: string, base: string) {
  const real = new Set(listContentFiles(contentDir).map((f) => `${f.lang}/${f.collection}/${f.slug}/`));
  const sections = new Set<string>(pageCollections);
  return (page: string): boolean => {
    const { locale, rest } = splitLocale(new URL(page, site).pathname, base);
    if (!locale) return !rest.startsWith('404');
    if (rest === '404/') return false;
    const [section = '', ...slug] = rest.split('/');
    // Section entries are `section/slug/`; index and listing pages have no file behind them.
    if (!sections.has(section) || slug.length !== 2) return true;
    return real.has(`${locale}/${rest}`);
  };
}
