// What a reader downloads to search, measured in Chromium against a built site: everything
// fetched from opening the search dialog on a language's home page (cold cache) to the first
// query's results on screen, and then what each later query adds. Used by bench:search and
// bench:scale.
import { gzipSync } from 'node:zlib';
import { isGzip, wireSize } from '../src/lib/wire-size.ts';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveDist } from '../tests/support/server.ts';

/** What a fetched file is, for the breakdown. */
function kindOf(url) {
  const path = new URL(url).pathname;
  if (/\/pagefind\/words\//.test(path) || /\/words\.[a-z]+\.json$/.test(path)) return 'word lists';
  if (/\/pagefind\/fragment\//.test(path)) return 'fragments';
  if (/\/pagefind\/index\//.test(path)) return 'index chunks';
  if (/\/pagefind\/filter\//.test(path)) return 'filters';
  if (/\.pf_meta$/.test(path)) return 'meta';
  if (/wasm\./.test(path)) return 'wasm';
  if (/\/pagefind\//.test(path)) return 'pagefind js';
  if (/\.m?js$/.test(path)) return 'our js';
  return 'other';
}

/**
 * The bytes of a response as a host would send them: files Pagefind already gzipped (index,
 * fragments, wasm, meta) as they are; text files brotli-compressed (quality 11), as hosts and
 * CDNs send them. `raw` is the file as stored.
 */
function weigh(url, body) {
  return {
    url,
    kind: kindOf(url),
    raw: body.length,
    wire: wireSize(body),
    gzip: isGzip(body) ? body.length : Math.min(body.length, gzipSync(body, { level: 9 }).length),
  };
}

const total = (list, key) => list.reduce((n, r) => n + r[key], 0);
const byKind = (list) => {
  const kinds = {};
  for (const r of list) kinds[r.kind] = (kinds[r.kind] ?? 0) + r.wire;
  return kinds;
};

/**
 * For each language: the first query (from the home page's search dialog, cold cache) and the
 * later ones (same page, one after the other). `queries[lang]` is a list of query strings.
 * Returns rows { lang, query, order: 'first'|'later', requests, raw, wire, gzip, kinds, files }.
 */
export async function measureSearchBytes(dist, base, queries) {
  const server = await serveDist(dist, base);
  const browser = await launchBrowser();
  const rows = [];
  try {
    for (const [lang, list] of Object.entries(queries)) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.origin}${base}${lang}/`);
      await page.waitForLoadState('networkidle');
      let loaded = [];
      const pending = new Set();
      page.on('response', (response) => {
        const p = response
          .body()
          .then((body) => loaded.push(weigh(response.url(), body)))
          .catch(() => {});
        pending.add(p);
        void p.finally(() => pending.delete(p));
      });
      await page.keyboard.press('/');
      const input = page.locator('dialog [data-search-input]');
      for (const [i, q] of list.entries()) {
        await input.fill(q);
        await page.waitForFunction((query) => document.querySelector('dialog [data-search-panel]')?.dataset.searchDone === query, q.trim());
        await page.waitForLoadState('networkidle');
        await Promise.all(pending);
        rows.push({
          lang,
          query: q,
          order: i === 0 ? 'first' : 'later',
          requests: loaded.length,
          raw: total(loaded, 'raw'),
          wire: total(loaded, 'wire'),
          gzip: total(loaded, 'gzip'),
          kinds: byKind(loaded),
          files: loaded,
        });
        loaded = [];
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return rows;
}

const kb = (n) => (n / 1024).toFixed(1);

/** The rows as a console table: KB sent (brotli for text, as stored for Pagefind's gzipped files). */
export function searchBytesTable(rows) {
  const kinds = [...new Set(rows.flatMap((r) => Object.keys(r.kinds)))].sort();
  return rows.map((r) => ({
    lang: r.lang,
    query: r.query.length > 24 ? `${r.query.slice(0, 23)}…` : r.query,
    order: r.order,
    requests: r.requests,
    'KB sent': kb(r.wire),
    'KB gzip': kb(r.gzip),
    ...Object.fromEntries(kinds.map((k) => [k, kb(r.kinds[k] ?? 0)])),
  }));
}
