/**
 * Typo tolerance. Pagefind matches words by their beginning and has no fuzzy
 * search, so a query with one wrong letter finds nothing. The search loads
 * the part of the language's vocabulary its words fall into (written at build
 * time by first two letters, most frequent words first: word-buckets.ts) and
 * replaces each unknown word with the nearest known one, at most one edit
 * away (two for long words).
 */
import { bucketPrefix, neighbourPrefixes } from './word-buckets';

/**
 * Edit distance with adjacent transpositions (optimal string alignment), stopping early above `max`.
 * @example editDistance('мектеп', 'мектпе') // 1
 */
export function editDistance(a: string, b: string, max = 2): number {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) d = Math.min(d, (prev2[j - 2] ?? 0) + 1);
      row.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    [prev2, prev] = [prev, row];
  }
  return prev[y.length] ?? max + 1;
}

/** How many edits a word of this length may need: none for short words, where a guess is mostly wrong. */
export function allowedEdits(word: string): number {
  const n = [...word].length;
  return n < 4 ? 0 : n < 9 ? 1 : 2;
}

/**
 * Is some indexed word this word or its continuation (Pagefind matches by prefix)?
 * @example isKnown('мекте', ['мектеп']) // true
 */
export function isKnown(word: string, vocabulary: readonly string[]): boolean {
  return vocabulary.some((v) => v.startsWith(word));
}

/**
 * Replaces the words the site does not use by their nearest word, before
 * searching. Pagefind would otherwise match a misspelt word by its first
 * letters (helth → he) and rank unrelated pages. Short words and words with
 * no near neighbour stay as typed (for English, Spanish and Russian
 * Pagefind's stemmer may still find another form of them).
 * @example correctQuery(['helth', 'right'], ['health', 'right']) // { words: ['health', 'right'], changed: true }
 */
export function correctQuery(words: readonly string[], vocabulary: readonly string[]): { words: string[]; changed: boolean } {
  const fixed = correctWords(words, vocabulary);
  return { words: fixed, changed: fixed.some((w, i) => w !== words[i]) };
}

/**
 * The nearest vocabulary word, comparing with whole words and with their
 * beginnings (the reader may have typed only part of a word); ties go to the
 * more frequent word, which comes first in the vocabulary.
 * @example nearestWord('мекткп', ['бала', 'мектеп']) // 'мектеп'
 */
export function nearestWord(word: string, vocabulary: readonly string[]): string | undefined {
  const max = allowedEdits(word);
  if (max === 0) return undefined;
  const n = [...word].length;
  let best: { word: string; d: number } | undefined;
  for (const v of vocabulary) {
    const letters = [...v];
    const d = Math.min(
      editDistance(word, v, max),
      ...[n - 1, n, n + 1].filter((len) => len > 0 && len < letters.length).map((len) => editDistance(word, letters.slice(0, len).join(''), max)),
    );
    if (d <= max && (!best || d < best.d)) best = { word: d < editDistance(word, v, max) ? letters.slice(0, n).join('') : v, d };
    if (best?.d === 1 && max === 1) break;
  }
  return best?.word;
}

/**
 * Replaces the unknown words of a query by their nearest known word.
 * @example correctWords(['школа', 'вoлонтеры'], ['школа', 'волонтеры']) // ['школа', 'волонтеры']
 */
export function correctWords(words: readonly string[], vocabulary: readonly string[]): string[] {
  return words.map((w) => (isKnown(w, vocabulary) ? w : (nearestWord(w, vocabulary) ?? w)));
}

/** The words of the vocabulary buckets with these beginnings (word-buckets.ts), each bucket most frequent first. */
export type BucketLookup = (prefixes: readonly string[]) => Promise<readonly string[]>;

/**
 * `correctQuery`, loading only the buckets the words need: a word's own
 * bucket tells whether it is known (its continuations share its first two
 * letters); an unknown word with no near neighbour there also looks in the
 * buckets it would fall into with an extra second letter or the first two swapped.
 * @example await correctQueryFrom(['helth'], async () => ['health']) // { words: ['health'], changed: true }
 */
export async function correctQueryFrom(words: readonly string[], lookup: BucketLookup): Promise<{ words: string[]; changed: boolean }> {
  const fixed = await Promise.all(
    words.map(async (word) => {
      if (allowedEdits(word) === 0) return word;
      const own = await lookup([bucketPrefix(word)]);
      if (isKnown(word, own)) return word;
      // Most typos keep the first two letters: the other buckets only when the word's own has no neighbour.
      return nearestWord(word, own) ?? nearestWord(word, await lookup(neighbourPrefixes(word))) ?? word;
    }),
  );
  return { words: fixed, changed: fixed.some((w, i) => w !== words[i]) };
}
