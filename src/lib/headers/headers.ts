import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locale } from '../../i18n/locales';
import { routesFor } from '../../i18n/routing';
import { filesUnder } from '../files';

/**
 * The rules of `_headers` and `_redirects` for static hosts that read them
 * (Netlify, Cloudflare Pages), pure but for reading the build folder;
 * src/integrations/headers.ts writes them at the end of the build. The CSP hashes come from the
 * pages Astro wrote, so the file is generated at the end of the build rather
 * than kept in public/.
 *
 * Hosts merge every rule whose path matches a request, and Cloudflare joins
 * a repeated header with a comma (two CSPs = both enforced), so no header is
 * ever set by two rules that can match the same path.
 */

/** One `_headers` block: a path pattern (`*` at the end matches any rest) and its headers. */
export interface HeaderRule {
  path: string;
  headers: [name: string, value: string][];
}

/** Sent with every response. */
export const securityHeaders: [string, string][] = [
  ['Strict-Transport-Security', 'max-age=63072000; includeSubDomains'],
  ['X-Content-Type-Options', 'nosniff'],
  // Readers of the rights pages leave for helplines; no page address goes with them.
  ['Referrer-Policy', 'no-referrer'],
  // Only the site itself may ask for the location ("nearest hub"); nothing else is used.
  [
    'Permissions-Policy',
    'geolocation=(self), camera=(), microphone=(), payment=(), usb=(), accelerometer=(), gyroscope=(), magnetometer=(), browsing-topics=()',
  ],
  ['X-Frame-Options', 'DENY'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
];

/** Files whose name carries a content hash: they never change under the same URL. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Pages and unhashed files: a few minutes, then revalidated, so a deploy shows quickly. */
export const SHORT = 'public, max-age=300, must-revalidate';

/**
 * The header form of a page's `<meta>` CSP, plus `frame-ancestors`, which
 * browsers ignore in a meta tag.
 * @example headerCsp("default-src 'self'; script-src 'self';") // "default-src 'self'; script-src 'self'; frame-ancestors 'none'"
 */
export function headerCsp(metaCsp: string): string {
  const directives = metaCsp
    .split(';')
    .map((d) => d.trim().replace(/\s+/g, ' '))
    .filter((d) => d && !d.startsWith('frame-ancestors'));
  return [...directives, "frame-ancestors 'none'"].join('; ');
}

/** @example metaCspOf('<meta http-equiv="content-security-policy" content="default-src &#39;self&#39;">') // "default-src 'self'" */
export function metaCspOf(html: string): string | undefined {
  const tag = /<meta\s[^>]*http-equiv="content-security-policy"[^>]*>/i.exec(html)?.[0];
  const content = tag && /\scontent="([^"]*)"/i.exec(tag)?.[1];
  return content
    ?.replace(/&#39;|&#x27;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** Does a `_headers` path pattern match a request path? Only a trailing `*` is used here. */
export function matches(pattern: string, path: string): boolean {
  return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : pattern === path;
}

/** Every value each header gets for a request path, as a host that merges all matching rules sends them. */
export function headersFor(rules: HeaderRule[], path: string): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const rule of rules.filter((r) => matches(r.path, path))) {
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      result.set(key, [...(result.get(key) ?? []), value]);
    }
  }
  return result;
}

export interface BuiltSite {
  base: string;
  /** Every file of the build, relative to it, with `/` separators. */
  files: string[];
  /** Each HTML page's URL path (with base) and its meta CSP. */
  pages: { path: string; csp: string }[];
}

/** A content hash before the extension, as Pagefind names its metadata: `pagefind.en_2a2159c7cc.pf_meta`. */
const hashedName = /[._-][0-9a-f]{8,}\.\w+$/;

/**
 * The `_headers` rules for a build: security headers for all paths; one CSP
 * for all pages when they share it (Astro hashes every script of the site
 * into each page), else one rule per page; caching by kind of file.
 */
