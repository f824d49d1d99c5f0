// The files a page loads, read from its HTML and scripts: for the build's offline plan (./plan.ts)
// and for the service worker when it keeps a page (src/scripts/service-worker.ts). No Node, no DOM.

/**
 * The same-origin files a page loads at once: module scripts, preloaded fonts, images, icons.
 * Fonts only when preloaded (the language's regular weight): the others are `display: optional`,
 * so the page reads well without them, and all eight would not fit the budget.
 * @example pageAssets('<script type="module" src="/_astro/a.js"></script>', '/') // ['/_astro/a.js']
 */
export function pageAssets(html: string, base: string): string[] {
  const found = new Set<string>();
  for (const m of html.matchAll(/<(script|img|source|link)\b([^>]*)>/g)) {
    const [, tag = '', attrs = ''] = m;
    const rel = /\srel="([^"]*)"/.exec(attrs)?.[1] ?? '';
    if (tag === 'link' && !/\b(preload|icon|modulepreload)\b/.test(rel)) continue;
    const url = /\s(?:src|href)="([^"]+)"/.exec(attrs)?.[1];
    if (url && url.startsWith(base) && !url.startsWith('//') && !url.endsWith('/')) found.add(url.split(/[?#]/)[0] ?? url);
  }
  return [...found];
}

/**
 * The modules a script imports at load (not those it imports on demand), as file names beside it.
 * @example staticImports('import{t as e}from"./locales.js";import"./b.js";import("./c.js")') // ['locales.js', 'b.js']
 */
export function staticImports(js: string): string[] {
  return [...js.matchAll(/(?:\bfrom|\bimport)\s*["'`]\.\/([^"'`]+)["'`]/g)].map((m) => m[1] ?? '');
}

