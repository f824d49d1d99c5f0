/// <reference lib="webworker" />
/**
 * The service worker (built to <base>sw.js by src/integrations/offline.ts, ≤ 5 KB brotli).
 * Pages: network first, so a reader online always gets the current page; the kept copy when the
 * network fails; else the offline page of the page's language. Files: the kept copy, else the
 * network. Nothing is kept but what a page asks for (src/scripts/offline.ts): its language's core
 * pages after a visit (unless Save-Data), the pages and search index the reader saves.
 * Caches are named by the build's version; a new version refreshes what the reader saved and
 * deletes the old caches. Everything stays on the device: it only fetches this site's own files.
 */
declare const self: ServiceWorkerGlobalScope;
/** The build's version (src/lib/offline/plan.ts `buildVersion`), set when the worker is built. */
declare const VERSION: string;
/** Per language, the offline page's title (src/i18n), set when the worker is built. */
declare const OFFLINE_TITLE: Record<string, string>;
import { pageAssets } from '../lib/offline/assets';
import { routesFor } from '../i18n/routing';
import type { Locale } from '../i18n/locales';

interface Plan {
  core: Record<string, string[]>;
  search: Record<string, { files: string[] }>;
}

const PREFIX = 'offline-';
const cacheName = (kind: string) => `${PREFIX}${VERSION}-${kind}`;
const SAVED = cacheName('saved');
// The worker's scope is the site's base path: the routes of the site under it.
const base = new URL(self.registration.scope).pathname;
const routes = routesFor(base);
const langOf = (path: string) => routes.split(path).locale;

let plan: Promise<Plan> | undefined;
const readPlan = () =>
  (plan ??= fetch(routes.offlinePlan(), { cache: 'no-cache' }).then((r) => {
    if (!r.ok) throw new Error('no offline plan');
    return r.json() as Promise<Plan>;
  })).catch((error: unknown) => {
    plan = undefined;
    throw error;
  });

/** Our caches of this version. */
const current = async () => (await caches.keys()).filter((key) => key.startsWith(cacheName('')));

/** A request that asks the server, not the HTTP cache: what is kept is the deployed file. */
const fresh = (url: string) => new Request(url, { cache: 'no-cache' });

/** Puts a fresh copy of each URL into the cache; a URL that fails keeps nothing. */
async function keep(cache: Cache, urls: string[]) {
  await Promise.all(urls.map((url) => cache.add(fresh(url)).catch(() => undefined)));
}

/** Saves pages with the files they load, and the offline and saved-pages pages of their language. */
async function save(pages: string[], assets: string[] = []) {
  const cache = await caches.open(SAVED);
  const extra = new Set(assets);
  for (const page of pages) {
    const response = await fetch(fresh(page));
    if (!response.ok) throw new Error(`${page}: ${response.status}`);
    await cache.put(page, response.clone());
    for (const url of pageAssets(await response.text(), base)) extra.add(url);
    const lang = langOf(new URL(page, location.href).pathname);
    if (lang) for (const url of [routes.offline(lang), routes.saved(lang)]) if (!pages.includes(url)) extra.add(url);
  }
  // Files another cache of this version keeps already are not kept twice (not the old version's:
  // during an update they are about to go).
  const kept = async (url: string) => {
    for (const key of await current()) if (await (await caches.open(key)).match(url)) return true;
    return false;
  };
  const missing: string[] = [];
  for (const url of extra) if (!(await kept(url))) missing.push(url);
  await keep(cache, missing);
}

async function saveCore(lang: Locale) {
  const name = cacheName(`core-${lang}`);
  if (await caches.has(name)) return;
  const files = (await readPlan()).core[lang];
  if (!files) return;
  try {
    await (await caches.open(name)).addAll(files.map(fresh));
  } catch (error) {
    // addAll keeps nothing when a file fails: no half-kept set that looks complete.
    await caches.delete(name);
    throw error;
  }
}

async function saveSearch(lang: Locale) {
  const files = (await readPlan()).search[lang]?.files;
  if (!files) throw new Error(`no search index for ${lang}`);
  const name = cacheName(`search-${lang}`);
  try {
    await (await caches.open(name)).addAll(files.map(fresh));
  } catch (error) {
    await caches.delete(name);
    throw error;
  }
}