export function headerRules({ base, files, pages }: BuiltSite): HeaderRule[] {
  const policies = new Set(pages.map((p) => p.csp));
  const shared = policies.size === 1 ? [...policies][0] : undefined;
  const rules: HeaderRule[] = [
    {
      path: `${base}*`,
      headers: [...securityHeaders, ...(shared ? [['Content-Security-Policy', headerCsp(shared)] as [string, string]] : [])],
    },
  ];
  if (!shared) {
    for (const page of pages) rules.push({ path: page.path, headers: [['Content-Security-Policy', headerCsp(page.csp)]] });
  }
  // Caching, one rule per top-level entry so no two Cache-Control rules overlap.
  const top = [...new Set(files.map((f) => f.split('/')[0] ?? ''))].filter((f) => f && !f.startsWith('_headers') && f !== '_redirects').sort();
  for (const entry of top) {
    const isDir = files.some((f) => f.startsWith(`${entry}/`));
    if (entry === '_astro') rules.push({ path: `${base}_astro/*`, headers: [['Cache-Control', IMMUTABLE]] });
    else if (entry === 'pagefind') {
      // Pagefind's index and fragments are named by content hash; its entry files are not.
      const nested = [...new Set(files.filter((f) => f.startsWith('pagefind/') && f.split('/').length > 2).map((f) => f.split('/')[1]))];
      for (const dir of nested.sort()) rules.push({ path: `${base}pagefind/${dir}/*`, headers: [['Cache-Control', IMMUTABLE]] });
      for (const file of files.filter((f) => /^pagefind\/[^/]+$/.test(f)).sort()) {
        rules.push({ path: routesFor(base).file(file), headers: [['Cache-Control', hashedName.test(file) ? IMMUTABLE : SHORT]] });
      }
    } else if (isDir) rules.push({ path: `${routesFor(base).file(entry)}/*`, headers: [['Cache-Control', SHORT]] });
    else if (entry === 'index.html') {
      rules.push({ path: base, headers: [['Cache-Control', SHORT]] });
      rules.push({ path: `${base}index.html`, headers: [['Cache-Control', SHORT]] });
    } else rules.push({ path: routesFor(base).file(entry), headers: [['Cache-Control', SHORT]] });
  }
  return rules;
}

/** The `_headers` file text. */
export function formatHeaders(rules: HeaderRule[]): string {
  const blocks = rules.map((r) => [r.path, ...r.headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n'));
  return `# Generated at the end of the build by src/integrations/headers.ts: do not edit.\n${blocks.join('\n')}\n`;
}

/** Reads a `_headers` file back into rules (comments and blank lines skipped), as the hosts do. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: [] });
    else {
      const colon = line.indexOf(':');
      const rule = rules.at(-1);
      if (!rule || colon < 0) throw new Error(`_headers: a header line outside a rule or without a colon: "${line}"`);
      rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

/**
 * Netlify's `_redirects`: an unknown address in a language gets that
 * language's 404 page with status 404 (existing files are served first).
 * @example redirectsFile('/', ['en', 'kk']) // '/en/*  /en/404/  404\n/kk/*  /kk/404/  404\n'
 */
export function redirectsFile(base: string, localeCodes: readonly Locale[]): string {
  return localeCodes.map((code) => `${routesFor(base).home(code)}*  ${routesFor(base).notFound(code)}  404`).join('\n') + '\n';
}

/** Reads a build folder: its files and the CSP of each page. */
export function readBuild(outDir: string, base: string): BuiltSite {
  const files = filesUnder(outDir);
  const pages = files
    .filter((f) => f.endsWith('.html'))
    .map((file) => {
      const csp = metaCspOf(readFileSync(join(outDir, file), 'utf8'));
      if (!csp) throw new Error(`${file}: no Content-Security-Policy meta tag (security.csp in astro.config.mjs)`);
      return { path: base + file.replace(/(^|\/)index\.html$/, '$1'), csp };
    });
  return { base, files, pages };
}

/** Cloudflare Pages reads at most this many rules, each line at most 2,000 characters. */
export const HOST_LIMITS = { rules: 100, lineLength: 2000 };
