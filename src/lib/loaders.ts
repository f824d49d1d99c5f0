import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { contentLayoutError } from './content-layout';

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1).replaceAll('\\', '/'));
}

async function assertLayout(dir: string, kind: 'mdx' | 'yaml', allowedSlugs?: readonly string[]) {
  const errors = (await filesUnder(dir))
    .map((file) => contentLayoutError(file, kind, dir, allowedSlugs))
    .filter((e): e is string => Boolean(e));
  if (errors.length) throw new Error(`Misplaced content files:\n${errors.join('\n')}`);
}

/**
 * Astro's glob loader over `<contentDir>/<collection>/<lang>/<slug>.mdx`
 * (entry id `<lang>/<slug>`), after checking that every file is in a known
 * language folder: a stray file fails the build with its path.
 */
export function localizedGlob(contentDir: string, collection: string, allowedSlugs?: readonly string[]): Loader {
  const base = join(contentDir, collection);
  const inner = glob({ pattern: '**/*.{md,mdx}', base });
  return {
    name: 'site:localized-glob',
    load: async (context) => {
      await assertLayout(base, 'mdx', allowedSlugs);
      await inner.load(context);
    },
  };
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
      for (const file of await filesUnder(base)) {
        const lang = file.replace(/\.ya?ml$/, '');
        const filePath = join(base, file);
        const items: unknown = parse(await readFile(filePath, 'utf8'));
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
