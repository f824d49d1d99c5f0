// Translation freshness over a real build of a small fixture (tests/fixtures/translations/content,
// built by tests/run.mjs into TRANSLATIONS_DIST): programme/join is current in Spanish, outdated in
// Russian (made from an older English text) and missing in Kazakh (a fallback copy of the Russian);
// Convention article 1 is outdated in Russian, every other article missing there.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { routesFor } from '../../src/i18n/routing';
import { siteSettings } from '../../src/lib/settings';
import { locales, type Locale } from '../../src/i18n/locales';
import { dictionaries } from '../../src/i18n';

const dist = process.env.TRANSLATIONS_DIST ?? '';
if (!existsSync(join(dist, 'index.html'))) {
  throw new Error('No fixture build: set TRANSLATIONS_DIST to a build of CONTENT_DIR=tests/fixtures/translations/content (npm test does, tests/run.mjs).');
}
const { site, base } = siteSettings(process.env);
const routes = routesFor(base);
const join_ = (lang: Locale) => routes.entryOf(lang, 'programme', 'join');
const html = (path: string) => parse(readFileSync(join(dist, path.slice(base.length), 'index.html'), 'utf8'));
const sitemap = readdirSync(dist)
  .filter((f) => /^sitemap-\d+\.xml$/.test(f))
  .map((f) => readFileSync(join(dist, f), 'utf8'))
  .join('');
