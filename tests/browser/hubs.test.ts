// The nearest-hub finder in Chromium: "use my location" with a mocked position,
// a refusal, and the plain links without JavaScript. The position never leaves the page.
import { describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { servedSite } from '../support/served-site';
import { settings } from '../support/dist';
import { dictionaries, fill } from '../../src/i18n';

const site = servedSite();

/** Every request the page makes, to prove the position is not sent anywhere. */
function recordRequests(context: BrowserContext) {
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  return requests;
}

describe('use my location (JavaScript)', () => {
  it('finds the nearest hub from a mocked position, in the page language, without sending it anywhere', async () => {
    // Pavlodar: the nearest hub is Semey.
    const context = await site.newContext({ geolocation: { latitude: 52.2873, longitude: 76.9674 }, permissions: ['geolocation'] });
    const requests = recordRequests(context);
    const page = await context.newPage();
    await page.goto(site.url('en/hubs/'));
    const button = page.getByRole('button', { name: 'Use my location' });
    await expect(button.isVisible()).resolves.toBe(true);
    // No service worker here (site.newContext): every request after the click is one the click caused.
    const before = requests.length;
    await button.click();
    const status = page.getByRole('status');
    await status.getByText(/^The nearest hub to you is in Semey, about \d+ km away in a straight line\.$/).waitFor();
    expect(await status.getByRole('link').getAttribute('href')).toBe(`${settings.base}en/hubs/semey/`);
    expect(requests.slice(before)).toEqual([]);
    await context.close();
  });

  it('answers in Kazakh on the Kazakh page, and the result link leads to the hub', async () => {
    // Central Almaty.
    const context = await site.newContext({ geolocation: { latitude: 43.25, longitude: 76.92 }, permissions: ['geolocation'] });
    const page = await context.newPage();
    await page.goto(site.url('kk/hubs/'));
    const kk = dictionaries.kk;
    await page.getByRole('button', { name: kk['hubs.finder.locate'] }).click();
    const status = page.getByRole('status');
    // The sentence from the Kazakh dictionary, with any whole number of kilometres.
    const km = fill(kk['hubs.distance'], { km: '\u0000' });
    const sentence = fill(kk['hubs.finder.result'], { city: 'Алматы', distance: km }).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    await status.getByText(new RegExp(`^${sentence.replace('\u0000', '\\d+')}$`)).waitFor();
    await Promise.all([page.waitForURL(/\/kk\/hubs\/almaty\/$/), status.getByRole('link').click()]);
    await context.close();
  });

  it('says clearly when the reader refuses to share their location', async () => {
    const context = await site.newContext();
    await context.setGeolocation({ latitude: 51.17, longitude: 71.45 });
    const page = await context.newPage();
    await page.goto(site.url('ru/hubs/'));
    // No permission granted: Chromium refuses, as a reader clicking "Block" would.
    await page.getByRole('button', { name: 'Определить мое местоположение' }).click();
    await page.getByRole('status').getByText('Вы не разрешили доступ к местоположению, поэтому расстояние не измерено. Выберите свою область из списка.').waitFor();
    await context.close();
  });

  it('says so when the position cannot be found', async () => {
    const context = await site.newContext();
    // A browser that has geolocation but cannot get a fix (no signal).
    await context.addInitScript(() => {
      navigator.geolocation.getCurrentPosition = (_ok, fail) =>
        fail?.({ code: 2, message: 'unavailable', PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3 } as GeolocationPositionError);
    });
    const page = await context.newPage();
    await page.goto(site.url('es/hubs/'));
    await page.getByRole('button', { name: 'Usar mi ubicación' }).click();
    await page.getByRole('status').getByText('No se ha podido determinar tu ubicación. Elige tu región en la lista.').waitFor();
    await context.close();
  });
});

describe('without JavaScript', () => {
  it('hides the location button and leads from a region to its nearest hub with plain links', async () => {
    const context = await site.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url('en/hubs/'));
    expect(await page.getByRole('button', { name: 'Use my location' }).count()).toBe(0);
    await Promise.all([page.waitForURL(/\/en\/hubs\/near\/pavlodar\/$/), page.getByRole('link', { name: 'Pavlodar region', exact: true }).click()]);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Pavlodar region: the nearest hub');
    await Promise.all([page.waitForURL(/\/en\/hubs\/semey\/$/), page.getByRole('link', { name: 'UNICEF Volunteer Hub in Semey' }).first().click()]);
    await context.close();
  });
});
