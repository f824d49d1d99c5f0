// Safe and private: every page loads under its Content Security Policy (the meta tag and the
// _headers file together, as a static host sends them) with no violation, no console error,
// no request to another origin, no cookie and no storage; the interactive parts work under it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { serveDist } from '../support/server';
import { distDir, pages, settings } from '../support/dist';
import { headersFor, parseHeaders } from '../../src/lib/headers/headers';
import { localeCodes } from '../../src/i18n/locales';

/** The one thing the site may store: the language chosen at `/` (src/scripts/language-choice.ts). */
const ALLOWED_STORAGE = ['preferred-language'];

const rules = parseHeaders(readFileSync(join(distDir, '_headers'), 'utf8'));
let browser: Browser;
let server: Awaited<ReturnType<typeof serveDist>>;

beforeAll(async () => {
  server = await serveDist(distDir, settings.base, (path) =>
    Object.fromEntries([...headersFor(rules, path)].map(([name, values]) => [name, values.join(', ')])),
  );
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A context that records CSP violations, console errors, uncaught errors and every request. */
async function watchedContext(options: Parameters<Browser['newContext']>[0] = {}) {
  const context = await browser.newContext(options);
  const problems: string[] = [];
  const foreign: string[] = [];
  const local: string[] = [];
  let current = '';
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  context.on('request', (request) => {
    const url = request.url();
    if (url.startsWith(`${server.origin}/`)) local.push(url);
    if (/^(data|blob):/.test(url) || url.startsWith(`${server.origin}/`)) return;
    foreign.push(`${current} → ${url}`);
  });
  // Nothing may leave the machine, whatever the page asks for.
  await context.route((url) => url.origin !== server.origin, (route) => route.abort());
  const watch = (page: Page) => {
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`${current}: ${msg.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`${current}: ${error.message}`));
    return page;
  };
  return {
    context,
    problems,
    foreign,
    local,
    newPage: async () => watch(await context.newPage()),
    at: (url: string) => (current = url),
  };
}

/** Cookies and storage a page has left behind. */
async function leftovers(page: Page, context: BrowserContext): Promise<string[]> {
  const inPage = await page.evaluate(async () => {
    const found: string[] = [];
    if (document.cookie) found.push(`document.cookie: ${document.cookie}`);
    for (const [name, store] of [['localStorage', localStorage], ['sessionStorage', sessionStorage]] as const) {
      for (let i = 0; i < store.length; i++) found.push(`${name}: ${store.key(i)}`);
    }
    const dbs = (await indexedDB.databases?.()) ?? [];
    for (const db of dbs) found.push(`indexedDB: ${db.name}`);
    if ('caches' in window) for (const key of await caches.keys()) found.push(`CacheStorage: ${key}`);
    return found;
  });
  const cookies = (await context.cookies()).map((c) => `cookie: ${c.name}`);
  return [...inPage, ...cookies].filter((item) => !ALLOWED_STORAGE.some((key) => item === `localStorage: ${key}`));
}

describe('every page, as a static host serves it with _headers', () => {
  it('loads with no CSP violation, console error or request to another origin, and stores nothing', async () => {
    const w = await watchedContext();
    const page = await w.newPage();
    const stored: string[] = [];
    for (const { url } of pages) {
      w.at(url);
      const response = await page.goto(server.origin + url, { waitUntil: 'load' });
      expect(response?.headers()['content-security-policy'], url).toContain("frame-ancestors 'none'");
      for (const item of await leftovers(page, w.context)) stored.push(`${url} ${item}`);
    }
    await w.context.close();
    expect(w.problems).toEqual([]);
    expect(w.foreign).toEqual([]);
    expect(stored).toEqual([]);
    expect(pages.length).toBeGreaterThan(50);
  }, 900_000);
});

/**
 * A button for a feature another part of the site adds, found by its data-* attribute,
 * its custom element or the element it controls, so the test follows those parts as they land.
 */
async function featureButton(page: Page, feature: RegExp) {
  const handle = await page.evaluateHandle((source) => {
    const re = new RegExp(source, 'i');
    const named = (el: Element | null) =>
      !!el && (re.test(el.tagName.includes('-') ? el.tagName : '') || el.getAttributeNames().some((n) => n.startsWith('data-') && re.test(n)));
    return (
      [...document.querySelectorAll<HTMLElement>('button, [role="button"]')].find((b) => {
        if (b.hidden || b.closest('[hidden]') || !b.getClientRects().length) return false;
        let custom = b.parentElement;
        while (custom && !custom.tagName.includes('-')) custom = custom.parentElement;
        const controls = document.getElementById(b.getAttribute('aria-controls') ?? '');
        return named(b) || named(custom) || named(controls) || named(b.closest('[data-feature]'));
      }) ?? null
    );
  }, feature.source);
  const element = handle.asElement();
  return element ?? undefined;
}

/** Sample pages: one of each kind in each language (where they exist). */
function samples(path: (lang: string) => string): string[] {
  const urls = localeCodes.map((lang) => `${settings.base}${path(lang)}`);
  return urls.filter((url) => pages.some((p) => p.url === url));
}

describe('interactive parts under the CSP', () => {
  it('language choice at /: suggests, remembers the choice in its one storage key', async () => {
    const w = await watchedContext({ locale: 'kk-KZ' });
    const page = await w.newPage();
    w.at(settings.base);
    await page.goto(server.origin + settings.base);
    const first = await page.$eval('[data-language-choice] li:first-child a', (a) => a.getAttribute('hreflang'));
    expect(first).toBe('kk');
    await Promise.all([page.waitForURL(/\/ru\/$/), page.click('a[hreflang="ru"]')]);
    expect(await page.evaluate(() => localStorage.getItem('preferred-language'))).toBe('ru');
    expect(await leftovers(page, w.context)).toEqual([]);
    await w.context.close();
    expect(w.problems).toEqual([]);
    expect(w.foreign).toEqual([]);
  });

  it('quick exit on the violence page: leaves at once and keeps the page out of Back', async () => {
    for (const url of samples((lang) => `${lang}/rights/protection-from-violence/`)) {
      const w = await watchedContext();
      // The exit target is a real outside site: answer it locally instead (and do not count it as
      // a page's own request, the reader asked to go there).
      await w.context.route(/^https:\/\/www\.bbc\.com\//, (route) => route.fulfill({ body: '<title>Weather</title>', contentType: 'text/html' }));
      const page = await w.newPage();
      await page.goto(server.origin + settings.base);
      w.at(url);
      await page.goto(server.origin + url);
      const exit = page.locator('[data-quick-exit]');
      expect(await exit.count(), url).toBe(1);
      await Promise.all([page.waitForURL(/bbc\.com/), exit.click()]);
      await page.goBack();
      expect(new URL(page.url()).pathname, url).toBe(settings.base);
      await w.context.close();
      expect(w.problems).toEqual([]);
      expect(w.foreign.filter((f) => !f.includes('//www.bbc.com/'))).toEqual([]);
    }
  });

  // Search (Pagefind: WebAssembly and a same-origin worker), share and nearest hub: each runs on
  // the pages that have it, one page of each kind in each language.
  const kinds = ['', 'programme/bekind/', 'rights/protection-from-violence/', 'rights/articles/12/', 'hubs/', 'hubs/kokshetau/', 'stories/', 'search/'];

  it('search, share and nearest hub run without violation or error where they exist', async () => {
    const w = await watchedContext({ permissions: ['geolocation', 'clipboard-read', 'clipboard-write'], geolocation: { latitude: 51.13, longitude: 71.43 } });
    const exercised: string[] = [];
    for (const url of kinds.flatMap((kind) => samples((lang) => `${lang}/${kind}`))) {
      const page = await w.newPage();
      w.at(url);
      await page.goto(server.origin + url);
      const search = await featureButton(page, /search/);
      if (search) {
        await search.click();
        exercised.push(`${url} search`);
      }
      const input = page.locator('input[type="search"]:visible').first();
      if (await input.count()) {
        await input.fill('UNICEF');
        // Pagefind loads its index, WebAssembly and fragments on demand.
        await page.waitForLoadState('networkidle');
        await page.keyboard.press('Escape');
        exercised.push(`${url} search input`);
      }
      for (const [name, feature] of [['share', /share|copy/], ['nearest hub', /nearest|locat|geo/]] as const) {
        // A fresh page for each feature: nothing left open by the one before.
        await page.goto(server.origin + url);
        const button = await featureButton(page, feature);
        if (!button) continue;
        await button.click();
        await page.waitForLoadState('networkidle');
        exercised.push(`${url} ${name}`);
      }
      await page.close();
    }
    await w.context.close();
    console.log(`exercised: ${exercised.length ? exercised.join(', ') : 'none yet'}`);
    // Typing a query really ran Pagefind (its WebAssembly and index) under the CSP.
    if (exercised.some((e) => e.endsWith('search input'))) {
      expect(w.local.some((u) => /\/pagefind\/.*\.pf_(index|fragment)$|\/pagefind\/wasm\./.test(u))).toBe(true);
    }
    expect(w.problems).toEqual([]);
    expect(w.foreign).toEqual([]);
  }, 300_000);
});
