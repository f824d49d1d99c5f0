/**
 * Marking translations as matching their source's current version: rewrites only the
 * `translatedFrom:` line (frontmatter, Convention item, dictionary versions file) and keeps the
 * source's text under its version, so that a later change can be shown word by word.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isSeq, parseDocument, type YAMLMap } from 'yaml';
import { readSnapshots, SNAPSHOT_DIR, snapshotFile, type TranslationStatus } from './status.ts';

/**
 * Which rows a `--mark` target selects: `all`, a language (`ru`), a collection in a language
 * (`ru/hubs`, `ru/crc`, `ru/ui`) or one entry (`ru/hubs/aktau`, `ru/crc/12`, `ru/ui/nav.home`).
 */
export function selectRows(rows: readonly TranslationStatus[], target: string): TranslationStatus[] {
  if (target === 'all') return [...rows];
  const [lang, collection, ...rest] = target.split('/');
  const slug = rest.join('/');
  return rows.filter((r) => r.lang === lang && (!collection || r.collection === collection) && (!slug || r.slug === slug));
}

/** The frontmatter with its `translatedFrom:` set to `version` (added as its last line when absent). */
export function withTranslatedFrom(text: string, version: string, path: string): string {
  const match = /^(---\r?\n)([\s\S]*?)(\r?\n---)/.exec(text);
  if (!match) throw new Error(`${path}: no frontmatter (the file must start with a --- line)`);
  const [whole, open = '', frontmatter = '', close = ''] = match;
  // Quoted: a version of digits only would otherwise be read back as a number.
  const line = `translatedFrom: "${version}"`;
  const next = /^translatedFrom:.*$/m.test(frontmatter) ? frontmatter.replace(/^translatedFrom:.*$/m, line) : `${frontmatter}\n${line}`;
  return `${open}${next}${close}${text.slice(whole.length)}`;
}

/** A Convention file with `translatedFrom` set on the articles given (number → version). */
export function withArticleVersions(text: string, versions: ReadonlyMap<string, string>, path: string): string {
  const doc = parseDocument(text);
  if (!isSeq(doc.contents)) throw new Error(`${path}: expected a list of entries (- number: …)`);
  for (const item of doc.contents.items) {
    if (!isMap(item)) continue;
    const version = versions.get(String(item.get('number')));
    if (version) (item as YAMLMap<unknown, unknown>).set('translatedFrom', version);
  }
  // lineWidth 0: never fold a long summary onto new lines, so the file changes only where marked.
  return doc.toString({ lineWidth: 0 });
}

/** Keeps the source text of `version` in its collection's file (written by `saveSnapshots`). */
export function keepSnapshot(contentDir: string, collection: string, version: string, text: string): void {
  readSnapshots(contentDir, collection)[version] = text;
}

/**
 * Writes every collection's kept texts, without those no translation refers to any more; one
 * version a line, sorted, so two editors' marks merge line by line. Returns how many were dropped.
 */
export function saveSnapshots(contentDir: string, collections: readonly string[], referenced: ReadonlySet<string>): number {
  let dropped = 0;
  mkdirSync(join(contentDir, SNAPSHOT_DIR), { recursive: true });
  for (const collection of collections) {
    const kept = readSnapshots(contentDir, collection);
    const versions = Object.keys(kept).sort();
    const live = versions.filter((v) => referenced.has(v));
    dropped += versions.length - live.length;
    const path = snapshotFile(contentDir, collection);
    if (!live.length) {
      if (existsSync(path)) rmSync(path);
      continue;
    }
    writeFileSync(path, `{\n${live.map((v) => `  ${JSON.stringify(v)}: ${JSON.stringify(kept[v])}`).join(',\n')}\n}\n`);
  }
  return dropped;
}

/** A dictionary versions file (key → version), sorted, as JSON; {} when it does not exist yet. */
export function readVersions(path: string): Record<string, string> {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>) : {};
}

export function writeVersions(path: string, versions: Readonly<Record<string, string>>): void {
  const sorted = Object.fromEntries(Object.entries(versions).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  writeFileSync(path, `${JSON.stringify(sorted, null, 2)}\n`);
}
