/**
 * Which translations match their source, read from the content files alone (no git, no Astro):
 * the same answer in `npm run translations`, on the status page and in the notice on a page.
 * Imports carry `.ts` so plain Node runs this module (tools/translations.ts).
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { filesUnder } from '../files.ts';
import { defaultLocale, isLocale, localeCodes, type Locale } from '../../i18n/locales.ts';
import { dayOf, parseMdx, readableText, sourceVersion, stringVersion, wordChanges, type SourceContent, type WordChanges } from './version.ts';

/** Every translation is made from the English entry (the fallback chains only choose what a reader sees when one is missing). */
export const sourceLocale: Locale = defaultLocale;
export const targetLocales: readonly Locale[] = localeCodes.filter((code) => code !== sourceLocale);

/** Where the source text of each marked version is kept, to tell an editor later what changed since. */
export const SNAPSHOT_DIR = '.source-versions';

export interface ContentEntry extends SourceContent {
  /** `programme`, `hubs`…, `crc` for the Convention's articles. */
  collection: string;
  lang: Locale;
  /** The slug, or the article number. */
  slug: string;
  /** Path relative to the content folder. */
  file: string;
  version: string;
}

/** The entries of one content file: an MDX page, or the articles of a Convention file. */
function readFile(contentDir: string, file: string): ContentEntry[] {
  const parts = file.split('/');
  const [collection = '', lang = ''] = parts;
  if (collection.startsWith('.')) return [];
  if (parts.length >= 3 && /\.mdx?$/.test(file) && isLocale(lang)) {
    const text = readFileSync(join(contentDir, file), 'utf8');
    const { fields, body } = parseMdx(text, join(contentDir, file));
    const slug = parts.slice(2).join('/').replace(/\.mdx?$/, '');
    return [{ collection, lang, slug, file, fields, body, version: sourceVersion({ fields, body }) }];
  }
  const code = (parts[1] ?? '').replace(/\.ya?ml$/, '');
  if (parts.length !== 2 || !/\.ya?ml$/.test(file) || !isLocale(code)) return [];
  const items = parse(readFileSync(join(contentDir, file), 'utf8')) as unknown;
  if (!Array.isArray(items)) return []; // the loader reports it, with its line
  return (items as Record<string, unknown>[])
    .filter((item) => item && typeof item === 'object' && item.number !== undefined)
    .map((fields) => ({ collection, lang: code, slug: String(fields.number), file, fields, body: '', version: sourceVersion({ fields, body: '' }) }));
}

/**
 * Where the build keeps the versions of unchanged files between runs: in Astro's cache folder
 * (ASTRO_CACHE_DIR, default node_modules/.astro), one file per content folder.
 */
export function versionCacheFile(contentDir: string, env: Record<string, string | undefined>): string {
  const id = createHash('sha256').update(resolve(contentDir)).digest('hex').slice(0, 12);
  return join(env.ASTRO_CACHE_DIR ?? 'node_modules/.astro', `translation-versions-${id}.json`);
}

interface CachedFile {
  mtimeMs: number;
  size: number;
  entries: ContentEntry[];
}

/**
 * Every MDX entry and Convention article under `contentDir`, each with its version.
 * With `cacheFile`, a file unchanged since the last read (same size and modification time) is
 * not read, parsed or hashed again: the build asks on every run, and stories grow into
 * thousands. Entries from the cache have no `body` (''): the build needs only their fields and
 * version; `npm run translations` reads every file.
 */
export function readContent(contentDir: string, { cacheFile }: { cacheFile?: string } = {}): ContentEntry[] {
  const cache = new Map<string, CachedFile>();
  if (cacheFile && existsSync(cacheFile)) {
    try {
      for (const [file, cached] of Object.entries(JSON.parse(readFileSync(cacheFile, 'utf8')) as Record<string, CachedFile>)) cache.set(file, cached);
    } catch {
      // A damaged cache is read again from the files.
    }
  }
  const next: Record<string, CachedFile> = {};
  const entries: ContentEntry[] = [];
  for (const file of filesUnder(contentDir)) {
    const { mtimeMs, size } = statSync(join(contentDir, file));
    const hit = cache.get(file);
    const fileEntries = hit && hit.mtimeMs === mtimeMs && hit.size === size ? hit.entries : readFile(contentDir, file);
    if (!fileEntries.length) continue;
    next[file] = { mtimeMs, size, entries: fileEntries.map((e) => ({ ...e, body: '' })) };
    entries.push(...fileEntries);
  }
  if (cacheFile) {
    mkdirSync(dirname(cacheFile), { recursive: true });
    writeFileSync(cacheFile, JSON.stringify(next));
  }
  return entries;
}

export type TranslationState = 'current' | 'outdated' | 'missing';

