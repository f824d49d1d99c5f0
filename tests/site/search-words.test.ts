// The typo-correction word lists as the build writes them (src/lib/search/word-buckets.ts): in
// buckets by first two letters, each listed and small, so a query fetches only a few KB of them.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir } from '../support/dist';
import { brotli } from '../support/page-weight';
import { localeCodes } from '../../src/i18n/locales';
import { bucketFile, bucketPrefix, type WordBucketList } from '../../src/lib/search/word-buckets';

/** What one bucket may weigh (brotli): a query of three long words then fetches at most ~24 KB of words. */
const BUCKET_BUDGET = 8 * 1024;

describe.each(localeCodes)('search word lists, %s', (lang) => {
  const list = JSON.parse(readFileSync(join(distDir, 'pagefind', `words.${lang}.json`), 'utf8')) as WordBucketList;
  const buckets = list.prefixes.map((prefix) => {
    const file = join(distDir, 'pagefind', 'words', list.folder, `${bucketFile(prefix)}.json`);
    return { prefix, file, exists: existsSync(file) };
  });

  it('lists buckets that all exist, in a folder of this language named by a hash', () => {
    expect(list.folder).toMatch(new RegExp(`^${lang}_[0-9a-f]{10}$`));
    expect(buckets.length).toBeGreaterThan(10);
    expect(buckets.filter((b) => !b.exists).map((b) => b.file)).toEqual([]);
  });

  it('holds in each bucket only words of its two letters, four letters or longer, none twice', () => {
    const seen = new Set<string>();
    const wrong: string[] = [];
    for (const { prefix, file } of buckets) {
      for (const word of JSON.parse(readFileSync(file, 'utf8')) as string[]) {
        if (bucketPrefix(word) !== prefix || [...word].length < 4 || seen.has(word)) wrong.push(`${prefix}: ${word}`);
        seen.add(word);
      }
    }
    expect(wrong).toEqual([]);
    expect(seen.size).toBeGreaterThan(500);
  });

  it(`keeps every bucket within ${BUCKET_BUDGET / 1024} KB brotli`, () => {
    const heavy = buckets.map((b) => ({ ...b, bytes: brotli(readFileSync(b.file)) })).filter((b) => b.bytes > BUCKET_BUDGET);
    expect(heavy.map((b) => `${b.prefix}: ${b.bytes} bytes`)).toEqual([]);
  });
});