/** The pages the reader saved, and the core pages kept after a visit. */
async function list() {
  const saved: string[] = [];
  const core: string[] = [];
  for (const key of await current()) {
    const pages = (await (await caches.open(key)).keys()).map((r) => new URL(r.url).pathname).filter((p) => p.endsWith('/'));
    (key === SAVED ? saved : core).push(...pages);
  }
  const search = (await current()).filter((key) => key.startsWith(cacheName('search-'))).map((key) => key.slice(cacheName('search-').length));
  return { saved, core, search };
}

async function handle(data: { type?: string; lang?: Locale; url?: string; assets?: string[] }) {
  const { type, lang = 'en', url = '' } = data;
  if (type === 'core') return saveCore(lang);
  if (type === 'save') return save([url], data.assets);
  if (type === 'remove') return (await caches.open(SAVED)).delete(url);
  if (type === 'search') return saveSearch(lang);
  if (type === 'unsearch') return caches.delete(cacheName(`search-${lang}`));
  return list();
}

self.addEventListener('message', (event) => {
  const port = event.ports[0];
  const job = handle(event.data ?? {}).then(
    (result) => port?.postMessage({ ok: true, result }),
    () => port?.postMessage({ ok: false }),
  );
  event.waitUntil(job);
});

self.addEventListener('install', () => void self.skipWaiting());

/** A new version: what was kept is fetched again (the current text), then the old caches go. */
async function update() {
  const old = (await caches.keys()).filter((key) => key.startsWith(PREFIX) && !key.startsWith(cacheName('')));
  for (const key of old) {
    const kind = key.slice(key.indexOf('-', PREFIX.length) + 1);
    try {
      if (kind === 'saved') {
        const pages = (await (await caches.open(key)).keys()).map((r) => new URL(r.url).pathname).filter((p) => p.endsWith('/'));
        for (const page of pages) await save([page]).catch(() => undefined);
      } else if (kind.startsWith('search-')) await saveSearch(kind.slice('search-'.length) as Locale);
      else if (kind.startsWith('core-')) await saveCore(kind.slice('core-'.length) as Locale);
    } catch {
      // Offline or gone: the old copy is deleted rather than served stale forever.
    }
    await caches.delete(key);
  }
}

self.addEventListener('activate', (event) => event.waitUntil(update().then(() => self.clients.claim())));

/**
 * Offline with nothing kept for this address: the offline page of its language, else of the
 * language the reader keeps pages in, else (nothing kept at all, as with Save-Data) a line of text.
 */
async function offline(path: string): Promise<Response> {
  const lang = langOf(path);
  const own = lang ? await caches.match(routes.offline(lang)) : undefined;
  if (own) return own;
  for (const key of await current()) {
    const any = (await (await caches.open(key)).keys()).find((r) => {
      const path = new URL(r.url).pathname;
      const lang = langOf(path);
      return lang && path === routes.offline(lang);
    });
    if (any) return (await caches.match(any)) as Response;
  }
  // Nothing kept (as with Save-Data): the offline page's title, in the address's language.
  const title = OFFLINE_TITLE[lang ?? ''] ?? OFFLINE_TITLE.en ?? 'Offline';
  return new Response(`<!doctype html><html lang="${lang ?? 'en'}"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${title}</title><h1>${title}</h1>`, {
    status: 503,
    headers: { 'content-type': 'text/html; charset=utf-8' },
  });
}

async function navigate(request: Request, path: string): Promise<Response> {
  try {
    // The network, not the HTTP cache: online, the reader gets the deployed page; offline, what is kept.
    const response = await fetch(request.url, { cache: 'no-cache', credentials: 'same-origin' });
    if (response.ok && !response.redirected) {
      // A kept page is replaced by what the reader just got: nothing stays stale.
      for (const key of await current()) {
        const cache = await caches.open(key);
        if (await cache.match(path)) await cache.put(path, response.clone());
      }
    }
    return response;
  } catch {
    return (await caches.match(path)) ?? offline(path);
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== location.origin || !url.pathname.startsWith(base)) return;
  if (request.mode === 'navigate') return event.respondWith(navigate(request, url.pathname));
  // Pagefind adds ?ts= to some requests: a kept file matches without its query.
  event.respondWith(caches.match(request, { ignoreSearch: true }).then((kept) => kept ?? fetch(request)));
});