export interface TranslationStatus {
  collection: string;
  slug: string;
  lang: Locale;
  state: TranslationState;
  /** The source's version now. */
  version: string;
  /** The version the translation says it matches; undefined when it was never marked. */
  translatedFrom?: string | undefined;
  /** The day the source last changed (its `updated:`, else its `date:`), when it says. */
  sourceUpdated?: string | undefined;
  /** The translation's own `updated:` (else `date:`), when it says. */
  translationUpdated?: string | undefined;
  /** Words added to and removed from the source since `translatedFrom` (when that version's text was kept). */
  changes?: WordChanges | undefined;
}

/** The day an entry last changed in substance: `updated:`, else its publication `date:`. */
export function updatedDay(fields: Record<string, unknown>): string | undefined {
  return dayOf(fields.updated) ?? dayOf(fields.date);
}

/** A key for one translation: collection, language and slug joined by slashes (not a site path). */
export const statusKey = (collection: string, lang: string, slug: string) => [collection, lang, slug].join('/');

/** The file keeping a collection's source texts by version: one JSON object, one version a line. */
export const snapshotFile = (contentDir: string, collection: string) => join(contentDir, SNAPSHOT_DIR, `${collection}.json`);

const snapshots = new Map<string, Record<string, string>>();

/** A collection's kept source texts (version → text), read once per process. */
export function readSnapshots(contentDir: string, collection: string): Record<string, string> {
  const path = snapshotFile(contentDir, collection);
  let kept = snapshots.get(path);
  if (!kept) {
    kept = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>) : {};
    snapshots.set(path, kept);
  }
  return kept;
}

/** Changes since `version`, from its kept text; undefined when that text was not kept. */
export function changesSince(contentDir: string, collection: string, version: string | undefined, now: string): WordChanges | undefined {
  const before = version ? readSnapshots(contentDir, collection)[version] : undefined;
  return before === undefined ? undefined : wordChanges(before, now);
}

/**
 * The state of every translation of every source entry, source order, then language. An entry
 * with no English source is an original and is not listed.
 */
export function contentStatus(entries: readonly ContentEntry[], options: { contentDir?: string } = {}): TranslationStatus[] {
  const byKey = new Map(entries.map((e) => [statusKey(e.collection, e.lang, e.slug), e]));
  const rows: TranslationStatus[] = [];
  for (const source of entries) {
    if (source.lang !== sourceLocale) continue;
    const sourceUpdated = updatedDay(source.fields);
    for (const lang of targetLocales) {
      const translation = byKey.get(statusKey(source.collection, lang, source.slug));
      const base = { collection: source.collection, slug: source.slug, lang, version: source.version, sourceUpdated };
      if (!translation) {
        rows.push({ ...base, state: 'missing' });
        continue;
      }
      const from = typeof translation.fields.translatedFrom === 'string' ? translation.fields.translatedFrom : undefined;
      const state = from === source.version ? 'current' : 'outdated';
      const changes = state === 'outdated' && options.contentDir ? changesSince(options.contentDir, source.collection, from, readableText(source)) : undefined;
      rows.push({ ...base, state, translatedFrom: from, translationUpdated: updatedDay(translation.fields), changes });
    }
  }
  return rows;
}

/**
 * The day to tell readers the source changed: its `updated:`, unless the translation says it was
 * updated on that day or later (then the source's date was not moved with its change, and
 * would mislead).
 */
export function sourceChangeDay(status: TranslationStatus): string | undefined {
  const { sourceUpdated, translationUpdated } = status;
  return sourceUpdated && (!translationUpdated || sourceUpdated > translationUpdated) ? sourceUpdated : undefined;
}

/** The interface dictionaries, key by key: `versions[lang]` holds the version of the English string each translated string matches. */
export function dictionaryStatus(
  dictionaries: Readonly<Record<Locale, object>>,
  versions: Readonly<Partial<Record<Locale, Readonly<Record<string, string>>>>>,
  options: { contentDir?: string } = {},
): TranslationStatus[] {
  const rows: TranslationStatus[] = [];
  const source = dictionaries[sourceLocale] as Readonly<Record<string, unknown>>;
  for (const [key, value] of Object.entries(source)) {
    const version = stringVersion(value);
    for (const lang of targetLocales) {
      const base = { collection: 'ui', slug: key, lang, version };
      if (!Object.hasOwn(dictionaries[lang], key)) {
        rows.push({ ...base, state: 'missing' });
        continue;
      }
      const from = versions[lang]?.[key];
      const state = from === version ? 'current' : 'outdated';
      const now = typeof value === 'string' ? value : Object.values(value as object).join('\n');
      const changes = state === 'outdated' && options.contentDir ? changesSince(options.contentDir, 'ui', from, now) : undefined;
      rows.push({ ...base, state, translatedFrom: from, changes });
    }
  }
  return rows;
}

/** Counts per collection and language. */
export function summarize(rows: readonly TranslationStatus[]): Map<string, Record<TranslationState, number>> {
  const counts = new Map<string, Record<TranslationState, number>>();
  for (const row of rows) {
    const key = `${row.collection} ${row.lang}`;
    const c = counts.get(key) ?? { current: 0, outdated: 0, missing: 0 };
    c[row.state]++;
    counts.set(key, c);
  }
  return counts;
}
