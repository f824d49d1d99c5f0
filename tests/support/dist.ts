import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { siteSettings } from '../../src/lib/settings';
import { filesUnder } from '../../src/lib/files';

/** The build under test: `DIST_DIR` (default dist/) built with the same SITE_URL and BASE_PATH. */
export const settings = siteSettings(process.env);
export const distDir = process.env.DIST_DIR ?? 'dist';

if (!existsSync(join(distDir, 'index.html'))) {
  throw new Error(`No built site in ${distDir}/: run "npm run build" first (npm test does).`);
}

export const distFiles = filesUnder(distDir);

/** URL path (with base) of a built HTML file. */
export function urlOf(file: string): string {
  return settings.base + file.replace(/(^|\/)index\.html$/, '$1');
}

/**
 * Every HTML page of the build, parsed once per test worker (the site and browser projects don't
 * isolate files, so every file shares this): tests read these documents and never change them.
 */
export const pages: { url: string; file: string; doc: HTMLElement }[] = distFiles
  .filter((f) => f.endsWith('.html'))
  .map((file) => ({ url: urlOf(file), file, doc: parse(readFileSync(join(distDir, file), 'utf8')) }));

/** The text a reader sees in a page's body: without scripts and styles (the page is left as is). */
export function bodyText(doc: HTMLElement): string {
  const body = parse(doc.querySelector('body')?.toString() ?? '');
  body.querySelectorAll('script, style').forEach((el) => el.remove());
  return body.text;
}

export const pageByUrl = new Map(pages.map((p) => [p.url, p]));

/** Does a site path (with base, no origin) resolve to a built file? */
export function resolves(path: string): boolean {
  const clean = decodeURI(path.split(/[?#]/)[0] ?? '');
  if (!clean.startsWith(settings.base)) return false;
  const rel = clean.slice(settings.base.length);
  const candidates = rel === '' || rel.endsWith('/') ? [`${rel}index.html`] : [rel, `${rel}/index.html`];
  return candidates.some((c) => existsSync(join(distDir, c)) && statSync(join(distDir, c)).isFile());
}

/** Turns an absolute URL on our site into a path, or undefined for other origins. */
export function sitePath(href: string): string | undefined {
  const url = new URL(href, settings.site);
  return url.origin === new URL(settings.site).origin ? url.pathname : undefined;
}

/** The URLs listed in the sitemap, as paths. */
export function sitemapUrls(): string[] {
  return distFiles
    .filter((f) => /^sitemap-\d+\.xml$/.test(f))
    .flatMap((f) => [...readFileSync(join(distDir, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)])
    .map((m) => sitePath(m[1] ?? '') ?? '');
}

/** What the service worker keeps for offline reading (offline.json, src/lib/offline/plan.ts). */
export const offlinePlan = JSON.parse(readFileSync(join(distDir, 'offline.json'), 'utf8')) as import('../../src/lib/offline/plan').OfflinePlan;
