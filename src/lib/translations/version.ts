/**
 * The version of a source text a translation matches: a short hash of its translatable content
 * (docs/decisions/0005-translation-status.md). Pure and free of Astro, so `npm run translations`
 * (plain Node) and the build compute the same value. Imports carry `.ts` for Node.
 */
import { createHash } from 'node:crypto';
import { parse } from 'yaml';

/**
 * Fields that are the same in every language or are bookkeeping: a change to them is not a
 * change a translator must follow. Every other field counts, so a new text field is tracked
 * without anyone remembering to list it.
 */
export const languageNeutralFields: ReadonlySet<string> = new Set([
  'translatedFrom',
  'updated',
  'number',
  'order',
  'sources',
  'sensitive',
  'hub',
  'topics',
  'articles',
  'date',
  'start',
  'end',
  'author',
  'subjects',
]);

/** Hex digits kept of the SHA-256: 40 bits, ample to tell two versions of one entry apart. */
export const VERSION_LENGTH = 10;
export const versionPattern = /^[0-9a-f]{10}$/;

/** Formatting does not count: Unicode normal form, and any run of whitespace (line wrapping, blank lines, indent) is one space. */
export function normalizeText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** The translatable part of a value: text normalized, keys sorted, neutral fields dropped at the top level. */
function translatable(value: unknown): unknown {
  if (typeof value === 'string') return normalizeText(value);
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(translatable);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, translatable(v)]),
    );
  }
  return value ?? null;
}

export interface SourceContent {
  /** The entry's fields (frontmatter, or a YAML item), as parsed. */
  fields: Record<string, unknown>;
  /** The MDX text after the frontmatter ('' for a YAML item). */
  body: string;
}

function translatableFields(fields: Record<string, unknown>): Record<string, unknown> {
  const kept = Object.fromEntries(Object.entries(fields).filter(([key]) => !languageNeutralFields.has(key)));
  return translatable(kept) as Record<string, unknown>;
}

/**
 * The version of a source entry: the first hex digits of SHA-256 over its translatable fields and
 * its text, both normalized.
 * @example sourceVersion({ fields: { title: 'Aktau' }, body: 'One  line\nwrapped.' }) === sourceVersion({ fields: { title: 'Aktau' }, body: 'One line wrapped.' })
 */
export function sourceVersion({ fields, body }: SourceContent): string {
  const canonical = JSON.stringify([translatableFields(fields), normalizeText(body)]);
  return createHash('sha256').update(canonical).digest('hex').slice(0, VERSION_LENGTH);
}

/** The version of one interface string (a text, or the plural forms of one). */
export function stringVersion(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(translatable(value))).digest('hex').slice(0, VERSION_LENGTH);
}

/**
 * The words a reader reads, for telling an editor what changed since a version: the
 * translatable fields' text, then the body.
 */
export function readableText({ fields, body }: SourceContent): string {
  const texts: string[] = [];
  const collect = (value: unknown) => {
    if (typeof value === 'string') texts.push(value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  collect(translatableFields(fields));
  texts.push(normalizeText(body));
  return texts.filter(Boolean).join('\n');
}

export interface WordChanges {
  added: string[];
  removed: string[];
}

/**
 * Words added and removed between two texts, counted as multisets (order and formatting
 * ignored): enough to see what a translation must catch up with.
 * @example wordChanges('six hubs', 'seven hubs') // { added: ['seven'], removed: ['six'] }
 */
export function wordChanges(before: string, after: string): WordChanges {
  const words = (text: string) => normalizeText(text).split(' ').filter(Boolean);
  const count = new Map<string, number>();
  for (const w of words(before)) count.set(w, (count.get(w) ?? 0) + 1);
  const added: string[] = [];
  for (const w of words(after)) {
    const n = count.get(w) ?? 0;
    if (n > 0) count.set(w, n - 1);
    else added.push(w);
  }
  const removed = words(before).filter((w) => {
    const n = count.get(w) ?? 0;
    if (n > 0) {
      count.set(w, n - 1);
      return true;
    }
    return false;
  });
  return { added, removed };
}

export interface MdxFile extends SourceContent {
  /** The frontmatter as written, for rewriting one field in place. */
  frontmatter: string;
}

/** Splits an MDX file into its frontmatter fields and text. */
export function parseMdx(text: string, path: string): MdxFile {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) throw new Error(`${path}: no frontmatter (the file must start with a --- line)`);
  const frontmatter = match[1] ?? '';
  const fields = parse(frontmatter) as unknown;
  if (!fields || typeof fields !== 'object' || Array.isArray(fields)) throw new Error(`${path}: the frontmatter must be a list of fields`);
  return { fields: fields as Record<string, unknown>, body: text.slice(match[0].length), frontmatter };
}

/** A calendar day (2026-11-10) from a YAML value, or undefined. */
export function dayOf(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  // A date YAML read unquoted comes back from a JSON cache as midnight UTC.
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}(T00:00:00(\.000)?Z)?$/.test(value.trim())) return value.trim().slice(0, 10);
  return undefined;
}
