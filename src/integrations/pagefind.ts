import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { createIndex, close } from 'pagefind';
import { parse, type HTMLElement } from 'node-html-parser';
import { localeCodes, type Locale } from '../i18n/locales';
import { keyedLanguages } from '../lib/search/query';
import { distinctKeys, keysBeyondText, rankKeys } from '../lib/search/vocabulary';
import { bucketFile, bucketWords, type WordBucketList } from '../lib/search/word-buckets';
import { createHash } from 'node:crypto';
import { filesUnder } from '../lib/files';

/**
 * Word positions per index chunk. Pagefind cuts each language's word index into chunks of about
 * 20,000 positions by default (25–60 KB gzip at 1,000 stories a language), and a query downloads
 * every chunk its words fall in. At 4,000 a chunk is 5–8 KB, and a later query at 1,000 stories
 * fetches 5–20 KB of index (bench:scale), besides its results' fragments. Pagefind 1.6 takes the
 * size only from an environment variable it calls unstable, which its service process inherits;
 * tests/site/search-index.test.ts fails if it stops taking effect.
 * docs/decisions/0009-small-index-chunks.md.
 */
const INDEX_CHUNK_POSITIONS = 4000;

/**
 * What the site uses of the files Pagefind writes at the top of its folder: its loader, entry,
 * WebAssembly and metadata, and our word lists (besides the folders of index, fragments and
 * filters). The rest is Pagefind's own search UI, highlighter and worker (about 480 KB), which the
 * site does not load (src/scripts/search-ui.ts searches on the page), so it is not deployed.
 */
const usedPagefindFile = /^(pagefind\.js|pagefind-entry\.json|wasm\.[\w-]+\.pagefind|pagefind\.[\w-]+\.pf_meta|words\.[\w-]+\.json)$/;

/** The HTML files under `dir`, as full paths. */
const htmlFiles = (dir: string) => filesUnder(dir).filter((f) => f.endsWith('.html')).map((f) => join(dir, f));

/** The text Pagefind indexes: the data-pagefind-body elements without their data-pagefind-ignore parts. */
function bodyText(doc: HTMLElement): { text: string; title: string } {
  const bodies = doc.querySelectorAll('[data-pagefind-body]');
  for (const body of bodies) for (const ignored of body.querySelectorAll('[data-pagefind-ignore]')) ignored.remove();
  return {
    text: bodies.map((b) => b.textContent).join(' '),
    title: bodies.map((b) => b.querySelector('h1')?.textContent ?? '').join(' '),
  };
}

/** A page as handed to Pagefind, and its keys for the word list; undefined for pages left out. */
function prepare(outDir: string, file: string, lang: Locale) {
  const full = readFileSync(file, 'utf8');
  // Pages without data-pagefind-body (lists, the search page, fallback copies, 404) stay out.
  if (!full.includes('data-pagefind-body')) return undefined;
  // The <html> tag (its lang chooses the index) and the body: the head, mostly inline CSS, is
  // 60% of a page and holds nothing Pagefind reads, so it is neither parsed here nor sent to the
  // indexer (1,714 pages: our indexing 36 s against plain Pagefind's 13 s; bench:scale --plain-index).
  const htmlTag = /<html[^>]*>/.exec(full)?.[0] ?? '<html>';
  const bodyAt = full.indexOf('<body');
  let html = bodyAt < 0 ? full : `${htmlTag}${full.slice(bodyAt)}`;
  const doc = parse(html);
  const rel = relative(outDir, file).split(sep).join('/');
  const pageLang = doc.querySelector('html')?.getAttribute('lang') ?? '';
  if (pageLang !== lang) throw new Error(`${rel}: <html lang="${pageLang}"> in the ${lang} folder`);
  const { text, title } = bodyText(doc);
  if (keyedLanguages.has(lang)) {
    // Without the keys that are words of the text: with 1,000 Kazakh stories the indexer's peak 580 → 468 MB.
    const fields =
      `<div data-pagefind-meta="keys">${keysBeyondText(lang, text).join(' ')}</div>` +
      `<div data-pagefind-meta="tkeys">${distinctKeys(lang, title).join(' ')}</div>`;
    html = html.replace('</body>', `${fields}</body>`);
  }
  // The page's keys for the word list, not its text (which would keep the whole file in memory).
  return { rel, url: '/' + rel.replace(/(^|\/)index\.html$/, '$1'), html, keys: distinctKeys(lang, `${title} ${text}`) };
}

