// Site search in a real Chromium, under the site's CSP: a query in each language finds that
// language's page, the dialog works from the keyboard, and axe finds nothing in the open dialog.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { servedSite } from '../support/served-site';
import { settings } from '../support/dist';
import { axeViolations } from '../support/axe';
import { dictionaries, fill } from '../../src/i18n';

const site = servedSite();

/** Types a query into the open dialog and returns the result links and the status line. */
async function searchInDialog(page: Page, query: string) {
  const input = page.locator('dialog[open] [data-search-input]');
  await input.fill(query);
  await page.waitForFunction((q) => document.querySelector<HTMLElement>('dialog[open] [data-search-panel]')?.dataset.searchDone === q, query);
  return {
    links: await page.$$eval('dialog[open] [data-result-link]', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)),
    status: (await page.textContent('dialog[open] [data-search-status]'))?.trim() ?? '',
  };
}

const cases = [
  { lang: 'en', query: 'right to health', page: 'en/rights/health/' },
  { lang: 'es', query: 'derecho a la salud', page: 'es/rights/health/' },
  { lang: 'ru', query: 'право на здоровье', page: 'ru/rights/health/' },
  // Kazakh: an inflected form, and the same words typed on a Russian keyboard.
  { lang: 'kk', query: 'денсаулығы', page: 'kk/rights/health/' },
  { lang: 'kk', query: 'денсаулыгы', page: 'kk/rights/health/' },
  { lang: 'kk', query: 'мектептерде буллинг', page: 'kk/programme/bekind/' },
] as const;

