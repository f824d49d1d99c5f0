import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { serveDist } from './server';
import { distDir, settings } from './dist';

/**
 * For one browser test file: serves the build on 127.0.0.1 and starts Chromium
 * before its tests, closes both after them.
 */
export function servedSite() {
  let server: Awaited<ReturnType<typeof serveDist>> | undefined;
  const site = {
    browser: undefined as unknown as Browser,
    origin: '',
    /** The address of a page, e.g. `site.url('kk/hubs/')`. */
    url: (path: string) => `${site.origin}${settings.base}${path}`,
  };
  beforeAll(async () => {
    server = await serveDist(distDir, settings.base);
    site.origin = server.origin;
    site.browser = await launchBrowser();
  });
  afterAll(async () => {
    await site.browser?.close();
    await server?.close();
  });
  return site;
}
