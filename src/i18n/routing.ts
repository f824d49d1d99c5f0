/**
 * Paths inside the site, pure: the locale prefix, the same page in another language, and the route
 * builders (`routesFor`). Pages and components use the builders bound to this build's base path,
 * `routes` from ./routes.ts.
 */
import { isLocale, type Locale } from './locales';
import type { StoryImageName } from '../lib/images/story-images';

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

/** The four sections of the site, in menu order: header, home page, search page, search facets. */
export const sections = ['programme', 'rights', 'hubs', 'stories'] as const;
export type Section = (typeof sections)[number];

/**
 * The route builders for a site served under `base` ('/' or '/volunteers/').
 * @example routesFor('/volunteers/').story('kk', 'bekind-lessons') // '/volunteers/kk/stories/bekind-lessons/'
 */
export function routesFor(base: string) {
  const at = (lang: Locale, path = '') => localePath(lang, path, base);
  return {
    base,
    /** `/`: the language chooser. */
    chooser: () => base,
    /** A file at the root of the site: favicon, sitemap, licences. */
    file: (name: string) => `${base}${name}`,
    home: (lang: Locale) => at(lang),
    section: (lang: Locale, section: Section) => at(lang, section),
    /** A page of a section's collection: `/<lang>/<section>/<slug>/`. */
    entry: (lang: Locale, section: Section, slug: string) => at(lang, `${section}/${slug}`),
    search: (lang: Locale) => at(lang, 'search'),
    notFound: (lang: Locale) => at(lang, '404'),
    rss: (lang: Locale) => `${base}${lang}/rss.xml`,
    // The rights section.
    articles: (lang: Locale) => at(lang, 'rights/articles'),
    // The fragment after the page's own address: /en/rights/articles/#family.
    articlesGroup: (lang: Locale, group: string) => `${at(lang, 'rights/articles')}#${group}`,
    article: (lang: Locale, n: number) => at(lang, `rights/articles/${n}`),
    // The hubs section.
    hub: (lang: Locale, slug: string) => at(lang, `hubs/${slug}`),
    hubFinder: (lang: Locale) => `${at(lang, 'hubs')}#find`,
    nearestHub: (lang: Locale, region: string) => at(lang, `hubs/near/${region}`),
    hubIcs: (lang: Locale, hub: string) => `${base}${lang}/hubs/${hub}/events.ics`,
    event: (lang: Locale, slug: string) => at(lang, `hubs/events/${slug}`),
    eventIcs: (lang: Locale, slug: string) => `${base}${lang}/hubs/events/${slug}.ics`,
    // The stories section.
    story: (lang: Locale, slug: string) => at(lang, `stories/${slug}`),
    storyImage: (lang: Locale, slug: string, name: StoryImageName) => `${at(lang, `stories/${slug}`)}${name}`,
    /** Page `n` of the list of stories (page 1 is the section's own page). */
    storiesPage: (lang: Locale, n: number) => at(lang, n === 1 ? 'stories' : `stories/page/${n}`),
    storiesOfHub: (lang: Locale, hub: string) => at(lang, `stories/hub/${hub}`),
    storiesOnTopic: (lang: Locale, topic: string) => at(lang, `stories/topic/${topic}`),
    /** The accessibility statement and the privacy page (linked from every page's footer). */
    accessibility: (lang: Locale) => at(lang, 'accessibility'),
    privacy: (lang: Locale) => at(lang, 'privacy'),
    /** The same page in another language (the slug is shared; only the prefix changes). */
    translation: (pathname: string, to: Locale) => switchLocale(pathname, to, base),
    /** A site path's language and the rest, without the base. */
    split: (pathname: string) => splitLocale(pathname, base),
    // Translation status (issue 15).
    /** The editors' table of translations: noindex, in no menu and not in the sitemap. */
    translationStatus: (lang: Locale) => at(lang, 'translations'),
    /** The page of an entry of any collection: a section's entry, an event, or a Convention article (`crc`, slug = number). */
    entryOf: (lang: Locale, collection: string, slug: string) =>
      collection === 'crc' ? at(lang, `rights/articles/${slug}`) : collection === 'events' ? at(lang, `hubs/events/${slug}`) : at(lang, `${collection}/${slug}`),
    // Offline reading (src/lib/offline/): the reader's saved pages, the page shown offline, the
    // home-screen manifest, the service worker (its scope is the base) and the build's offline plan.
    saved: (lang: Locale) => at(lang, 'saved'),
    offline: (lang: Locale) => at(lang, 'offline'),
    manifest: (lang: Locale) => `${base}${lang}/manifest.webmanifest`,
    appIcon: (name: string) => `${base}icons/${name}`,
    serviceWorker: () => `${base}sw.js`,
    offlinePlan: () => `${base}offline.json`,
  };
}

export type Routes = ReturnType<typeof routesFor>;
