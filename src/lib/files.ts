import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Compares paths segment by segment: the order of a depth-first walk with each folder sorted. */
function bySegments(a: string, b: string): number {
  const x = a.split('/');
  const y = b.split('/');
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const p = x[i] ?? '';
    const q = y[i] ?? '';
    if (p !== q) return p < q ? -1 : 1;
  }
  return x.length - y.length;
}

/**
 * Every file under `dir`, as paths relative to it with `/` separators, in the order of a
 * depth-first walk with each folder sorted (stable across machines); none when `dir` is missing.
 * @example filesUnder('content') // ['crc/en.yaml', …, 'stories/en/bekind-lessons.mdx', …]
 */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort(bySegments);
}
