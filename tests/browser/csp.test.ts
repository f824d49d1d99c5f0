// Safe and private: the interactive parts work under the Content Security Policy (the meta tag and
// the _headers file together, as a static host sends them) with no violation, no console error,
// no request to another origin and nothing stored. Every page's own load is checked by the page
// sweep (pages.test.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { coreCaches, leftovers } from '../support/storage';
import { launchBrowser, reportCspViolations } from '../support/browser';
import { serveDist } from '../support/server';
import { distDir, offlinePlan, pages, settings } from '../support/dist';
import { headersFor, parseHeaders } from '../../src/lib/headers/headers';
import { localeCodes } from '../../src/i18n/locales';

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
  // Without the service worker, which the page sweep checks under the CSP on every page.
  const context = await browser.newContext({ serviceWorkers: 'block', ...options });
  const problems: string[] = [];
  const foreign: string[] = [];
  const local: string[] = [];
  let current = '';
  await reportCspViolations(context);
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

/** The page at `path` in each language: it must exist in the build, or the test fails. */
function inEveryLanguage(path: string): string[] {
  const urls = localeCodes.map((lang) => `${settings.base}${lang}/${path}`);
  for (const url of urls) expect(pages.some((p) => p.url === url), `${url} is built`).toBe(true);
  return urls;
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
    expect(await leftovers(page, w.context, coreCaches(offlinePlan))).toEqual([]);
    await w.context.close();
    expect(w.problems).toEqual([]);
    expect(w.foreign).toEqual([]);
  });

  it('quick exit on the violence page: leaves at once and keeps the page out of Back', async () => {
    for (const url of inEveryLanguage('rights/protection-from-violence/')) {
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

  it('search: the header button opens the dialog, and a query runs Pagefind (WebAssembly, index, fragments)', async () => {
    for (const url of inEveryLanguage('programme/bekind/')) {
      const w = await watchedContext();
      const page = await w.newPage();
      w.at(url);
      await page.goto(server.origin + url);
      await page.click('[data-search-open]');
      const input = page.locator('dialog[open] [data-search-input]');
      await input.fill('UNICEF');
      await page.waitForFunction(() => document.querySelector<HTMLElement>('dialog[open] [data-search-panel]')?.dataset.searchDone === 'UNICEF');
      expect(await page.locator('dialog[open] [data-result-link]').count(), url).toBeGreaterThan(0);
      expect(w.local.filter((u) => /\/pagefind\/wasm\./.test(u)), `${url}: Pagefind's WebAssembly`).not.toEqual([]);
      expect(w.local.filter((u) => /\/pagefind\/.*\.pf_(index|fragment)$/.test(u)), `${url}: index and fragments`).not.toEqual([]);
      expect(await leftovers(page, w.context, coreCaches(offlinePlan))).toEqual([]);
      await w.context.close();
      expect(w.problems).toEqual([]);
      expect(w.foreign).toEqual([]);
    }
  });

  it('share: copy link copies the story address and says so', async () => {
    const w = await watchedContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const story = pages.find((p) => p.doc.querySelector('[data-share] [data-copy]'));
    expect(story, 'a page with the share box').toBeDefined();
    const url = story?.url ?? '';
    const page = await w.newPage();
    w.at(url);
    await page.goto(server.origin + url);
    await page.click('[data-copy]');
    await page.waitForFunction(() => document.querySelector('[data-copied-message]')?.textContent !== '');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.getAttribute('[data-share]', 'data-url'));
    expect(await leftovers(page, w.context, coreCaches(offlinePlan))).toEqual([]);
    await w.context.close();
    expect(w.problems).toEqual([]);
    expect(w.foreign).toEqual([]);
  });

  it('nearest hub: "use my location" answers from the position, which never leaves the page', async () => {
    for (const url of inEveryLanguage('hubs/')) {
      const w = await watchedContext({ permissions: ['geolocation'], geolocation: { latitude: 51.13, longitude: 71.43 } });
      const page = await w.newPage();
      w.at(url);
      // Everything the page loads by itself (the favicon comes last) before the click.
      await page.goto(server.origin + url, { waitUntil: 'networkidle' });
      const before = w.local.length;
      await page.click('[data-locate]');
      await page.waitForFunction(() => (document.querySelector('[data-locate-status]')?.textContent ?? '').trim() !== '');
      expect(await page.locator('[data-locate-status] a[href*="/hubs/"]').count(), url).toBe(1);
      // The answer is worked out in the page: no request at all after the click.
      expect(w.local.slice(before)).toEqual([]);
      expect(await leftovers(page, w.context, coreCaches(offlinePlan))).toEqual([]);
      await w.context.close();
      expect(w.problems).toEqual([]);
      expect(w.foreign).toEqual([]);
    }
  });
});
