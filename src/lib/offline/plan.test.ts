import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { routesFor } from '../../i18n/routing';
import { buildVersion, corePages, fileOf, searchFiles, withAssets } from './plan';

const dir = mkdtempSync(join(tmpdir(), 'offline-plan-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const put = (file: string, text: string) => {
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  writeFileSync(join(dir, file), text);
};

describe('corePages', () => {
  it('are the home page, how to join, hubs, help about violence, rights, and the offline pages, under the base', () => {
    expect(corePages(routesFor('/volunteers/'), 'kk')).toEqual([
      '/volunteers/kk/',
      '/volunteers/kk/programme/join/',
      '/volunteers/kk/hubs/',
      '/volunteers/kk/rights/protection-from-violence/',
      '/volunteers/kk/rights/',
      '/volunteers/kk/offline/',
      '/volunteers/kk/saved/',
    ]);
  });
});

describe('fileOf', () => {
  it('maps a page to its index.html and a file to itself', () => {
    expect(fileOf('/b/kk/', '/b/')).toBe('kk/index.html');
    expect(fileOf('/b/', '/b/')).toBe('index.html');
    expect(fileOf('/b/_astro/x.js', '/b/')).toBe('_astro/x.js');
  });
});

describe('withAssets', () => {
  it('follows a page to its scripts and their static imports, each once', () => {
    put('en/index.html', '<script type="module" src="/_astro/a.js"></script><script type="module" src="/_astro/b.js"></script>');
    put('_astro/a.js', 'import{x}from"./shared.js";import("./lazy.js")');
    put('_astro/b.js', 'import"./shared.js"');
    put('_astro/shared.js', 'export const x=1');
    expect(withAssets(dir, '/', '/en/')).toEqual(['/en/', '/_astro/a.js', '/_astro/b.js', '/_astro/shared.js']);
    expect(withAssets(dir, '/', '/_astro/a.js')).toEqual(['/_astro/a.js', '/_astro/shared.js']);
  });
});

describe('searchFiles', () => {
  const fixed = ['pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'pagefind/wasm.unknown.pagefind', 'pagefind/words.kk.json'];
  const files = [...fixed, 'pagefind/wasm.ru.pagefind', 'pagefind/words.ru.json', 'pagefind/pagefind.kk_0123abcd.pf_meta', 'pagefind/pagefind.ru_0123abcd.pf_meta', 'pagefind/index/kk_1.pf_index', 'pagefind/index/ru_1.pf_index', 'pagefind/fragment/kk_2.pf_fragment', 'pagefind/filter/kk_3.pf_filter', 'pagefind/words/kk_0a1b2c3d4e/ас.json', 'pagefind/words/ru_5f6a7b8c9d/ас.json'];

  it('takes the language’s own index, metadata, WebAssembly and word buckets, no other language’s', () => {
    expect(searchFiles(files, 'kk', null).sort()).toEqual([...fixed, 'pagefind/pagefind.kk_0123abcd.pf_meta', 'pagefind/index/kk_1.pf_index', 'pagefind/fragment/kk_2.pf_fragment', 'pagefind/filter/kk_3.pf_filter', 'pagefind/words/kk_0a1b2c3d4e/ас.json'].sort());
  });

  it('names what is missing when Pagefind’s layout is not the one it knows', () => {
    expect(() => searchFiles(files.filter((f) => !f.endsWith('pagefind.js')), 'kk', null)).toThrow(/offline search for kk: no pagefind\/pagefind\.js/);
    expect(() => searchFiles(files, 'es', 'es')).toThrow(/wasm\.es\.pagefind.*words\.es\.json.*pf_meta/);
  });
});

describe('buildVersion', () => {
  it('is the same for the same files and changes with any byte or with the worker', () => {
    put('v/a.html', 'one');
    const a = buildVersion(dir, ['v/a.html'], 'worker');
    expect(buildVersion(dir, ['v/a.html'], 'worker')).toBe(a);
    expect(buildVersion(dir, ['v/a.html'], 'worker 2')).not.toBe(a);
    put('v/a.html', 'two');
    expect(buildVersion(dir, ['v/a.html'], 'worker')).not.toBe(a);
  });
});
