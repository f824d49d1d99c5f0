// `npm run bench:scale`: the site at 1,000 stories per language of realistic text. Copies
// content/ to a scratch folder and adds the stories ../shared/bench/gen-content.mjs writes
// (600–900 words, headings, lists, links, a long-tail vocabulary), mapped onto the stories schema
// (src/schemas/stories.ts). Builds it into /tmp and prints, per build: wall time, peak memory, and
// each phase (content sync, bundling, rendering, then each end-of-build integration: images,
// indexing, headers); then, in Chromium, what the first search and each later one download per
// language (tests' server, cold cache).
//   -- --stories 250     stories per language (default 1000)
//   -- --og              also build with the sharing images on: once to fill their cache (slow:
//                        about a second a story, so an hour at 1,000 a language; the cache is kept
//                        in node_modules/.cache/bench-og-<n>/ for the next run), then from it (warm)
//   -- --peer --pairs 3  also build the Astro Starlight peer (../shared/bench/peer-starlight, set
//                        up in /tmp/bench-peer on first use: npm install) on the same stories,
//                        alternating peer and ours, and print the ratios (median of the pairs)
//   -- --plain-index     also times plain Pagefind over the last build (our indexing: Kazakh keys,
//                        word lists; the target is at most 20% over plain)
//   -- --parallel-prerender 2   Astro 7.4's experimental.parallelPrerender with that many workers
//   -- --no-search       skips the browser measurement;  -- --keep keeps the scratch folders
// Generated content never enters the repository: it lives in .cache/ (ignored) and /tmp.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { parse, stringify } from 'yaml';
import { localeCodes } from '../src/i18n/locales.ts';
import { siteSettings } from '../src/lib/settings.ts';
import { buildEnv, timed } from './measure.mjs';
import { measureSearchBytes, searchBytesTable } from './first-search.mjs';