describe('search finds pages in the reader’s language', () => {
  for (const c of cases) {
    it(`${c.lang}: “${c.query}” → /${c.page}`, async () => {
      const page = await site.newPage();
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.goto(site.url(`${c.lang}/`));
      await page.click('[data-search-open]');
      const { links, status } = await searchInDialog(page, c.query);
      expect(links.slice(0, 3)).toContain(`${settings.base}${c.page}`);
      // Only the reader's language, and a translated count.
      expect(links.every((l) => l.startsWith(`${settings.base}${c.lang}/`))).toBe(true);
      expect(status).toMatch(/\d/);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('counts results with the Russian plural forms', async () => {
    const page = await site.newPage();
    await page.goto(site.url('ru/'));
    await page.click('[data-search-open]');
    const { links, status } = await searchInDialog(page, 'Миронюк');
    const n = Number(status.match(/\d+/)?.[0]);
    const form = new Intl.PluralRules('ru').select(n);
    expect(status).toMatch({ one: /^Найдена \d+ страница$/, few: /^Найдено \d+ страницы$/, many: /^Найдено \d+ страниц$/ }[form as 'one'] ?? /./);
    expect(links.length).toBeGreaterThan(0);
    await page.close();
  });

  it('corrects a one-letter typo and says so in the reader’s language', async () => {
    const page = await site.newPage();
    await page.goto(site.url('kk/'));
    await page.click('[data-search-open]');
    const { links, status } = await searchInDialog(page, 'Шымкнет');
    expect(links.slice(0, 3)).toContain(`${settings.base}kk/hubs/shymkent/`);
    expect(status).toContain(fill(dictionaries.kk['search.corrected'], { q: 'шымкентте' }));
    await page.close();
  });

  it('fetches only the word-list buckets of the typed words, and still corrects a typo', async () => {
    const page = await site.newPage();
    const words: string[] = [];
    page.on('request', (r) => r.url().includes('/pagefind/words') && words.push(new URL(r.url()).pathname));
    await page.goto(site.url('en/'));
    await page.click('[data-search-open]');
    const { links, status } = await searchInDialog(page, 'helth');
    expect(links.slice(0, 3)).toContain(`${settings.base}en/rights/health/`);
    expect(status).toContain(fill(dictionaries.en['search.corrected'], { q: 'health' }));
    // The list of buckets and the one "he…" falls into: never a language's whole word list.
    expect(words).toEqual([`${settings.base}pagefind/words.en.json`, expect.stringMatching(new RegExp(`^${settings.base}pagefind/words/en_[0-9a-f]{10}/68-65\\.json$`))]);
    await page.close();
  });

  it('answers a question by what it asks about, not by its "what is" (stop words)', async () => {
    const page = await site.newPage();
    await page.goto(site.url('en/'));
    await page.click('[data-search-open]');
    const { links } = await searchInDialog(page, 'what is the Convention on the Rights of the Child');
    expect(links[0]).toBe(`${settings.base}en/rights/convention/`);
    await page.close();
  });

  it('shows five results, then five more at a time with "Show more results", until the count is reached', async () => {
    const page = await site.newPage();
    await page.goto(site.url('ru/'));
    await page.click('[data-search-open]');
    const { links, status } = await searchInDialog(page, 'ЮНИСЕФ');
    const total = Number(status.match(/\d+/)?.[0]);
    expect(total, 'a query with more than two batches of results').toBeGreaterThan(10);
    expect(links).toHaveLength(5);
    const more = page.locator('dialog[open] [data-search-more]');
    expect(await more.textContent()).toBe(dictionaries.ru['search.more']);
    let shown = links.length;
    while (shown < total) {
      expect(await more.isVisible(), `the button while ${shown} of ${total} are shown`).toBe(true);
      // The first time a double click, as an impatient reader does: still five more, not ten.
      if (shown === 5) await more.dblclick();
      else await more.press('Enter');
      await page.waitForFunction((n) => document.querySelectorAll('dialog[open] [data-result-link]').length > n, shown);
      await page.waitForLoadState('networkidle');
      const now = await page.$$eval('dialog[open] [data-result-link]', (as) => as.map((a) => a.getAttribute('href')));
      expect(now.length).toBe(Math.min(shown + 5, total));
      // Focus moves to the first new result; no page is listed twice.
      expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(now[shown]);
      expect(new Set(now).size).toBe(now.length);
      shown = now.length;
    }
    expect(await more.isVisible(), 'the button once every result is shown').toBe(false);
    // A new query starts again from five.
    expect((await searchInDialog(page, 'волонтёры')).links.length).toBeLessThanOrEqual(5);
    await page.close();
  });

  it('filters by section and by hub', async () => {
    const page = await site.newPage();
    await page.goto(site.url('en/'));
    await page.click('[data-search-open]');
    await page.selectOption('dialog [data-search-filter="section"]', 'stories');
    let { links } = await searchInDialog(page, 'UNICEF');
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((l) => l.startsWith(`${settings.base}en/stories/`))).toBe(true);
    await page.selectOption('dialog [data-search-filter="section"]', '');
    await page.selectOption('dialog [data-search-filter="hub"]', 'Aktau');
    ({ links } = await searchInDialog(page, 'hub'));
    expect(links).toContain(`${settings.base}en/hubs/aktau/`);
    expect(links).not.toContain(`${settings.base}en/hubs/semey/`);
    await page.close();
  });
});

describe('search dialog and keyboard', () => {
  it('opens with "/", focuses the field, closes with Escape and returns focus to the button', async () => {
    const page = await site.newPage();
    await page.goto(site.url('kk/programme/bekind/'));
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.querySelector('dialog')?.open)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-search-input'))).toBe(true);
    await page.keyboard.type('хаб');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('dialog [data-search-panel]')?.dataset.searchDone === 'хаб');
    // Tab reaches a result link inside the dialog (focus stays in the modal).
    let onResult = false;
    for (let i = 0; i < 8 && !onResult; i++) {
      await page.keyboard.press('Tab');
      onResult = await page.evaluate(() => document.activeElement?.hasAttribute('data-result-link') ?? false);
    }
    expect(onResult).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.querySelector('dialog')?.open)).toBe(false);
    await page.waitForFunction(() => document.activeElement?.hasAttribute('data-search-open'));
    // Escape also closes it straight from the search field, with text in it.
    await page.keyboard.press('/');
    await page.keyboard.type('хаб');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.querySelector('dialog')?.open)).toBe(false);
    await page.waitForFunction(() => document.activeElement?.hasAttribute('data-search-open'));
    await page.close();
  });

  it('opens with Ctrl+K and with the header button from the keyboard', async () => {
    const page = await site.newPage();
    await page.goto(site.url('en/'));
    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.querySelector('dialog')?.open)).toBe(true);
    await page.click('[data-search-close]');
    expect(await page.evaluate(() => document.querySelector('dialog')?.open)).toBe(false);
    await page.focus('[data-search-open]');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.querySelector('dialog')?.open)).toBe(true);
    await page.close();
  });

  it('loads no Pagefind file until search is opened', async () => {
    const page = await site.newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(site.url('ru/'));
    await page.waitForLoadState('networkidle');
    expect(requested.filter((r) => r.includes('/pagefind/'))).toEqual([]);
    await page.click('[data-search-open]');
    await searchInDialog(page, 'хаб');
    expect(requested.some((r) => r.endsWith('/pagefind/pagefind.js'))).toBe(true);
    // The search runs on the page: Pagefind's worker is neither fetched nor deployed (nor kept offline).
    expect(requested.filter((r) => r.includes('pagefind-worker'))).toEqual([]);
    await page.close();
  });

  it('without JavaScript, the header link leads to the list of all pages', async () => {
    const context = await site.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url('kk/'));
    await Promise.all([page.waitForURL(/\/kk\/search\/$/), page.click('[data-search-link]')]);
    expect(await page.locator('main a').count()).toBeGreaterThan(20);
    // The form submits to the same list of every page, so nobody is stuck.
    await page.fill('main [data-search-input]', 'мектеп');
    await Promise.all([page.waitForURL(/\/kk\/search\/\?q=/), page.press('main [data-search-input]', 'Enter')]);
    expect(await page.locator('main a').count()).toBeGreaterThan(20);
    await context.close();
  });

  it('searches on the search page itself, from ?q=', async () => {
    const page = await site.newPage();
    await page.goto(site.url('es/search/?q=salud'));
    await page.waitForFunction(() => document.querySelector<HTMLElement>('main [data-search-panel]')?.dataset.searchDone === 'salud');
    const links = await page.$$eval('main [data-result-link]', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links.slice(0, 3)).toContain(`${settings.base}es/rights/health/`);
    await page.close();
  });
});

describe('accessibility of the open dialog (axe-core, WCAG 2.2 AA)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`finds no violation with results shown, ${scheme} mode`, async () => {
      const context = await site.newContext({ colorScheme: scheme });
      const page = await context.newPage();
      await page.goto(site.url('kk/'));
      await page.click('[data-search-open]');
      await searchInDialog(page, 'мектеп');
      expect(await page.isVisible('dialog[open] [data-search-more]'), 'checked with the "Show more results" button shown').toBe(true);
      const found = await axeViolations(page, { include: 'dialog[open]' });
      expect(found).toEqual([]);
      await context.close();
    });
  }
});
