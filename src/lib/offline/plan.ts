/**
 * What the service worker keeps for offline reading, worked out from the build (pure but for
 * reading it): the core pages of each language with the files they load, the files of each
 * language's search index, their compressed sizes, and the build's version.
 * src/integrations/offline.ts writes it to offline.json at the end of the build; the service
 * worker (src/scripts/service-worker.ts) and the saved-pages page read it.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locale } from '../../i18n/locales';
import type { Routes } from '../../i18n/routing';
import { pageAssets, staticImports } from './assets';

/**
 * The pages of a language kept after one visit: the home page, how to join, the hubs (list,
 * map and the "use my location" finder), help about violence (the 111 box), the rights index,
 * and the two pages of offline reading itself.
 */
export function corePages(routes: Routes, lang: Locale): string[] {
  return [
    routes.home(lang),
    routes.entry(lang, 'programme', 'join'),
    routes.section(lang, 'hubs'),
    routes.entry(lang, 'rights', 'protection-from-violence'),
    routes.section(lang, 'rights'),
    routes.offline(lang),
    routes.saved(lang),
  ];
}

/** Most a language's core pages may weigh, brotli-compressed, with the files they load. */
export const CORE_BUDGET = 250 * 1024;

export interface OfflinePlan {
  /** Changes with every build whose files change: names the caches, so a deploy replaces them. */
  version: string;
  /** Per language: the core pages and the files they load (URL paths with the base). */
  core: Record<string, string[]>;
  /** Per language: brotli bytes of its core set. */
  coreBytes: Record<string, number>;
  /** Per language: the search index files (Pagefind's and ours) and their brotli bytes. */
  search: Record<string, { files: string[]; bytes: number }>;
}

/** A URL path of the build, as a file of the build folder. */
export function fileOf(url: string, base: string): string {
  const rel = url.slice(base.length);
  return rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
}

/** A page (or a script) and every file it loads at once, its scripts' imports included. */
export function withAssets(outDir: string, base: string, start: string): string[] {
  const urls = new Set<string>();
  const queue = [start];
  while (queue.length) {
    const url = queue.shift() ?? '';
    if (urls.has(url)) continue;
    urls.add(url);
    const text = () => readFileSync(join(outDir, fileOf(url, base)), 'utf8');
    if (url.endsWith('/')) queue.push(...pageAssets(text(), base));
    else if (/\.m?js$/.test(url)) {
      const dir = url.slice(0, url.lastIndexOf('/') + 1);
      queue.push(...staticImports(text()).map((name) => dir + name));
    }
  }
  return [...urls];
}

/**
 * The files a language's search needs offline: Pagefind's loader (not its worker: the search runs
 * on the page, src/scripts/search-ui.ts), its entry and the language's metadata, WebAssembly,
 * index, filters and fragments, and our word list with its buckets (src/lib/search/word-buckets.ts).
 * Every file must exist: a missing one is a Pagefind layout this code does not know.
 */
export function searchFiles(files: string[], lang: Locale, wasm: string | null): string[] {
  const own = (dir: string) => files.filter((f) => f.startsWith(`pagefind/${dir}/${lang}_`));
  const meta = files.find((f) => new RegExp(`^pagefind/pagefind\\.${lang}_[0-9a-f]+\\.pf_meta$`).test(f));
  const fixed = ['pagefind/pagefind.js', 'pagefind/pagefind-entry.json', `pagefind/wasm.${wasm ?? 'unknown'}.pagefind`, `pagefind/words.${lang}.json`];
  const missing = fixed.filter((f) => !files.includes(f));
  if (!meta || missing.length) throw new Error(`offline search for ${lang}: no ${[...missing, ...(meta ? [] : ['pf_meta'])].join(', ')} in pagefind/`);
  return [...fixed, meta, ...own('index'), ...own('filter'), ...own('fragment'), ...own('words')];
}

/**
 * The build's version: a hash of every file's path and bytes, and of `also` (the service worker's
 * source), so the same build gives the same version and any change a new one.
 */
export function buildVersion(outDir: string, files: string[], also = ''): string {
  const hash = createHash('sha256').update(also);
  for (const f of files) hash.update(f).update('\0').update(readFileSync(join(outDir, f)));
  return hash.digest('hex').slice(0, 12);
}