const { values: args } = parseArgs({
  options: {
    stories: { type: 'string', default: '1000' },
    og: { type: 'boolean', default: false },
    peer: { type: 'boolean', default: false },
    pairs: { type: 'string', default: '3' },
    'no-search': { type: 'boolean', default: false },
    'plain-index': { type: 'boolean', default: false },
    'parallel-prerender': { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
const perLanguage = Number(args.stories);
if (!Number.isInteger(perLanguage) || perLanguage < 1) throw new Error(`--stories must be a whole number (got ${args.stories})`);
const pairs = Number(args.pairs);
const shared = resolve(fileURLToPath(new URL('../../shared/bench/', import.meta.url)));
const generator = join(shared, 'gen-content.mjs');
if (!existsSync(generator)) throw new Error(`${generator} not found: the generator lives in ../shared/bench/`);

const load = () => `load ${loadavg().map((n) => n.toFixed(2)).join(' ')}`;
const { contentDir, base } = siteSettings(process.env);
// Astro wants content inside the project: .cache/ (ignored by git) holds it; builds go to /tmp.
mkdirSync('.cache', { recursive: true });
const scratch = mkdtempSync(join('.cache', 'bench-scale-'));
const content = join(scratch, 'content');
const generated = join(scratch, 'generated');
const out = join(mkdtempSync(join(tmpdir(), 'bench-scale-')), 'dist');

// The site's config with its own cache folder (the project's content store is left as it was)
// and a stopwatch around each integration's end-of-build hook: the phases after rendering.
const config = join(scratch, 'astro.config.mjs');
writeFileSync(
  config,
  `import config from ${JSON.stringify(pathToFileURL(resolve('astro.config.mjs')).href)};
const stamp = (what) => console.log(\`[bench-phase] \${what} \${Date.now()}\`);
const timedHooks = (integration) => {
  const done = integration.hooks?.['astro:build:done'];
  if (!done) return integration;
  return { ...integration, hooks: { ...integration.hooks, 'astro:build:done': async (options) => {
    stamp(\`start \${integration.name}\`);
    await done(options);
    stamp(\`end \${integration.name}\`);
  } } };
};
const marks = { name: 'bench:marks', hooks: {
  'astro:build:start': () => stamp('build:start'),
  'astro:build:generated': () => stamp('build:generated'),
} };
export default { ...config, cacheDir: ${JSON.stringify(resolve(scratch, 'astro-cache'))},
  integrations: [marks, ...config.integrations.flat().map(timedHooks)],
  ${args['parallel-prerender'] ? `experimental: { ...config.experimental, parallelPrerender: { workers: ${Number(args['parallel-prerender'])} } },` : ''} };
`,
);
cpSync(contentDir, content, { recursive: true });

// ---- the stories: gen-content's frontmatter (title, description, date, hub, tags) → ours ----
execFileSync(process.execPath, [generator, '--format', 'plain', '--count', String(perLanguage), '--out', generated], { stdio: 'inherit' });
/** The longest start of `text` of at most `max` characters that ends at a word. */
const cut = (text, max) => (text.length <= max ? text : text.slice(0, text.lastIndexOf(' ', max)).replace(/[,;:]$/, ''));
const coverAlt = {
  en: 'Illustration: the story title on a card with simple shapes',
  es: 'Ilustración: el título de la historia en una tarjeta con formas simples',
  kk: 'Сурет: әңгіменің тақырыбы қарапайым пішіндері бар карточкада',
  ru: 'Иллюстрация: название истории на карточке с простыми фигурами',
};
// Hubs and topics as the real stories use them (src/data/hubs.ts and the schema import modules
// Node cannot load as they are): the hub pages' slugs, the topics of the real stories.
const hubSlugs = readdirSync(join(contentDir, 'hubs', 'en')).map((f) => f.replace(/\.mdx$/, ''));
const topics = [
  ...new Set(
    readdirSync(join(contentDir, 'stories', 'en')).flatMap((f) => parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(contentDir, 'stories', 'en', f), 'utf8'))?.[1] ?? '').topics ?? []),
  ),
].sort();
const sourceId = 'programme-report';
let written = 0;
for (const lang of localeCodes) {
  const from = join(generated, lang);
  const to = join(content, 'stories', lang);
  for (const [i, file] of readdirSync(from).sort().entries()) {
    const text = readFileSync(join(from, file), 'utf8');
    const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
    const g = parse(front);
    const summary = cut(String(g.description), 200);
    if (summary.length < 50) throw new Error(`${lang}/${file}: description too short for a summary (${summary.length} characters)`);
    const story = {
      title: cut(String(g.title), 90),
      summary,
      date: g.date instanceof Date ? g.date.toISOString().slice(0, 10) : String(g.date),
      ...(hubSlugs.includes(g.hub) ? { hub: g.hub } : {}),
      topics: [topics[i % topics.length]],
      coverAlt: coverAlt[lang] ?? coverAlt.en,
      sources: [sourceId],
    };
    writeFileSync(join(to, file), `---\n${stringify(story)}---\n${body}`);
    written++;
  }
}
rmSync(generated, { recursive: true, force: true });

function folderStats(dir) {
  let bytes = 0;
  let pages = 0;
  for (const f of readdirSync(dir, { recursive: true })) {
    const stat = statSync(join(dir, String(f)));
    if (!stat.isFile()) continue;
    bytes += stat.size;
    if (String(f).endsWith('.html')) pages++;
  }
  return { bytes, pages };
}

/**
 * The phases of one build from its output (each line stamped when it arrived) and the bench's
 * marks: content sync, bundling (Vite), rendering (pages written), then each integration's
 * end-of-build hook. Seconds.
 */
function phases(lines) {
  const at = (re) => lines.find((l) => re.test(l.line))?.ms;
  const mark = (what) => {
    const l = lines.find((x) => x.line.startsWith(`[bench-phase] ${what} `));
    return l ? Number(l.line.split(' ').at(-1)) : undefined;
  };
  const s = (a, b) => (a !== undefined && b !== undefined ? ((b - a) / 1000).toFixed(1) : '?');
  const result = {
    'content sync': s(at(/\[content\] Syncing content/), at(/\[content\] Synced content/)),
    'bundling': s(at(/Building static entrypoints/), at(/generating static routes/)),
    'rendering': s(at(/generating static routes/), at(/\[bench-phase\] build:generated/)),
  };
  for (const l of lines) {
    const m = /^\[bench-phase\] start (.+) \d+$/.exec(l.line);
    if (!m) continue;
    const name = { 'site:story-images': 'images', 'site:pagefind': 'indexing', 'site:headers': 'headers', '@astrojs/sitemap': 'sitemap' }[m[1]] ?? m[1];
    result[name] = s(mark(`start ${m[1]}`), mark(`end ${m[1]}`));
  }
  return result;
}

const ogCache = resolve('node_modules', '.cache', `bench-og-${perLanguage}`);
const modes = [
  { name: 'OG_IMAGES=off', env: { OG_IMAGES: 'off' } },
  ...(args.og
    ? [
        { name: existsSync(ogCache) ? 'OG images, cache from a previous run' : 'OG images, cold cache', env: { OG_IMAGES: 'on', OG_CACHE_DIR: ogCache } },
        { name: 'OG images, warm cache', env: { OG_IMAGES: 'on', OG_CACHE_DIR: ogCache } },
      ]
    : []),
];

/** One build of ours into `out`: time, memory, phases. */
async function buildOurs(mode) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const lines = [];
  const before = load();
  // --force: the content store starts empty, as in a fresh checkout.
  const run = await timed('astro', ['build', '--force', '--config', config, '--outDir', out], { ...buildEnv, CONTENT_DIR: content, ...mode.env }, {
    onLine: (line, ms) => lines.push({ line: line.replace(/\x1b\[[0-9;]*m/g, ''), ms }),
  });
  const { bytes, pages } = folderStats(out);
  const files = readdirSync(out, { recursive: true }).map(String);
  const pngs = files.filter((f) => f.endsWith('.png')).length;
  // Pages other than stories have one card each (lib/images/page-cards.ts); a list's pages share the list's.
  const cards = files.filter((f) => /(^|\/)og-[0-9a-f]{16}\.png$/.test(f)).length;
  return { run, pages, pngs, cards, bytes, phases: phases(lines), load: before };
}

// ---- the Starlight peer, same stories, built in /tmp ----
const peerDir = join(tmpdir(), 'bench-peer');
function preparePeer() {
  if (!existsSync(join(peerDir, 'node_modules', 'astro'))) {
    console.log(`Setting up the Starlight peer in ${peerDir} (npm install)…`);
    cpSync(join(shared, 'peer-starlight'), peerDir, { recursive: true });
    execFileSync('chmod', ['-R', 'u+w', peerDir]);
    execFileSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: peerDir, stdio: 'inherit' });
  }
  execFileSync(process.execPath, [generator, '--format', 'starlight', '--count', String(perLanguage), '--out', join(peerDir, 'src', 'content', 'docs')], { stdio: 'inherit' });
}
async function buildPeer() {
  for (const d of ['dist', '.astro', join('node_modules', '.astro')]) rmSync(join(peerDir, d), { recursive: true, force: true });
  const before = load();
  const run = await timed(join(peerDir, 'node_modules', '.bin', 'astro'), ['build'], { SIDEBAR: 'minimal', ASTRO_TELEMETRY_DISABLED: '1' }, { cwd: peerDir });
  return { run, pages: folderStats(join(peerDir, 'dist')).pages, load: before };
}

