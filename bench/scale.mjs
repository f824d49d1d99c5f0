// `npm run bench:scale`: a site with many stories. Copies content/ to a temporary folder, adds
// synthetic stories (1,000 per language by default: `-- --stories 250`), each a real story of
// that language under a new slug, title and date (so it passes src/schemas/stories.ts), builds it
// (CONTENT_DIR) and prints build time, peak memory, output size and time per page:
//   OG_IMAGES=off            no sharing images
//   OG_IMAGES on, cold cache sharing images drawn (skipped with --no-cold: slow, ~1 s a card)
//   OG_IMAGES on, warm cache the same build again: unchanged images come from the cache
// --no-cold skips the cold-cache build, --no-og both image builds, --keep keeps the folders.
// Compare: Astro Starlight needs about 60 s and 2.9 GB peak for 4,000 story pages on the
// machine this was written on; the target is half. Fails only when it cannot run.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { parse, stringify } from 'yaml';
import { localeCodes } from '../src/i18n/locales.ts';
import { siteSettings } from '../src/lib/settings.ts';
import { buildEnv, timed } from './measure.mjs';

const { values: args } = parseArgs({
  options: {
    stories: { type: 'string', default: '1000' },
    'no-cold': { type: 'boolean', default: false },
    'no-og': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const perLanguage = Number(args.stories);
if (!Number.isInteger(perLanguage) || perLanguage < 1) throw new Error(`--stories must be a whole number (got ${args.stories})`);

const { contentDir } = siteSettings(process.env);
// Astro wants content inside the project: .cache/ (ignored by git) holds it; the build goes to /tmp.
mkdirSync('.cache', { recursive: true });
const scratch = mkdtempSync(join('.cache', 'bench-scale-'));
const content = join(scratch, 'content');
const out = join(mkdtempSync(join(tmpdir(), 'bench-scale-')), 'dist');
// The site's config with its own cache folder: the project's content store
// (node_modules/.astro) is left as it was, for the next ordinary build.
const config = join(scratch, 'astro.config.mjs');
writeFileSync(
  config,
  `import config from ${JSON.stringify(pathToFileURL(join(process.cwd(), 'astro.config.mjs')).href)};\n` +
    `export default { ...config, cacheDir: ${JSON.stringify(join(scratch, 'astro-cache'))} };\n`,
);
cpSync(contentDir, content, { recursive: true });

/** A real story split into its frontmatter (parsed) and body. */
function readStory(file) {
  const text = readFileSync(file, 'utf8');
  const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  return { data: parse(front), body };
}

const start = Date.UTC(2020, 0, 1);
let written = 0;
for (const lang of localeCodes) {
  const dir = join(content, 'stories', lang);
  const originals = readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort().map((f) => readStory(join(dir, f)));
  if (!originals.length) throw new Error(`no stories in ${dir} to build synthetic ones from`);
  for (let i = 0; i < perLanguage; i++) {
    const { data, body } = originals[i % originals.length];
    const n = ` · ${i + 1}`;
    const story = {
      ...data,
      title: `${String(data.title).slice(0, 90 - n.length).trim()}${n}`,
      date: new Date(start + i * 86_400_000).toISOString().slice(0, 10),
    };
    writeFileSync(join(dir, `synthetic-${String(i + 1).padStart(5, '0')}.mdx`), `---\n${stringify(story)}---\n${body}`);
    written++;
  }
}

function folderStats(dir) {
  let bytes = 0;
  let pages = 0;
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      const stat = statSync(full);
      if (stat.isDirectory()) walk(full);
      else {
        bytes += stat.size;
        if (name.endsWith('.html')) pages++;
      }
    }
  };
  walk(dir);
  return { bytes, pages };
}

// The images' own cache, empty at first: the cold build fills it, the warm one reuses it.
// (Without the cold build, the warm one uses the project's cache, which may hold them from a previous run.)
const ogCache = args['no-cold'] ? {} : { OG_CACHE_DIR: join(scratch, 'og-cache') };
const modes = [
  { name: 'OG_IMAGES=off', env: { OG_IMAGES: 'off' } },
  ...(args['no-cold'] || args['no-og'] ? [] : [{ name: 'OG images, cold cache', env: { OG_IMAGES: 'on', ...ogCache } }]),
  ...(args['no-og'] ? [] : [{ name: 'OG images, warm cache', env: { OG_IMAGES: 'on', ...ogCache } }]),
];

console.log(`${written} synthetic stories (${perLanguage} per language) in ${content}`);
const rows = [];
try {
  for (const mode of modes) {
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out);
    console.log(`\n▶ ${mode.name}`);
    // --force: the content store starts empty, as in a fresh checkout.
    const run = await timed('astro', ['build', '--force', '--config', config, '--outDir', out], { ...buildEnv, CONTENT_DIR: content, ...mode.env });
    const { bytes, pages } = folderStats(out);
    const files = readdirSync(out, { recursive: true }).map(String);
    const pngs = files.filter((f) => f.endsWith('.png')).length;
    // Pages other than stories have one card each (lib/images/page-cards.ts); a list's pages share the list's.
    const cards = files.filter((f) => /(^|\/)og-[0-9a-f]{16}\.png$/.test(f)).length;
    rows.push({
      build: mode.name,
      pages,
      'OG PNGs': pngs,
      'page cards': cards,
      'time': `${run.seconds.toFixed(1)} s`,
      'peak memory': `${(run.peakBytes / 2 ** 30).toFixed(2)} GB`,
      'output': `${(bytes / 2 ** 20).toFixed(0)} MB`,
      'per page': `${((run.seconds * 1000) / pages).toFixed(1)} ms`,
    });
  }
} finally {
  if (!args.keep) {
    rmSync(scratch, { recursive: true, force: true });
    rmSync(join(out, '..'), { recursive: true, force: true });
  }
}

console.log(`\nScale: ${perLanguage} synthetic stories per language`);
console.table(rows);
console.log(`Target (half of Astro Starlight for 4,000 story pages here): ≤ 30 s and ≤ 1.45 GB peak${perLanguage === 1000 ? '' : ' (at 1,000 stories per language)'}.`);
if (rows.every((r) => r['OG PNGs'] === 0)) console.log('No build wrote PNG sharing images: the OG modes measure the same build as OG_IMAGES=off.');
