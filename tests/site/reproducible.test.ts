// Two builds of the same commit give the same bytes, so a CDN or host re-uploads only what changed.
// tests/run.mjs builds the site a second time into SECOND_BUILD before the tests run.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir } from '../support/dist';
import { filesUnder } from '../../src/lib/files';

const second = process.env.SECOND_BUILD;

function hashes(dir: string): Map<string, string> {
  return new Map(filesUnder(dir).map((f) => [f, createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')]));
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
