import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, YAMLParseError } from 'yaml';
import { contentLayoutError, impossibleDates } from '../content/content-layout';
import { inlineMdx, InlineMdxError, type InlineComponent } from '../content/inline-mdx';
import { isLocale, type Locale } from '../../i18n/locales';
import { filesUnder } from '../files';

async function assertLayout(dir: string, kind: 'mdx' | 'yaml', allowedSlugs?: readonly string[]) {
  const files = filesUnder(dir);
  const errors = files.map((file) => contentLayoutError(file, kind, dir, allowedSlugs)).filter((e): e is string => Boolean(e));
  if (errors.length) throw new Error(`Misplaced content files:\n${errors.join('\n')}`);
  if (kind !== 'mdx') return;
  const dates = await Promise.all(
    files.map(async (file) => impossibleDates(await readFile(join(dir, file), 'utf8')).map((e) => `${join(dir, file)}: ${e}`)),
  );
  if (dates.flat().length) throw new Error(`Impossible dates:\n${dates.flat().join('\n')}`);
}

export interface GlobOptions {
  /** Entries whose slug is not listed fail the build. */
  allowedSlugs?: readonly string[];
  /**
   * Render each MDX entry as Markdown when content is loaded, with these
   * components replaced by their HTML (see src/lib/content/inline-mdx.ts); any other
   * component fails the build. For collections with thousands of entries: they
   * are rendered once and kept in the content store between builds, instead of
   * each becoming a module the bundler compiles on every build.
   */
  inline?: (lang: Locale) => Readonly<Record<string, InlineComponent>>;
}

/**
 * Astro's glob loader over `<contentDir>/<collection>/<lang>/<slug>.mdx`
 * (entry id `<lang>/<slug>`), after checking that every file is in a known
 * language folder: a stray file fails the build with its path.
 */
export function localizedGlob(contentDir: string, collection: string, { allowedSlugs, inline }: GlobOptions = {}): Loader {
  const base = join(contentDir, collection);
  const inner = glob({ pattern: '**/*.{md,mdx}', base });
  return {
    name: 'site:localized-glob',
    load: async (context) => {
      await assertLayout(base, 'mdx', allowedSlugs);
      await inner.load(context);
      if (!inline) return;
      const { store, renderMarkdown, config } = context;
      for (const entry of store.values()) {
        // Entries unchanged since the last build are already rendered (not deferred) in the store.
        if (!entry.deferredRender || !entry.filePath) continue;
        const lang = entry.id.split('/')[0] ?? '';
        if (!isLocale(lang)) throw new Error(`${entry.filePath}: not in a language folder`);
        const fileURL = new URL(entry.filePath, config.root);
        let markdown: string;
        try {
          markdown = inlineMdx(entry.body ?? '', inline(lang));
        } catch (error) {
          if (!(error instanceof InlineMdxError)) throw error;
          // The body starts after the frontmatter: count its lines so the error points into the file.
          const text = await readFile(fileURL, 'utf8');
          const before = text.slice(0, Math.max(0, text.indexOf(entry.body ?? ''))).split('\n').length - 1;
          throw new Error(`${entry.filePath}, line ${error.line + before}: ${error.reason}`, { cause: error });
        }
        const rendered = await renderMarkdown(markdown, { fileURL });
        // Same digest, so the glob loader keeps this rendered copy until the file changes.
        store.delete(entry.id);
        store.set({ ...entry, rendered, deferredRender: false });
      }
    },
  };
}

/** YAML text, or an error that names the file and the line (not a stack trace inside the parser). */
function parseYaml(filePath: string, text: string): unknown {
  try {
    return parse(text);
  } catch (error) {
    if (!(error instanceof YAMLParseError)) throw error;
    const line = error.linePos?.[0].line;
    const reason = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '');
    throw new Error(`${filePath}${line ? `, line ${line}` : ''}: the YAML cannot be read: ${reason}`, { cause: error });
  }
}

/**
 * `<contentDir>/<collection>/<lang>.yaml` files holding a list of numbered
 * items (entry id `<lang>/<number>`), each validated by the collection schema.
 */
export function localizedYaml(contentDir: string, collection: string): Loader {
  const base = join(contentDir, collection);
  return {
    name: 'site:localized-yaml',
    load: async ({ store, parseData, config }) => {
      await assertLayout(base, 'yaml');
      store.clear();
      for (const file of filesUnder(base)) {
        const lang = file.replace(/\.ya?ml$/, '');
        const filePath = join(base, file);
        const items = parseYaml(filePath, await readFile(filePath, 'utf8'));
        if (!Array.isArray(items)) throw new Error(`${filePath}: expected a list of entries (- number: …)`);
        for (const [i, item] of items.entries()) {
          const number = (item as { number?: unknown } | null)?.number ?? `item-${i + 1}`;
          const id = `${lang}/${String(number)}`;
          if (store.has(id)) throw new Error(`${filePath}: number ${String(number)} appears twice`);
          const data = await parseData({ id, data: item as Record<string, unknown>, filePath });
          // The store wants paths relative to the project, even for a content folder elsewhere.
          store.set({ id, data, filePath: relative(fileURLToPath(config.root), filePath) });
        }
      }
    },
  };
}
