import { isLocale, type Locale } from '../i18n/locales';

/**
 * Splits a site path into its locale and the rest, ignoring the base path.
 * @example splitLocale('/volunteers/kk/hubs/astana/', '/volunteers/') // { locale: 'kk', rest: 'hubs/astana/' }
 */
export function splitLocale(pathname: string, base = '/'): { locale: Locale | undefined; rest: string } {
  const path = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
  const [first = '', ...rest] = path.split('/');
  return isLocale(first) ? { locale: first, rest: rest.join('/') } : { locale: undefined, rest: path };
}

/**
 * The same page in another language: the slug is shared, only the prefix changes.
 * @example switchLocale('/en/rights/health/', 'ru') // '/ru/rights/health/'
 */
export function switchLocale(pathname: string, to: Locale, base = '/'): string {
  const { rest } = splitLocale(pathname, base);
  return `${base}${to}/${rest}`;
}

/**
 * A path inside one language.
 * @example localePath('kk', 'hubs/astana', '/') // '/kk/hubs/astana/'
 */
export function localePath(locale: Locale, path = '', base = '/'): string {
  const clean = path.replace(/^\/+|\/+$/g, '');
  return clean ? `${base}${locale}/${clean}/` : `${base}${locale}/`;
}

/** @example absoluteUrl('/en/', 'https://example.org') // 'https://example.org/en/' */
export function absoluteUrl(path: string, site: string): string {
  return new URL(path, site).href;
}