const inSitemap = (path: string) => sitemap.includes(`<loc>${new URL(path, site).href}</loc>`);
const lastmod = (path: string) => new RegExp(`<loc>${new URL(path, site).href}</loc><lastmod>([^<]+)</lastmod>`).exec(sitemap)?.[1];
/** Every page in Pagefind's index (its fragments name their URL). */
const indexed = new Set(
  readdirSync(join(dist, 'pagefind/fragment')).map((f) => {
    const text = gunzipSync(readFileSync(join(dist, 'pagefind/fragment', f))).toString('utf8');
    return (JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url;
  }),
);
const longDate = (day: string, lang: Locale) =>
  new Intl.DateTimeFormat(locales[lang].intl, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(day));
const robots = (doc: ReturnType<typeof parse>) => doc.querySelector('meta[name="robots"]')?.getAttribute('content') ?? '';
const dateModified = (doc: ReturnType<typeof parse>) =>
  doc
    .querySelectorAll('script[type="application/ld+json"]')
    .flatMap((s) => [JSON.parse(s.textContent) as unknown].flat() as { dateModified?: string }[])
    .find((ld) => ld.dateModified)?.dateModified;

describe('an outdated translation (ru)', () => {
  const doc = html(join_('ru'));
  const notice = doc.querySelector('[data-outdated-notice]');

  it('tells the reader, in Russian, when the English page changed, and links to it with its language', () => {
    expect(notice?.text).toContain(`Английская версия этой страницы обновлена ${longDate('2026-11-20', 'ru')}.`);
    expect(notice?.querySelector('time')?.getAttribute('datetime')).toBe('2026-11-20');
    const link = notice?.querySelector('a');
    expect(link?.getAttribute('href')).toBe(join_('en'));
    expect(link?.getAttribute('hreflang')).toBe('en');
    expect(link?.getAttribute('lang')).toBe('en');
    expect(link?.text).toBe('How to join');
  });

  it('stays indexed: no noindex, hreflang alternates, in the sitemap and the site search', () => {
    expect(robots(doc)).not.toContain('noindex');
    expect(doc.querySelectorAll('link[rel="alternate"][hreflang]').length).toBeGreaterThan(0);
    expect(inSitemap(join_('ru'))).toBe(true);
    expect(indexed.has(join_('ru'))).toBe(true);
  });

  it('a current translation (es) has no notice', () => {
    expect(html(join_('es')).querySelector('[data-outdated-notice]')).toBeNull();
    expect(html(join_('es')).querySelector('[role="note"]')).toBeNull();
  });
});

describe('an outdated Convention article (ru, article 1)', () => {
  it('says the English changed, without a date when the English gives none, and links to the English article', () => {
    const notice = html(routes.article('ru', 1)).querySelector('[data-outdated-notice]');
    expect(notice?.text).toContain(dictionaries.ru['notice.outdated.undated']);
    expect(notice?.querySelector('time')).toBeNull();
    expect(notice?.querySelector('a')?.getAttribute('href')).toBe(routes.article('en', 1));
    expect(notice?.querySelector('a')?.getAttribute('hreflang')).toBe('en');
    // A missing article (ru, 2) is a fallback copy, not an outdated translation.
    expect(html(routes.article('ru', 2)).querySelector('[data-outdated-notice]')).toBeNull();
    expect(robots(html(routes.article('ru', 2)))).toContain('noindex');
  });
});

describe('a missing translation (kk): the fallback copy', () => {
  const doc = html(join_('kk'));

  it('says in Kazakh that the page is shown in Russian, with the text marked as Russian', () => {
    expect(doc.querySelector('[role="note"]')?.text.trim()).toBe(dictionaries.kk['notice.fallback.ru']);
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe('kk');
    expect(doc.querySelector('article')?.getAttribute('lang')).toBe('ru');
    expect(doc.querySelector('h1')?.text).toBe('Как присоединиться');
    expect(doc.querySelector('[data-outdated-notice]')).toBeNull();
  });

  it('is kept out of search engines and the site search: noindex, no hreflang, not in the sitemap or the index', () => {
    expect(robots(doc)).toContain('noindex');
    expect(doc.querySelectorAll('link[rel="alternate"][hreflang]')).toHaveLength(0);
    expect(inSitemap(join_('kk'))).toBe(false);
    expect(indexed.has(join_('kk'))).toBe(false);
    // …while the real translations are listed.
    expect(inSitemap(join_('en'))).toBe(true);
  });
});

describe('last updated', () => {
  it('shows each page’s updated: day in its language, and gives the same day to JSON-LD and the sitemap', () => {
    for (const [lang, day] of [['en', '2026-11-20'], ['es', '2026-11-21'], ['ru', '2026-10-01']] as const) {
      const doc = html(join_(lang));
      const shown = doc.querySelector('[data-updated]');
      expect(shown?.text).toBe(`${dictionaries[lang]['page.updated']}: ${longDate(day, lang)}`);
      expect(shown?.querySelector('time')?.getAttribute('datetime')).toBe(day);
      expect(dateModified(doc)).toBe(day);
      expect(lastmod(join_(lang))?.slice(0, 10)).toBe(day);
    }
  });
});

describe('the status page', () => {
  for (const lang of ['en', 'kk'] as const) {
    it(`${lang}: lists the page with its state and a link in each language`, () => {
      const doc = html(routes.translationStatus(lang));
      expect(doc.querySelector('h1')?.text).toBe(dictionaries[lang]['status.title']);
      const row = doc.querySelector('[data-status-details="programme"] tr[data-entry="programme/join"]');
      expect(row?.querySelector('th a')?.getAttribute('href')).toBe(join_('en'));
      const cell = (code: Locale) => row?.querySelector(`td[data-lang="${code}"]`);
      expect(cell('es')?.getAttribute('data-state')).toBe('current');
      expect(cell('ru')?.text).toBe(`${dictionaries[lang]['status.outdated']} (${dictionaries[lang]['status.since'].replace('{date}', longDate('2026-11-20', lang))})`);
      expect(cell('kk')?.text).toBe(dictionaries[lang]['status.missing']);
      for (const code of ['es', 'kk', 'ru'] as const) {
        expect(cell(code)?.querySelector('a')?.getAttribute('href')).toBe(join_(code));
        expect(cell(code)?.querySelector('a')?.getAttribute('hreflang')).toBe(code);
      }
      const counts = doc.querySelector('[data-status-summary] tr[data-collection="programme"][data-lang="ru"]');
      expect(counts?.querySelectorAll('td').slice(1).map((td) => td.text)).toEqual(['0', '1', '0']);
    });
  }

  it('is noindex, out of the sitemap, the site search and the menus', () => {
    for (const lang of ['en', 'es', 'kk', 'ru'] as const) {
      const path = routes.translationStatus(lang);
      expect(robots(html(path))).toContain('noindex');
      expect(inSitemap(path)).toBe(false);
      expect(indexed.has(path)).toBe(false);
      expect(html(routes.home(lang)).querySelectorAll(`a[href="${path}"]`)).toHaveLength(0);
    }
  });
});
