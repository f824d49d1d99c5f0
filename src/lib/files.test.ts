import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { filesUnder } from './files';

describe('filesUnder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'files-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lists files only, relative, each folder sorted before its later siblings', () => {
    for (const file of ['b.txt', 'a/y.txt', 'a-b/x.txt', 'a/c/z.txt']) {
      mkdirSync(join(dir, file, '..'), { recursive: true });
      writeFileSync(join(dir, file), '');
    }
    expect(filesUnder(dir)).toEqual(['a/c/z.txt', 'a/y.txt', 'a-b/x.txt', 'b.txt']);
  });

  it('finds nothing in a folder that does not exist', () => {
    expect(filesUnder(join(dir, 'missing'))).toEqual([]);
  });
});
