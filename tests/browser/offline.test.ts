// Offline reading in a real Chromium, going offline after a first visit: the core pages of the
// reader's language load, an unsaved page shows the offline page in that language, saving and
// removing work, Save-Data keeps nothing unasked, the search says it needs a connection until its
// index is saved, a page changed in a new build reaches the reader after one online visit, and
// axe passes on the offline and saved-pages pages as readers see them (filled in).
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, offlineArgs, reportCspViolations } from '../support/browser';
import { serveDist } from '../support/server';
import { distDir, offlinePlan, pageByUrl, settings } from '../support/dist';
import { axeViolations } from '../support/axe';
import { headersFor, parseHeaders } from '../../src/lib/headers/headers';
import { dictionaries } from '../../src/i18n';
import { routesFor } from '../../src/i18n/routing';
import { corePages } from '../../src/lib/offline/plan';

const routes = routesFor(settings.base);
const rules = parseHeaders(readFileSync(join(distDir, '_headers'), 'utf8'));
// The site is served from a link to the build, so a test can swap in a "new deploy" at the same origin.
const scratch = mkdtempSync(join(tmpdir(), 'offline-test-'));
const live = join(scratch, 'live');
let browser: Browser;
let server: Awaited<ReturnType<typeof serveDist>>;
const at = (path: string) => server.origin + path;

beforeAll(async () => {
  symlinkSync(resolve(distDir), live);
  server = await serveDist(live, settings.base, (path) =>
    Object.fromEntries([...headersFor(rules, path)].map(([name, values]) => [name, values.join(', ')])),
  );
  browser = await launchBrowser(offlineArgs);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(scratch, { recursive: true, force: true });
});

/** A context whose CSP violations and errors are collected. */
async function open(options: Parameters<Browser['newContext']>[0] = {}) {
  const context = await browser.newContext(options);
  await reportCspViolations(context);
  const problems: string[] = [];
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !/Failed to load resource|ERR_INTERNET_DISCONNECTED/.test(msg.text())) problems.push(msg.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return { context, page, problems };
}

/** Waits until the service worker keeps all the core pages of `lang` (of the build's version `version`). */
async function coreKept(page: Page, lang: string, version = offlinePlan.version) {
  const name = `offline-${version}-core-${lang}`;
  const count = () => page.evaluate(async (n) => ((await caches.has(n)) ? (await (await caches.open(n)).keys()).length : 0), name);
  await expect.poll(count, { timeout: 15_000, interval: 100 }).toBe(offlinePlan.core[lang]?.length);
}

const h1 = (page: Page) => page.locator('h1').first().innerText();
const titleOf = (url: string) => pageByUrl.get(url)?.doc.querySelector('h1')?.text.trim() ?? '';

async function goOffline(context: BrowserContext, offline: boolean) {
  await context.setOffline(offline);
}

