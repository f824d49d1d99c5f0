// `npm run bench:lighthouse`: Lighthouse (mobile: emulated phone, simulated slow 4G and CPU) on one
// page of each type in each language and the language chooser, served as a static host serves
// them (with the generated _headers). Prints the four category scores, LCP, TBT, CLS and bytes.
// Reads DIST_DIR (default dist/, built first when missing). Options: --lang kk (repeatable),
// --type story (substring of a type name, repeatable). Fails only when it cannot run.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { localeCodes } from '../src/i18n/locales.ts';
import { siteSettings } from '../src/lib/settings.ts';
import { headersFor, parseHeaders } from '../src/integrations/headers.ts';
import { serveDist } from '../tests/support/server.ts';
import { chromiumArgs, chromiumPath } from '../tests/support/browser.ts';
import { timed, pageTypes } from './measure.mjs';

const { values: args } = parseArgs({ options: { lang: { type: 'string', multiple: true }, type: { type: 'string', multiple: true } } });
const dist = process.env.DIST_DIR ?? 'dist';
const { base } = siteSettings(process.env);
if (!existsSync(join(dist, 'index.html'))) await timed('astro', ['build', '--outDir', dist], { ASTRO_TELEMETRY_DISABLED: '1' });

const rules = existsSync(join(dist, '_headers')) ? parseHeaders(readFileSync(join(dist, '_headers'), 'utf8')) : [];
const server = await serveDist(dist, base, (path) =>
  Object.fromEntries([...headersFor(rules, path)].map(([name, values]) => [name, values.join(', ')])),
  { compress: true },
);

const langs = args.lang ?? localeCodes;
const types = Object.entries(pageTypes).filter(([name]) => !args.type || args.type.some((t) => name.includes(t)));
const targets = [
  ...(!args.type || args.type.some((t) => 'chooser'.includes(t)) ? [{ type: 'language chooser', lang: '-', file: 'index.html' }] : []),
  ...types.flatMap(([type, fileFor]) => langs.map((lang) => ({ type, lang, file: fileFor(lang) }))),
].filter((t) => existsSync(join(dist, t.file)));

// Debian's Chromium with the flags of tests/support/browser.ts: the machine has no network.
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath,
  chromeFlags: ['--headless=new', ...chromiumArgs],
});

const rows = [];
const findings = new Map();
try {
  for (const target of targets) {
    const url = server.origin + base + target.file.replace(/index\.html$/, '');
    // Lighthouse's default config is the mobile one (Moto G Power, slow 4G, 4× CPU slowdown).
    const run = () =>
      lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
    let result = await run();
    // Tracing sometimes fails (NO_NAVSTART, NO_FCP) on a busy machine: try again, twice at most.
    for (let retry = 0; retry < 2 && result?.lhr.runtimeError; retry++) result = await run();
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`Lighthouse gave no result for ${url}`);
    if (lhr.runtimeError) console.error(`\n${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    for (const warning of lhr.runWarnings ?? []) console.error(`\n${url}: ${warning}`);
    const score = (id) => (lhr.categories[id]?.score == null ? '—' : Math.round(lhr.categories[id].score * 100));
    const audit = (id) => lhr.audits[id];
    rows.push({
      page: target.type,
      lang: target.lang,
      perf: score('performance'),
      a11y: score('accessibility'),
      'best pr.': score('best-practices'),
      seo: score('seo'),
      LCP: `${((audit('largest-contentful-paint')?.numericValue ?? 0) / 1000).toFixed(2)} s`,
      TBT: `${Math.round(audit('total-blocking-time')?.numericValue ?? 0)} ms`,
      CLS: (audit('cumulative-layout-shift')?.numericValue ?? 0).toFixed(3),
      bytes: `${((audit('total-byte-weight')?.numericValue ?? 0) / 1024).toFixed(1)} KB`,
    });
    // What kept a category below 100: failing audits that count towards its score.
    for (const [id, category] of Object.entries(lhr.categories)) {
      for (const ref of category.auditRefs) {
        const a = lhr.audits[ref.id];
        if (ref.weight > 0 && a && a.score !== null && a.score < 1) {
          const key = `${id}: ${a.id} (${a.title})`;
          findings.set(key, [...(findings.get(key) ?? []), `${target.type}/${target.lang}`]);
        }
      }
    }
    process.stderr.write('.');
  }
} finally {
  chrome.kill();
  await server.close();
}

console.log('\nLighthouse, mobile settings (scores out of 100):');
console.table(rows);
if (findings.size) {
  console.log('Audits that cost points:');
  for (const [key, pages] of findings) console.log(`- ${key}: ${pages.length} page(s), e.g. ${pages.slice(0, 3).join(', ')}`);
} else {
  console.log('Every sampled page scores 100 in every category.');
}
