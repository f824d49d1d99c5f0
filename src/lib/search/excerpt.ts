/**
 * Excerpts built from plain text and word positions, so results are drawn
 * with text nodes and <mark> elements (no HTML strings from the index).
 */
import { splitWords } from './text';

export interface Segment {
  text: string;
  /** A matched word, shown in <mark>. */
  mark: boolean;
}

/**
 * About `size` words of `content` around the densest group of `hits` (word
 * positions), with "…" where text was cut.
 * @example buildExcerpt('a b c d e', [3], 3) // [{text:'… b c ', mark:false}, {text:'d', mark:true}, {text:' …', mark:false}]
 */
export function buildExcerpt(content: string, hits: readonly number[], size = 30): Segment[] {
  const words = splitWords(content);
  if (words.length === 0) return [];
  const marked = new Set(hits);
  let start = 0;
  let best = -1;
  for (const hit of hits) {
    // Start a little before a match so the reader sees what leads to it.
    const from = Math.max(0, Math.min(hit - 2, words.length - size));
    const count = hits.filter((h) => h >= from && h < from + size).length;
    if (count > best) [best, start] = [count, from];
  }
  const end = Math.min(words.length, start + size);
  const segments: Segment[] = [];
  const push = (text: string, mark: boolean) => {
    const last = segments.at(-1);
    if (last && last.mark === mark && !mark) last.text += text;
    else segments.push({ text, mark });
  };
  if (start > 0) push('… ', false);
  for (let i = start; i < end; i++) {
    if (i > start) push(' ', false);
    push(words[i] ?? '', marked.has(i));
  }
  if (end < words.length) push(' …', false);
  return segments;
}
