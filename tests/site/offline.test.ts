// Offline reading over the built site: the service worker's size, what it keeps for each language
// (the core pages, within the budget, measured again here rather than read from the plan), the
// search index files, the manifest and icons, and the CSP that lets the worker run.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { distDir, distFiles, offlinePlan, pageByUrl, settings } from '../support/dist';
import { brotli, kb } from '../support/page-weight';
import { localeCodes, locales } from '../../src/i18n/locales';
import { dictionaries } from '../../src/i18n';
import { routesFor } from '../../src/i18n/routing';
import { CORE_BUDGET, corePages, fileOf } from '../../src/lib/offline/plan';
import { headersFor, parseHeaders } from '../../src/lib/headers/headers';

const routes = routesFor(settings.base);
const bytesOf = (url: string) => readFileSync(join(distDir, fileOf(url, settings.base)));
const SW_BUDGET = 5 * 1024;

describe('service worker', () => {
  const sw = readFileSync(join(distDir, 'sw.js'));

  it(`is at most ${kb(SW_BUDGET)} brotli`, () => {
    console.log(`sw.js: ${sw.length} bytes, ${kb(brotli(sw))} brotli`);
    expect(brotli(sw)).toBeLessThanOrEqual(SW_BUDGET);
  });

  it('names its caches with this build’s version, so a new build replaces them', () => {
    expect(offlinePlan.version).toMatch(/^[0-9a-f]{12}$/);
    expect(sw.toString()).toContain(offlinePlan.version);
  });

  it('sits at the root of the site (its scope is the base path) and may run under the CSP', () => {
    expect(existsSync(join(distDir, 'sw.js'))).toBe(true);
    const rules = parseHeaders(readFileSync(join(distDir, '_headers'), 'utf8'));
    for (const path of [routes.serviceWorker(), routes.home('kk')]) {
      const csp = headersFor(rules, path).get('content-security-policy')?.join(', ') ?? '';
      expect(csp, path).toMatch(/worker-src 'self'/);
      expect(csp, path).toMatch(/default-src 'self'/);
    }
    // Never cached for long by a host: a new build's worker must reach the reader.
    expect(headersFor(rules, routes.serviceWorker()).get('cache-control')?.join(), 'sw.js').not.toMatch(/immutable/);
  });
});

describe('core pages kept after one visit', () => {
  it.each(localeCodes)('%s: the home page, how to join, hubs, help about violence, rights, with their files, within the budget', (lang) => {
    const core = offlinePlan.core[lang] ?? [];
    for (const page of corePages(routes, lang)) expect(core, page).toContain(page);
    // Every file exists, and the pages' own scripts are in.
    for (const url of core) expect(existsSync(join(distDir, fileOf(url, settings.base))), url).toBe(true);
    const scripts = [...(pageByUrl.get(routes.home(lang))?.doc.querySelectorAll('script[src]') ?? [])].map((s) => s.getAttribute('src'));
    for (const src of scripts) expect(core, `${src} of the home page`).toContain(src);
    const bytes = core.reduce((n, url) => n + brotli(bytesOf(url)), 0);
    console.log(`offline core ${lang}: ${core.length} files, ${kb(bytes)} brotli (budget ${kb(CORE_BUDGET)})`);
    expect(bytes).toBeLessThanOrEqual(CORE_BUDGET);
  });

  it('the help about violence among them carries the 111 box', () => {
    for (const lang of localeCodes) {
      expect(pageByUrl.get(routes.entry(lang, 'rights', 'protection-from-violence'))?.doc.querySelector('[data-help-channel]'), lang).toBeTruthy();
    }
  });
});

describe('search index for offline use', () => {
  it.each(localeCodes)('%s: lists the language’s own index, its size as the reader is told', (lang) => {
    const search = offlinePlan.search[lang];
    expect(search).toBeDefined();
    const files = search?.files ?? [];
    for (const url of files) expect(existsSync(join(distDir, fileOf(url, settings.base))), url).toBe(true);
    // The language's fragments, none of another language's.
    const fragments = distFiles.filter((f) => f.startsWith(`pagefind/fragment/${lang}_`));
    expect(fragments.length).toBeGreaterThan(0);
    for (const f of fragments) expect(files).toContain(routes.file(f));
    expect(files.filter((u) => /\/pagefind\/(index|fragment|filter)\//.test(u) && !u.includes(`/${lang}_`))).toEqual([]);
    // What the reader downloads: Pagefind's gzipped files as they are stored, the rest brotli.
    const gzipped = (b: Buffer) => b[0] === 0x1f && b[1] === 0x8b;
    expect(files.filter((url) => gzipped(bytesOf(url))).length, 'Pagefind stores its index gzipped').toBeGreaterThan(fragments.length);
    const bytes = files.reduce((n, url) => n + (gzipped(bytesOf(url)) ? bytesOf(url).length : Math.min(bytesOf(url).length, brotli(bytesOf(url)))), 0);
    console.log(`offline search ${lang}: ${files.length} files, ${kb(bytes)} compressed`);
    expect(search?.bytes).toBe(bytes);
  });
});

describe('home screen', () => {
  it.each(localeCodes)('%s: a manifest with the site’s name in the language, opening at its home page', async (lang) => {
    const page = pageByUrl.get(routes.home(lang));
    expect(page?.doc.querySelector('link[rel=manifest]')?.getAttribute('href')).toBe(routes.manifest(lang));
    const manifest = JSON.parse(bytesOf(routes.manifest(lang)).toString()) as Record<string, unknown> & { icons: { src: string; sizes: string; purpose: string }[] };
    expect(manifest.name).toBe(dictionaries[lang]['site.name']);
    expect(manifest.short_name).toBe(dictionaries[lang]['app.shortName']);
    expect(manifest.lang).toBe(locales[lang].bcp47);
    expect(manifest.start_url).toBe(routes.home(lang));
    expect(manifest.display).toBe('standalone');
    expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
    for (const icon of manifest.icons) {
      const meta = await sharp(bytesOf(icon.src)).metadata();
      expect(`${meta.format} ${meta.width}x${meta.height}`, icon.src).toBe(`png ${icon.sizes}`);
    }
  });
});

describe('the offline and saved-pages pages', () => {
  it.each(localeCodes)('%s: are real pages in the language, kept out of search engines', (lang) => {
    for (const url of [routes.offline(lang), routes.saved(lang)]) {
      const page = pageByUrl.get(url);
      expect(page, url).toBeDefined();
      expect(page?.doc.querySelector('html')?.getAttribute('lang')).toBe(locales[lang].bcp47);
      expect(page?.doc.querySelector('meta[name=robots]')?.getAttribute('content')).toBe('noindex');
    }
    expect(pageByUrl.get(routes.offline(lang))?.doc.querySelector('h1')?.text).toBe(dictionaries[lang]['offline.title']);
    expect(pageByUrl.get(routes.saved(lang))?.doc.querySelector('h1')?.text).toBe(dictionaries[lang]['saved.title']);
  });

  it('every page of a language offers saving (hidden until the script finds it works), but these two and the 404 page', () => {
    for (const lang of localeCodes) {
      const home = pageByUrl.get(routes.home(lang));
      expect(home?.doc.querySelector('[data-offline][hidden] [data-offline-save]'), lang).toBeTruthy();
      for (const url of [routes.offline(lang), routes.saved(lang), routes.notFound(lang)]) {
        expect(pageByUrl.get(url)?.doc.querySelector('[data-offline-save]'), url).toBeNull();
      }
    }
  });
});