/**
 * `words/<lang>_<hash>/<bucket>.json` for each two-letter beginning of the language's ranked
 * words, and `words.<lang>.json`, the folder and the beginnings that have a file (word-buckets.ts).
 * The folder is named by a hash of the words, so the buckets can be cached for good (_headers).
 */
function writeWordBuckets(outputPath: string, lang: Locale, ranked: readonly string[]) {
  const buckets = bucketWords(ranked);
  const folder = `${lang}_${createHash('sha256').update(JSON.stringify(ranked)).digest('hex').slice(0, 10)}`;
  const dir = join(outputPath, 'words', folder);
  mkdirSync(dir, { recursive: true });
  for (const [prefix, words] of buckets) writeFileSync(join(dir, `${bucketFile(prefix)}.json`), JSON.stringify(words));
  const list: WordBucketList = { folder, prefixes: [...buckets.keys()].sort() };
  writeFileSync(join(outputPath, `words.${lang}.json`), JSON.stringify(list));
}

/**
 * Builds the Pagefind index into the build output once Astro has written
 * every page, through Pagefind's Node API (never into public/ or src/).
 *
 * Pages are indexed from their built HTML, with one addition for Kazakh, which
 * Pagefind cannot stem: the copy handed to Pagefind (not the file readers get)
 * carries two metadata fields, `keys` and `tkeys`, with the distinct keys of
 * the text (those that are not already words of it) and of the title
 * (stemmed and folded, see src/lib/search). Pagefind 1.5+ searches metadata,
 * so a keyed query finds every form of a word, typed with Kazakh or Russian
 * letters, while excerpts stay in proper Kazakh.
 *
 * Pagefind keeps a separate index per language anyway; it is built one
 * language at a time (each written beside the others, their entries merged
 * into one pagefind-entry.json), so the indexer holds a quarter of the site
 * at once: with thousands of stories that halves the build's peak memory.
 *
 * It also writes the words of each language, most frequent first, for the
 * typo correction (src/lib/search/correct.ts), split by their first two
 * letters so a query fetches only what its words need (writeWordBuckets).
 */
export default function pagefind(): AstroIntegration {
  return {
    name: 'site:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const outputPath = join(outDir, 'pagefind');
        let entry: { languages: Record<string, unknown> } | undefined;
        let count = 0;
        // Set before the first createIndex starts the service. An outside value wins, for bench runs.
        process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(INDEX_CHUNK_POSITIONS);
        for (const lang of localeCodes) {
          const folder = join(outDir, lang);
          const { index, errors } = await createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const keys: string[][] = [];
          // A few pages in flight: the indexer (its own process) works while the next page is read.
          const inFlight: Promise<void>[] = [];
          for (const file of existsSync(folder) ? htmlFiles(folder) : []) {
            const page = prepare(outDir, file, lang);
            if (!page) continue;
            keys.push(page.keys);
            inFlight.push(
              index.addHTMLFile({ url: page.url, content: page.html }).then((added) => {
                if (added.errors.length) throw new Error(`Pagefind could not index ${page.rel}: ${added.errors.join('; ')}`);
              }),
            );
            if (inFlight.length >= 4) await inFlight.shift();
          }
          await Promise.all(inFlight);
          const written = await index.writeFiles({ outputPath });
          if (written.errors.length) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
          await close();
          const own = JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')) as NonNullable<typeof entry>;
          entry = { ...own, languages: { ...entry?.languages, ...own.languages } };
          writeWordBuckets(outputPath, lang, rankKeys(keys));
          count += keys.length;
        }
        if (!entry) throw new Error('Pagefind wrote no index');
        writeFileSync(join(outputPath, 'pagefind-entry.json'), JSON.stringify(entry));
        for (const f of readdirSync(outputPath, { withFileTypes: true })) if (f.isFile() && !usedPagefindFile.test(f.name)) rmSync(join(outputPath, f.name));
        logger.info(`indexed ${count} pages`);
      },
    },
  };
}
