import type { BrowserContext, Page } from 'playwright-core';

/** The one thing the site may store: the language chosen at `/` (src/scripts/language-choice.ts). */
export const allowedStorage = ['localStorage: preferred-language'];

/**
 * The Cache Storage the site may fill without being asked: the core pages of a language kept
 * after a visit (src/lib/offline/plan.ts), under this build's version. Cache name → the URL paths
 * it may hold. Pages and search indexes the reader saves are not in it: the sweep saves nothing.
 */
export function coreCaches(plan: { version: string; core: Record<string, string[]> }): Record<string, string[]> {
  return Object.fromEntries(Object.entries(plan.core).map(([lang, urls]) => [`offline-${plan.version}-core-${lang}`, urls]));
}

/** Cookies and storage the page has left behind, besides the one allowed key and the allowed caches. */
export async function leftovers(page: Page, context: BrowserContext, allowedCaches: Record<string, string[]> = {}): Promise<string[]> {
  const inPage = await page.evaluate(async (allowed) => {
    const found: string[] = [];
    if (document.cookie) found.push(`document.cookie: ${document.cookie}`);
    for (const [name, store] of [['localStorage', localStorage], ['sessionStorage', sessionStorage]] as const) {
      for (let i = 0; i < store.length; i++) found.push(`${name}: ${store.key(i)}`);
    }
    for (const db of (await indexedDB.databases?.()) ?? []) found.push(`indexedDB: ${db.name}`);
    if ('caches' in window) {
      for (const key of await caches.keys()) {
        const may = allowed[key];
        if (!may) found.push(`CacheStorage: ${key}`);
        else for (const request of await (await caches.open(key)).keys()) {
          const path = new URL(request.url).pathname;
          if (!may.includes(path)) found.push(`CacheStorage: ${key} holds ${path}`);
        }
      }
    }
    return found;
  }, allowedCaches);
  const cookies = (await context.cookies()).map((c) => `cookie: ${c.name}`);
  return [...inPage, ...cookies].filter((item) => !allowedStorage.includes(item));
}
