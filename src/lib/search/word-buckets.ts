/**
 * The typo-correction word list, split by the first two letters of each word
 * so a query fetches only the parts its words need: the download stays small
 * however large the site grows (the whole list was 170–217 KB at 1,000
 * stories a language). The build writes one file per two-letter beginning,
 * and a list of the beginnings that exist, so the browser never asks for a
 * file that is not there:
 *
 *   pagefind/words.<lang>.json              { folder: "kk_3f9a…", prefixes: ["ба","бе",…] }
 *   pagefind/words/<folder>/<name>.json     the words starting with it, most widespread first
 *
 * The folder is named by a hash of the language's words, so buckets can be cached for good.
 */

/** `pagefind/words.<lang>.json`: where the buckets are and which exist. */
export interface WordBucketList {
  folder: string;
  prefixes: string[];
}

/** Letters of a word that choose its bucket. */
export const PREFIX_LETTERS = 2;

/**
 * The bucket a word belongs to: its first two letters.
 * @example bucketPrefix('мектеп') // 'ме'
 */
export function bucketPrefix(word: string): string {
  return [...word].slice(0, PREFIX_LETTERS).join('');
}

/**
 * The file name of a bucket: its letters as hexadecimal code points, so every
 * host serves it whatever the script (Cyrillic, accents).
 * @example bucketFile('ме') // '43c-435'
 */
export function bucketFile(prefix: string): string {
  return [...prefix].map((c) => c.codePointAt(0)?.toString(16)).join('-');
}

/**
 * Splits a ranked word list into buckets, keeping the ranking inside each.
 * @example bucketWords(['мектеп', 'бала', 'мекен']) // Map { 'ме' => ['мектеп', 'мекен'], 'ба' => ['бала'] }
 */
export function bucketWords(ranked: readonly string[]): Map<string, string[]> {
  const buckets = new Map<string, string[]>();
  for (const word of ranked) {
    const prefix = bucketPrefix(word);
    const list = buckets.get(prefix) ?? [];
    list.push(word);
    buckets.set(prefix, list);
  }
  return buckets;
}

/**
 * Where else a misspelt word's right form may start, beyond its own bucket:
 * an extra letter typed second (`hhealth`, `vxolunteer`) or the first two
 * letters swapped (`ehalth`). A wrong or missing first or second letter is
 * not looked for: that would mean fetching most buckets.
 * @example neighbourPrefixes('vxolunteer') // ['vo', 'xv']
 * @example neighbourPrefixes('hhealth') // ['he']
 */
export function neighbourPrefixes(word: string): string[] {
  const [a = '', b = '', c = ''] = [...word];
  const own = a + b;
  // Second letter extra (skip it), or the first two swapped.
  return [...new Set([a + c, b + a])].filter((p) => p !== own && [...p].length === PREFIX_LETTERS);
}
