import type { BrowserContext, Page } from 'playwright-core';

/** The one thing the site may store: the language chosen at `/` (src/scripts/language-choice.ts). */
export const allowedStorage = ['localStorage: preferred-language'];

/** Cookies and storage the page has left behind, besides the one allowed key. */
export async function leftovers(page: Page, context: BrowserContext): Promise<string[]> {
  const inPage = await page.evaluate(async () => {
    const found: string[] = [];
    if (document.cookie) found.push(`document.cookie: ${document.cookie}`);
    for (const [name, store] of [['localStorage', localStorage], ['sessionStorage', sessionStorage]] as const) {
      for (let i = 0; i < store.length; i++) found.push(`${name}: ${store.key(i)}`);
    }
    for (const db of (await indexedDB.databases?.()) ?? []) found.push(`indexedDB: ${db.name}`);
    if ('caches' in window) for (const key of await caches.keys()) found.push(`CacheStorage: ${key}`);
    return found;
  });
  const cookies = (await context.cookies()).map((c) => `cookie: ${c.name}`);
  return [...inPage, ...cookies].filter((item) => !allowedStorage.includes(item));
}
