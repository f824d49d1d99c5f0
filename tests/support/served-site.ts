import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
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
    /**
     * A fresh context (no cache, no storage) without the service worker: it would keep a
     * language's core pages on every first visit, work these tests don't check. The page sweep
     * and offline.test.ts run with it.
     */
    newContext: (options: BrowserContextOptions = {}): Promise<BrowserContext> => site.browser.newContext({ serviceWorkers: 'block', ...options }),
    /** A page in a fresh context of its own (see newContext); closing the page closes the context. */
    newPage: async (options: BrowserContextOptions = {}): Promise<Page> => {
      const context = await site.newContext(options);
      const page = await context.newPage();
      page.on('close', () => void context.close());
      return page;
    },
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