const gb = (b) => `${(b / 2 ** 30).toFixed(2)} GB`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`${written} generated stories (${perLanguage} per language) in ${content}; ${load()}`);
const rows = [];
const peerRows = [];
let searchRows = [];
try {
  if (args.peer) {
    preparePeer();
    for (let i = 0; i < pairs; i++) {
      console.log(`\n▶ pair ${i + 1}: Starlight peer`);
      const peer = await buildPeer();
      console.log(`▶ pair ${i + 1}: ours (OG_IMAGES=off)`);
      const ours = await buildOurs(modes[0]);
      peerRows.push({ peer, ours });
      rows.push({ build: `OG_IMAGES=off (pair ${i + 1})`, ...summary(ours) });
    }
  }
  for (const mode of args.peer ? modes.slice(1) : modes) {
    console.log(`\n▶ ${mode.name}`);
    rows.push({ build: mode.name, ...summary(await buildOurs(mode)) });
  }
  if (args['plain-index']) {
    const plainOut = join(dirname(out), 'pagefind-plain');
    console.log(`\n▶ plain Pagefind over the same build (${load()})`);
    const plain = await timed(process.execPath, [fileURLToPath(new URL('plain-index.mjs', import.meta.url)), out, plainOut], {}, { onLine: (l) => l && console.log(`  ${l}`) });
    rmSync(plainOut, { recursive: true, force: true });
    const ours = rows.at(-1)?.indexing;
    console.log(`Plain Pagefind: ${plain.seconds.toFixed(1)} s, peak ${(plain.peakBytes / 2 ** 30).toFixed(2)} GB; ours (indexing phase of the last build): ${ours}` +
      (ours && !ours.startsWith('?') ? ` = ${((parseFloat(ours) / plain.seconds - 1) * 100).toFixed(0)}% over plain (target ≤ 20%)` : ''));
  }
  if (!args['no-search']) {
    // The last build may have been an OG one: the search index is the same.
    const sets = Object.fromEntries(localeCodes.map((l) => [l, JSON.parse(readFileSync(`tests/search/queries/${l}.json`, 'utf8')).slice(0, 6).map((q) => q.q)]));
    console.log(`\n▶ search in Chromium (${load()})`);
    searchRows = await measureSearchBytes(out, base, sets);
  }
} finally {
  if (!args.keep) {
    rmSync(scratch, { recursive: true, force: true });
    rmSync(dirname(out), { recursive: true, force: true });
  }
}

