// Checks over every built page: language, title, description, hreflang, links.
import { describe, expect, it } from 'vitest';
import { isLocale } from '../../src/i18n/locales';
import { splitLocale } from '../../src/i18n/routing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distDir, distFiles, pageByUrl, pages, resolves, settings, sitemapUrls, sitePath } from '../support/dist';

describe('every page', () => {
  it('is in the inventory: the sitemap plus fallback and 404 pages all exist', () => {
    const listed = sitemapUrls();
    expect(listed.length).toBeGreaterThan(50);
    for (const url of listed) expect(pageByUrl.has(url), url).toBe(true);
    for (const url of ['404.html', 'en/404/', 'es/404/', 'kk/404/', 'ru/404/']) {
      expect(resolves(settings.base + url), url).toBe(true);
    }
  });

  it('declares the language of its URL prefix', () => {
    for (const page of pages) {
      const { locale } = splitLocale(page.url, settings.base);
      const lang = page.doc.querySelector('html')?.getAttribute('lang');
      if (locale) expect(lang, page.url).toBe(locale);
      else expect(isLocale(lang), page.url).toBe(true);
    }
  });

  it('has a title and a description', () => {
    for (const page of pages) {
      expect(page.doc.querySelector('title')?.text.trim(), page.url).toBeTruthy();
      expect(page.doc.querySelector('meta[name=description]')?.getAttribute('content')?.trim(), page.url).toBeTruthy();
    }
  });

  it('has reciprocal hreflang alternates that point to existing pages', () => {
    for (const page of pages) {
      const alternates = page.doc.querySelectorAll('link[rel=alternate][hreflang]');
      for (const link of alternates) {
        const target = sitePath(link.getAttribute('href') ?? '');
        expect(target, `${page.url} → ${link.getAttribute('href')}`).toBeDefined();
        const other = pageByUrl.get(target ?? '');
        expect(other, `${page.url} → ${target}`).toBeDefined();
        if (link.getAttribute('hreflang') === 'x-default' || !other) continue;
        const back = other.doc
          .querySelectorAll('link[rel=alternate][hreflang]')
          .map((l) => sitePath(l.getAttribute('href') ?? ''));
        expect(back, `${target} should link back to ${page.url}`).toContain(page.url);
      }
    }
  });

  it('links only to internal pages, assets and #fragments that exist', () => {
    const ids = new Map<string, Set<string>>();
    const idsOf = (url: string) => {
      let found = ids.get(url);
      if (!found) {
        const doc = pageByUrl.get(url)?.doc;
        found = new Set(doc?.querySelectorAll('[id], a[name]').map((e) => e.getAttribute('id') ?? e.getAttribute('name') ?? '') ?? []);
        ids.set(url, found);
      }
      return found;
    };
    const broken: string[] = [];
    for (const page of pages) {
      const refs = [
        ...page.doc.querySelectorAll('a[href]').map((a) => a.getAttribute('href') ?? ''),
        ...page.doc.querySelectorAll('link[href]').map((l) => l.getAttribute('href') ?? ''),
        ...page.doc.querySelectorAll('[src]').map((e) => e.getAttribute('src') ?? ''),
      ];
      for (const ref of refs) {
        if (/^(mailto|tel|sms|data):/.test(ref)) continue;
        const url = new URL(ref, new URL(page.url, settings.site));
        const path = sitePath(url.href);
        if (path === undefined) continue;
        if (!resolves(path)) broken.push(`${page.url} → ${ref}`);
        // `/en/rights/articles` is served as `/en/rights/articles/`: check the fragment there.
        const target = pageByUrl.has(path) ? path : `${path}/`;
        if (url.hash.length > 1 && pageByUrl.has(target) && !idsOf(target).has(decodeURIComponent(url.hash.slice(1)))) {
          broken.push(`${page.url} → ${ref} (no element with id "${url.hash.slice(1)}")`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('lists in the sitemap exactly the pages search engines may index', () => {
    const indexable = pages
      .filter((page) => !/noindex/.test(page.doc.querySelector('meta[name=robots]')?.getAttribute('content') ?? ''))
      .map((page) => page.url);
    expect(indexable.length).toBeGreaterThan(50);
    expect([...sitemapUrls()].sort()).toEqual(indexable.sort());
  });

  it('gives the day a page last changed the same way on the page, in its JSON-LD and in the sitemap', () => {
    const xml = distFiles
      .filter((f) => /^sitemap-\d+\.xml$/.test(f))
      .map((f) => readFileSync(join(distDir, f), 'utf8'))
      .join('');
    const lastmod = new Map([...xml.matchAll(/<loc>([^<]+)<\/loc><lastmod>([^<]+)<\/lastmod>/g)].map((m) => [sitePath(m[1] ?? ''), (m[2] ?? '').slice(0, 10)]));
    const dated = pages.filter((page) => page.doc.querySelector('[data-updated] time'));
    // Entry pages and Convention articles give it (editors set `updated:`; stories default to their date).
    expect(dated.some((page) => page.url.includes('/rights/articles/'))).toBe(true);
    expect(dated.some((page) => page.url.includes('/hubs/'))).toBe(true);
    const wrong: string[] = [];
    for (const page of dated) {
      const day = page.doc.querySelector('[data-updated] time')?.getAttribute('datetime');
      const ld = page.doc
        .querySelectorAll('script[type="application/ld+json"]')
        .flatMap((s) => [JSON.parse(s.text) as { dateModified?: string }].flat())
        .find((d) => d.dateModified)?.dateModified;
      if (ld !== day) wrong.push(`${page.url}: shown ${day}, JSON-LD ${ld}`);
      if (lastmod.get(page.url) !== day) wrong.push(`${page.url}: shown ${day}, sitemap ${lastmod.get(page.url)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('lists language alternates in the sitemap for real translations', () => {
    const xml = distFiles
      .filter((f) => /^sitemap-\d+\.xml$/.test(f))
      .map((f) => readFileSync(join(distDir, f), 'utf8'))
      .join('');
    const entry = [...xml.matchAll(/<url>(.*?)<\/url>/gs)]
      .map((m) => m[1] ?? '')
      .find((block) => block.includes(`${settings.base}en/programme/about/</loc>`));
    expect(entry).toBeDefined();
    const langs = [...(entry ?? '').matchAll(/hreflang="([\w-]+)"/g)].map((m) => m[1]).sort();
    expect(langs).toEqual(['en', 'es', 'kk', 'ru']);
  });
});
