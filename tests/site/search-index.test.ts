// Pagefind's output as the build leaves it (src/integrations/pagefind.ts): the word index in small
// chunks, so that a query, which downloads every chunk its words fall in, costs a few KB and not
// 25–60; and only the files the site loads.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir } from '../support/dist';
import { localeCodes } from '../../src/i18n/locales';

/** What one chunk may weigh as sent (its gzip, as stored). Pagefind's default chunks weigh 25 KB and more. */
const CHUNK_BUDGET = 12 * 1024;

const indexDir = join(distDir, 'pagefind', 'index');
const chunks = readdirSync(indexDir).map((name) => ({ name, bytes: statSync(join(indexDir, name)).size }));

describe.each(localeCodes)('search index chunks, %s', (lang) => {
  const own = chunks.filter((c) => c.name.startsWith(`${lang}_`) && c.name.endsWith('.pf_index'));

  it(`are several, each within ${CHUNK_BUDGET / 1024} KB`, () => {
    expect(own.length).toBeGreaterThan(1);
    expect(own.filter((c) => c.bytes > CHUNK_BUDGET).map((c) => `${c.name}: ${c.bytes} bytes`)).toEqual([]);
  });
});

describe('the Pagefind folder', () => {
  it('holds the loader the search imports, and none of the UI, highlighter or worker the site does not load', () => {
    const dir = join(distDir, 'pagefind');
    expect(existsSync(join(dir, 'pagefind.js'))).toBe(true);
    const unused = readdirSync(dir).filter((f) => /\.css$|^pagefind-(ui|component-ui|modular-ui|highlight|worker)\.js$/.test(f));
    expect(unused).toEqual([]);
  });
});
