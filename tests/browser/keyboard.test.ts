// What a keyboard user and a first-time visitor do: skip link, language links, the language chooser.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { servedSite } from '../support/served-site';

const site = servedSite();

async function tabTo(page: Page, matches: (el: { text: string; href: string | null }) => boolean, limit = 40) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const el = await page.evaluate(() => ({
      text: document.activeElement?.textContent?.trim() ?? '',
      href: document.activeElement?.getAttribute('href') ?? null,
    }));
    if (matches(el)) return el;
  }
  throw new Error('element not reached with Tab');
}

describe('keyboard', () => {
  it('reaches the skip link first, and it moves focus to the main content', async () => {
    const page = await site.newPage();
    await page.goto(site.url('kk/programme/bekind/'));
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => document.activeElement?.textContent?.trim());
    expect(first).toBe('Негізгі мазмұнға өту');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });

  it('switches to the same page in another language with the language links', async () => {
    const page = await site.newPage();
    await page.goto(site.url('en/programme/bekind/'));
    await tabTo(page, (el) => el.text === 'Русский');
    await Promise.all([page.waitForURL(/\/ru\/programme\/bekind\/$/), page.keyboard.press('Enter')]);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
    await page.close();
  });
});

describe('language chooser at /', () => {
  it('offers the four languages as plain links without JavaScript', async () => {
    const context = await site.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url(''));
    const links = await page.$$eval('[data-language-choice] a', (as) => as.map((a) => a.getAttribute('hreflang')));
    expect(links).toEqual(['en', 'es', 'kk', 'ru']);
    await context.close();
  });

  it('suggests the browser’s language, then remembers the reader’s choice', async () => {
    const context = await site.newContext({ locale: 'ru-RU' });
    const page = await context.newPage();
    await page.goto(site.url(''));
    const first = () => page.$eval('[data-language-choice] li:first-child a', (a) => a.getAttribute('hreflang'));
    expect(await first()).toBe('ru');
    expect(await page.isVisible('[data-language-choice] li:first-child [data-suggested]')).toBe(true);
    await Promise.all([page.waitForURL(/\/kk\/$/), page.click('a[hreflang="kk"]')]);
    await page.goto(site.url(''));
    expect(await first()).toBe('kk');
    await context.close();
  });
});