describe('offline after one visit', () => {
  it('keeps the core pages of the reader’s language, and shows the offline page in that language for others', async () => {
    const { context, page, problems } = await open();
    await page.goto(at(routes.entry('kk', 'stories', 'bekind-lessons')));
    await coreKept(page, 'kk');
    await goOffline(context, true);
    for (const url of corePages(routes, 'kk')) {
      const response = await page.goto(at(url));
      expect(response?.status(), url).toBe(200);
      expect(await page.getAttribute('html', 'lang'), url).toBe('kk');
      expect(await h1(page), url).toBe(titleOf(url));
    }
    // The 111 box is there offline.
    await page.goto(at(routes.entry('kk', 'rights', 'protection-from-violence')));
    expect(await page.locator('[data-help-channel]').count()).toBeGreaterThan(0);
    // Not kept: the offline page, in Kazakh, with links to what is kept.
    await page.goto(at(routes.entry('kk', 'stories', 'six-city-hubs')));
    expect(await h1(page)).toBe(dictionaries.kk['offline.title']);
    expect(await page.getAttribute('html', 'lang')).toBe('kk');
    await page.locator('[data-kept-core] a').first().waitFor();
    const links = await page.locator('[data-kept-core] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(expect.arrayContaining([routes.home('kk'), routes.section('kk', 'hubs')]));
    // Only Kazakh was visited: a Russian page is not kept, nor the Russian offline page; the Kazakh one stands in.
    await page.goto(at(routes.home('ru')));
    expect(await h1(page)).toBe(dictionaries.kk['offline.title']);
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);

  it('keeps nothing unasked when the browser asks to save data, and still saves what the reader asks', async () => {
    const { context, page, problems } = await open();
    // Chromium exposes the Save-Data preference as navigator.connection.saveData.
    await context.addInitScript(() => {
      const connection = (navigator as Navigator & { connection: object }).connection;
      Object.defineProperty(Object.getPrototypeOf(connection), 'saveData', { get: () => true });
    });
    const story = routes.entry('ru', 'stories', 'bekind-lessons');
    await page.goto(at(story));
    await page.locator('[data-offline-save]').waitFor({ state: 'visible' });
    // Time enough for the worker to have kept something, had it wanted to.
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => caches.keys())).toEqual([]);
    // Offline with nothing kept, a page still answers in its own language, not the browser's error.
    await goOffline(context, true);
    await page.goto(at(routes.section('kk', 'hubs')));
    expect(await h1(page)).toBe(dictionaries.kk['offline.title']);
    expect(await page.getAttribute('html', 'lang')).toBe('kk');
    await goOffline(context, false);
    await page.goto(at(story));
    await page.locator('[data-offline-save]').waitFor({ state: 'visible' });
    await page.click('[data-offline-save]');
    await expect.poll(() => page.locator('[data-offline-status]').innerText()).toBe(dictionaries.ru['offline.done']);
    expect(await page.evaluate(() => caches.keys())).toEqual([`offline-${offlinePlan.version}-saved`]);
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);
});

describe('saving pages', () => {
  it('saves a page for offline reading, lists it, and removes it', async () => {
    const { context, page, problems } = await open();
    const story = routes.entry('ru', 'stories', 'bekind-lessons');
    await page.goto(at(story));
    const button = page.locator('[data-offline-save]');
    await button.waitFor({ state: 'visible' });
    expect(await button.innerText()).toBe(dictionaries.ru['offline.save']);
    await button.click();
    await expect.poll(() => page.locator('[data-offline-status]').innerText()).toBe(dictionaries.ru['offline.done']);
    expect(await button.innerText()).toBe(dictionaries.ru['offline.remove']);

    await goOffline(context, true);
    await page.goto(at(story));
    expect(await h1(page)).toBe(titleOf(story));
    // The saved-pages page lists it, offline too; axe on it as the reader sees it.
    await page.goto(at(routes.saved('ru')));
    const item = page.locator('[data-kept-saved] a', { hasText: titleOf(story) });
    await item.waitFor();
    expect(await item.getAttribute('href')).toBe(story);
    expect(await axeViolations(page)).toEqual([]);

    await goOffline(context, false);
    await page.goto(at(routes.saved('ru')));
    const remove = page.locator('[data-kept-saved] li', { hasText: titleOf(story) }).locator('[data-kept-remove]');
    expect(await remove.innerText()).toContain(dictionaries.ru['saved.remove']);
    await remove.click();
    await expect.poll(() => page.locator('[data-kept-status]').innerText()).toBe(dictionaries.ru['offline.removed']);
    expect(await page.locator('[data-kept-saved] li').count()).toBe(0);
    expect(await page.locator('[data-kept-empty]').isVisible()).toBe(true);

    await goOffline(context, true);
    await page.goto(at(story));
    expect(await h1(page)).toBe(dictionaries.ru['offline.title']);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);

  it('hides the save button without JavaScript', async () => {
    const { context, page } = await open({ javaScriptEnabled: false });
    await page.goto(at(routes.entry('en', 'stories', 'bekind-lessons')));
    expect(await page.isVisible('[data-offline-save]')).toBe(false);
    await context.close();
  });
});

describe('search offline', () => {
  it('says it needs a connection, then works offline once the reader saves the index (its size shown first)', async () => {
    const { context, page, problems } = await open();
    await page.goto(at(routes.home('en')));
    await coreKept(page, 'en');
    await goOffline(context, true);
    const search = async (query: string) => {
      await page.goto(at(routes.home('en')));
      await page.click('[data-search-open]');
      await page.locator('dialog[open] [data-search-input]').fill(query);
    };
    await search('volunteer');
    await expect.poll(() => page.locator('dialog[open] [data-search-status]').innerText()).toBe(dictionaries.en['search.offline']);

    await goOffline(context, false);
    await page.goto(at(routes.saved('en')));
    const button = page.locator('[data-kept-search] button');
    await button.waitFor({ state: 'visible' });
    const size = Math.round((offlinePlan.search.en?.bytes ?? 0) / 1024);
    expect(await button.innerText()).toBe(dictionaries.en['saved.search.save'].replace('{size}', String(size)));
    await button.click();
    await expect.poll(() => page.locator('[data-kept-search] [role=status]').innerText(), { timeout: 20_000 }).toBe(dictionaries.en['saved.search.done']);
    expect(await axeViolations(page)).toEqual([]);

    await goOffline(context, true);
    await search('volunteer');
    await expect.poll(() => page.locator('dialog[open] [data-result-link]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    // The search page itself is kept with the index.
    await page.goto(at(`${routes.search('en')}?q=volunteer`));
    await expect.poll(() => page.locator('main [data-result-link]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await context.close();
  }, 90_000);
});

describe('a new deploy', () => {
  it('reaches the reader after one online visit: saved and core pages are refreshed, old caches deleted', async () => {
    const next = join(scratch, 'next');
    cpSync(resolve(distDir), next, { recursive: true });
    const story = routes.entry('es', 'stories', 'bekind-lessons');
    const join_ = routes.entry('es', 'programme', 'join');
    const change = (url: string, to: string) => {
      const file = join(next, url.slice(settings.base.length), 'index.html');
      const html = readFileSync(file, 'utf8').replace(`>${titleOf(url)}</h1>`, `>${to}</h1>`);
      expect(html, url).toContain(to);
      unlinkSync(file);
      writeFileSync(file, html);
    };
    change(story, 'Historia cambiada');
    change(join_, 'Únete (nueva versión)');
    const version = 'feedfacecafe';
    const sw = join(next, 'sw.js');
    writeFileSync(sw, readFileSync(sw, 'utf8').replaceAll(offlinePlan.version, version));

    const { context, page, problems } = await open();
    await page.goto(at(story));
    await coreKept(page, 'es');
    await page.locator('[data-offline-save]').click();
    await expect.poll(() => page.locator('[data-offline-status]').innerText()).toBe(dictionaries.es['offline.done']);

    // Deploy: the same origin now serves the new build.
    unlinkSync(live);
    symlinkSync(next, live);
    // One online visit (of any page): the browser finds the new worker, which refreshes what is kept.
    await page.goto(at(routes.home('es')));
    const refreshed = () =>
      page.evaluate(async (v) => {
        const keys = await caches.keys();
        if (!keys.includes(`offline-${v}-saved`) || !keys.every((k) => k.includes(v))) return false;
        // The core set of the new version is complete.
        return keys.includes(`offline-${v}-core-es`) && (await (await caches.open(`offline-${v}-core-es`)).keys()).length > 5;
      }, version);
    await expect.poll(refreshed, { timeout: 20_000, interval: 200 }).toBe(true);

    await goOffline(context, true);
    await page.goto(at(story));
    expect(await h1(page)).toBe('Historia cambiada');
    await page.goto(at(join_));
    expect(await h1(page)).toBe('Únete (nueva versión)');
    expect(problems).toEqual([]);
    await context.close();
    unlinkSync(live);
    symlinkSync(resolve(distDir), live);
  }, 90_000);
});