function summary(b) {
  return {
    pages: b.pages,
    'OG PNGs': b.pngs,
    'page cards': b.cards,
    'wall': `${b.run.seconds.toFixed(1)} s`,
    'peak memory': gb(b.run.peakBytes),
    ...Object.fromEntries(Object.entries(b.phases).map(([k, v]) => [k, `${v} s`])),
    'output': `${(b.bytes / 2 ** 20).toFixed(0)} MB`,
    'load before': b.load.replace('load ', ''),
  };
}

console.log(`\nScale: ${perLanguage} generated stories per language (phases in seconds; load = 1/5/15-minute load average before the build)`);
console.table(rows);
if (!args.og) console.log('Sharing images were off (add --og for the OG builds: the first fills their cache, about a second a story).');
if (peerRows.length) {
  console.table(
    peerRows.map(({ peer, ours }, i) => ({
      pair: i + 1,
      'peer pages': peer.pages,
      'peer wall': `${peer.run.seconds.toFixed(1)} s`,
      'peer peak': gb(peer.run.peakBytes),
      'ours wall': `${ours.run.seconds.toFixed(1)} s`,
      'ours peak': gb(ours.run.peakBytes),
      'time ratio': (ours.run.seconds / peer.run.seconds).toFixed(2),
      'memory ratio': (ours.run.peakBytes / peer.run.peakBytes).toFixed(2),
      'load before peer': peer.load.replace('load ', ''),
    })),
  );
  console.log(
    `Median ratio, ours / Starlight: time ${median(peerRows.map((p) => p.ours.run.seconds / p.peer.run.seconds)).toFixed(2)}, ` +
      `peak memory ${median(peerRows.map((p) => p.ours.run.peakBytes / p.peer.run.peakBytes)).toFixed(2)} (target ≤ 0.5 for both).`,
  );
}
if (searchRows.length) {
  console.log('\nSearch downloads at this size, KB (first: cold cache from the home page; later: each next query in the same page):');
  console.table(searchBytesTable(searchRows));
  const first = searchRows.filter((r) => r.order === 'first');
  const later = searchRows.filter((r) => r.order === 'later');
  console.log(`First search, largest: ${(Math.max(...first.map((r) => r.wire)) / 1024).toFixed(1)} KB (target ≤ 100); later query, largest: ${(Math.max(...later.map((r) => r.wire)) / 1024).toFixed(1)} KB (target ≤ 30).`);
}
