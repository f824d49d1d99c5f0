// What a first visit to a built page downloads, by kind: shared by the budget tests
// (tests/site/budgets.test.ts) and the benchmarks (bench/*.mjs import it; Node runs TypeScript).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

/** Brotli size at the quality static hosts and CDNs precompress with. */
export const brotli = (buf: Buffer | string): number =>
  brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

export const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;

export interface Script {
  /** The file (`/_astro/…`) or `inline`. */
  src: string;
  bytes: number;
  br: number;
}

export interface PageWeight {
  /** The HTML document, its inline `<style>` and `<script>` included. */
  html: number;
  htmlBr: number;
  /** Linked stylesheets. */
  css: number;
  cssBr: number;
  /** Every script, inline ones included (also counted in `html`): what a feature costs. */
  js: number;
  jsBr: number;
  /** Each script the page runs on load, with the modules it imports statically. */
  scripts: Script[];
}

/** A site path (`/base/_astro/x.js`) to the file in the build, or undefined for other origins. */
function fileOf(dist: string, base: string, url: string): string | undefined {
  if (!url.startsWith(base)) return undefined;
  const file = join(dist, url.slice(base.length).split(/[?#]/)[0] ?? '');
  return existsSync(file) ? file : undefined;
}

/** Static imports of a built module (`import"./x.js"`, `import{a}from"./x.js"`), not `import()`: those load later. */
function staticImports(code: string): string[] {
  return [...code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)].map((m) => m[1] ?? '');
}

/** A module and everything it imports statically, each file once. */
function moduleBytes(dist: string, base: string, url: string, seen: Set<string>): Buffer[] {
  const file = fileOf(dist, base, url);
  if (!file || seen.has(file)) return [];
  seen.add(file);
  const code = readFileSync(file);
  const deps = staticImports(code.toString('utf8')).map((dep) => new URL(dep, `http://x${url}`).pathname);
  return [code, ...deps.flatMap((dep) => moduleBytes(dist, base, dep, seen))];
}

/**
 * HTML, CSS and JS bytes a first visit to a built page downloads (raw and brotli).
 * @example weighPage('dist', 'en/index.html', '/').htmlBr // 3412
 */
export function weighPage(dist: string, file: string, base = '/'): PageWeight {
  const html = readFileSync(join(dist, file));
  const text = html.toString('utf8');
  const refs = (re: RegExp) => [...text.matchAll(re)].map((m) => m[1] ?? '').filter((u) => u.startsWith('/'));
  const css = refs(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g).flatMap((u) => {
    const f = fileOf(dist, base, u);
    return f ? [readFileSync(f)] : [];
  });
  const seen = new Set<string>();
  const scripts: Script[] = [];
  for (const m of text.matchAll(/<script(?![^>]*application\/ld\+json)([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /\bsrc="([^"]+)"/.exec(m[1] ?? '')?.[1];
    const own = src ? [] : [Buffer.from(m[2] ?? '')].filter((b) => b.length);
    const imported = src
      ? moduleBytes(dist, base, src, seen)
      : staticImports(m[2] ?? '').flatMap((dep) => moduleBytes(dist, base, new URL(dep, `http://x${base}${file}`).pathname, seen));
    const parts = [...own, ...imported];
    if (!parts.length) continue;
    const all = Buffer.concat(parts);
    scripts.push({ src: src ?? 'inline', bytes: all.length, br: parts.reduce((n, b) => n + brotli(b), 0) });
  }
  const sum = (bufs: Buffer[]) => bufs.reduce((n, b) => n + b.length, 0);
  const sumBr = (bufs: Buffer[]) => bufs.reduce((n, b) => n + brotli(b), 0);
  return {
    html: html.length,
    htmlBr: brotli(html),
    css: sum(css),
    cssBr: sumBr(css),
    js: scripts.reduce((n, s) => n + s.bytes, 0),
    jsBr: scripts.reduce((n, s) => n + s.br, 0),
    scripts,
  };
}
