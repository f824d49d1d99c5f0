import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { createIndex, close } from 'pagefind';
import { parse, type HTMLElement } from 'node-html-parser';
import { isLocale, localeCodes, type Locale } from '../i18n/locales';
import { keyedLanguages } from '../lib/search/query';
import { distinctKeys, vocabulary } from '../lib/search/vocabulary';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? htmlFiles(full) : name.endsWith('.html') ? [full] : [];
  });
}

/** The text Pagefind indexes: the data-pagefind-body elements without their data-pagefind-ignore parts. */
function bodyText(doc: HTMLElement): { text: string; title: string } {
  const bodies = doc.querySelectorAll('[data-pagefind-body]');
  for (const body of bodies) for (const ignored of body.querySelectorAll('[data-pagefind-ignore]')) ignored.remove();
  return {
    text: bodies.map((b) => b.textContent).join(' '),
    title: bodies.map((b) => b.querySelector('h1')?.textContent ?? '').join(' '),
  };
}

/**
 * Builds the Pagefind index into the build output once Astro has written
 * every page, through Pagefind's Node API (never into public/ or src/).
 *
 * Pages are indexed from their built HTML, with one addition for Kazakh, which
 * Pagefind cannot stem: the copy handed to Pagefind (not the file readers get)
 * carries two metadata fields, `keys` and `tkeys`, with the distinct keys of
 * the text and of the title (stemmed and folded, see src/lib/search). Pagefind
 * 1.5+ searches metadata, so a keyed query finds every form of a word, typed
 * with Kazakh or Russian letters, while excerpts stay in proper Kazakh.
 *
 * It also writes `pagefind/words.<lang>.json`, the words of each language,
 * most frequent first, for the typo correction (src/lib/search/correct.ts).
 */
export default function pagefind(): AstroIntegration {
  return {
    name: 'site:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { index, errors } = await createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const outDir = fileURLToPath(dir);
        const texts = new Map<Locale, string[]>(localeCodes.map((l) => [l, []]));
        let count = 0;
        for (const file of htmlFiles(outDir)) {
          let html = readFileSync(file, 'utf8');
          // Pages without data-pagefind-body (lists, the search page, fallback copies, 404) stay out.
          if (!html.includes('data-pagefind-body')) continue;
          const doc = parse(html);
          const lang = doc.querySelector('html')?.getAttribute('lang') ?? '';
          const rel = relative(outDir, file).split(sep).join('/');
          if (!isLocale(lang)) throw new Error(`${rel}: <html lang="${lang}"> is not a site language`);
          const { text, title } = bodyText(doc);
          texts.get(lang)?.push(`${title} ${text}`);
          if (keyedLanguages.has(lang)) {
            const fields =
              `<div data-pagefind-meta="keys">${distinctKeys(lang, text).join(' ')}</div>` +
              `<div data-pagefind-meta="tkeys">${distinctKeys(lang, title).join(' ')}</div>`;
            html = html.replace('</body>', `${fields}</body>`);
          }
          const url = '/' + rel.replace(/(^|\/)index\.html$/, '$1');
          const added = await index.addHTMLFile({ url, content: html });
          if (added.errors.length) throw new Error(`Pagefind could not index ${rel}: ${added.errors.join('; ')}`);
          count++;
        }
        const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
        await close();
        for (const [lang, pages] of texts) {
          writeFileSync(join(outDir, 'pagefind', `words.${lang}.json`), JSON.stringify(vocabulary(lang, pages)));
        }
        logger.info(`indexed ${count} pages`);
      },
    },
  };
}
