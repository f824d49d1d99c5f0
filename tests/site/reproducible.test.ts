// Two builds of the same commit give the same bytes, so a CDN or host re-uploads only what changed.
// tests/run.mjs builds the site a second time into SECOND_BUILD before the tests run.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir } from '../support/dist';

const second = process.env.SECOND_BUILD;

function hashes(dir: string): Map<string, string> {
  const walk = (d: string): string[] =>
    readdirSync(d).flatMap((name) => (statSync(join(d, name)).isDirectory() ? walk(join(d, name)) : [join(d, name)]));
  return new Map(
    walk(dir).map((f) => [relative(dir, f).split(sep).join('/'), createHash('sha256').update(readFileSync(f)).digest('hex')]),
  );
}

describe.skipIf(!second)('a second build of the same commit (SECOND_BUILD, set by npm test)', () => {
  it('has the same files with the same bytes', () => {
    const a = hashes(distDir);
    const b = hashes(second ?? '');
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    const differing = [...a].filter(([file, hash]) => b.get(file) !== hash).map(([file]) => file);
    expect(differing).toEqual([]);
    expect(a.size).toBeGreaterThan(100);
  });
});
