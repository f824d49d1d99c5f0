// `npm run bench:search`: the search query set (tests/search/queries/<lang>.json)
// in Chromium against a built site (DIST_DIR, default dist/; run `npm run build` first).
// For each language it prints hit@1 and hit@3 of our search (the real search page:
// Kazakh keys, folding, typo correction) beside plain Pagefind on the same pages
// (a second index built here from the same HTML, without our additions), and the
// bytes a reader downloads to open search and see a first result, and for each later query.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createIndex, close } from 'pagefind';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveDist } from '../tests/support/server.ts';
import { siteSettings } from '../src/lib/settings.ts';
import { localeCodes } from '../src/i18n/locales.ts';
import { measureSearchBytes, searchBytesTable } from './first-search.mjs';

const dist = process.env.DIST_DIR ?? 'dist';
const { base } = siteSettings(process.env);
if (!existsSync(join(dist, 'pagefind', 'pagefind.js'))) {
  console.error(`No search index in ${dist}/: run "npm run build" first (or set DIST_DIR).`);
  process.exit(1);
}
const langs = localeCodes;
const sets = Object.fromEntries(
  langs.map((l) => [l, JSON.parse(readFileSync(`tests/search/queries/${l}.json`, 'utf8'))]),
);

// Plain Pagefind: the same built pages, indexed as they are, next to ours for the comparison.
const plainDir = join(dist, 'pagefind-plain');
const { index } = await createIndex({});
await index.addDirectory({ path: dist });
await index.writeFiles({ outputPath: plainDir });
await close();

const server = await serveDist(dist, base);
const browser = await launchBrowser();
const expected = (q) => (Array.isArray(q.expect) ? q.expect : [q.expect]).map((p) => `${base}${p.replace(/^\//, '')}`);
const rank = (urls, q) => {
  const want = expected(q);
  const i = urls.findIndex((u) => want.includes(new URL(u, server.origin).pathname));
  return i < 0 ? Infinity : i + 1;
};

try {
  const rows = [];
  const misses = [];
  for (const lang of langs) {
    const page = await browser.newPage();
    await page.goto(`${server.origin}${base}${lang}/search/`);
    const input = page.locator('main [data-search-input]');
    await input.focus();
    const ours = [];
    for (const q of sets[lang]) {
      await input.fill(q.q);
      await input.press('Enter');
      await page.waitForFunction((query) => document.querySelector('main [data-search-panel]')?.dataset.searchDone === query, q.q.trim());
      const urls = await page.$$eval('main [data-result-link]', (as) => as.map((a) => a.getAttribute('href')));
      ours.push(rank(urls, q));
      if (rank(urls, q) > 3) misses.push(`${lang} ${JSON.stringify(q.q)} (${q.kind}) → want ${q.expect}, got ${urls.slice(0, 3).join(' ')}`);
    }
    const plain = await page.evaluate(
      async ({ path, queries }) => {
        const pf = await import(path);
        await pf.options({ noWorker: true });
        const out = [];
        for (const q of queries) {
          const r = await pf.search(q);
          out.push(await Promise.all(r.results.slice(0, 3).map(async (x) => (await x.data()).url)));
        }
        return out;
      },
      { path: `${base}pagefind-plain/pagefind.js`, queries: sets[lang].map((q) => q.q) },
    );
    const plainRanks = plain.map((urls, i) => rank(urls, sets[lang][i]));
    const pct = (ranks, k) => `${((100 * ranks.filter((r) => r <= k).length) / ranks.length).toFixed(1)}%`;
    rows.push({
      lang,
      queries: sets[lang].length,
      'hit@1': pct(ours, 1),
      'hit@3': pct(ours, 3),
      'plain hit@1': pct(plainRanks, 1),
      'plain hit@3': pct(plainRanks, 3),
    });
    await page.close();
  }
  console.log('\nSearch quality (our search vs plain Pagefind on the same query set):');
  console.table(rows);
  if (misses.length) console.log(`Missed at 3:\n  ${misses.join('\n  ')}`);

} finally {
  await browser.close();
  await server.close();
  rmSync(plainDir, { recursive: true, force: true });
}

// First query from a cold cache (the dialog on the home page), then five more in the same page.
const bytes = await measureSearchBytes(dist, base, Object.fromEntries(langs.map((l) => [l, sets[l].slice(0, 6).map((q) => q.q)])));
console.log('\nDownloaded for the first query (cold cache, after the page itself) and for each later one, KB:');
console.table(searchBytesTable(bytes));
