// The copy-link button copies the story's address; it is hidden when JavaScript is off.
import { describe, expect, it } from 'vitest';
import { servedSite } from '../support/served-site';
import { settings } from '../support/dist';

const site = servedSite();

describe('share box', () => {
  it('copies the page address and says so, in the reader’s language', async () => {
    const context = await site.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    const page = await context.newPage();
    await page.goto(`${site.origin}${settings.base}ru/stories/bekind-lessons/`);
    const button = page.locator('[data-copy]');
    await button.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('[data-copied-message]')?.textContent !== '');
    expect(await page.textContent('[data-copied-message]')).toBe('Ссылка скопирована');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await page.getAttribute('[data-share]', 'data-url'));
    expect(copied).toMatch(/\/ru\/stories\/bekind-lessons\/$/);
    await context.close();
  });

  it('hides the copy button without JavaScript but keeps the network links', async () => {
    const context = await site.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}${settings.base}kk/stories/bekind-lessons/`);
    expect(await page.isVisible('[data-copy]')).toBe(false);
    expect(await page.locator('[data-share] a[data-network]').count()).toBe(5);
    await context.close();
  });
});
