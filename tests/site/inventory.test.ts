// No content file is ever silently dropped: every file becomes a page in every language.
import { describe, expect, it } from 'vitest';
import { listContentFiles, pageCollections } from '../../src/lib/content/content-files';
import { localeCodes } from '../../src/i18n/locales';
import { pageByUrl, settings } from '../support/dist';

const files = listContentFiles(settings.contentDir);

describe('content inventory', () => {
  it('finds content files to check', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it('builds every content file into a page in every language', () => {
    const missing: string[] = [];
    for (const file of files.filter((f) => (pageCollections as readonly string[]).includes(f.collection))) {
      for (const lang of localeCodes) {
        const url = `${settings.base}${lang}/${file.collection}/${file.slug}/`;
        if (!pageByUrl.has(url)) missing.push(`${file.path} → ${url}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('shows a real translation in its own language, and a fallback copy marked as such', () => {
    const real = new Set(files.map((f) => `${f.lang}/${f.collection}/${f.slug}`));
    for (const file of files) {
      for (const lang of localeCodes) {
        const page = pageByUrl.get(`${settings.base}${lang}/${file.collection}/${file.slug}/`);
        if (!page) continue;
        const isReal = real.has(`${lang}/${file.collection}/${file.slug}`);
        const robots = page.doc.querySelector('meta[name=robots]')?.getAttribute('content');
        const notice = page.doc.querySelector('main [role=note]');
        if (isReal) {
          expect(robots, page.url).toBeUndefined();
          expect(notice, page.url).toBeNull();
        } else {
          expect(robots, page.url).toBe('noindex');
          expect(notice, page.url).not.toBeNull();
          expect(page.doc.querySelectorAll('link[hreflang]'), page.url).toHaveLength(0);
          // The borrowed text declares its own language.
          expect(page.doc.querySelector('main article')?.getAttribute('lang'), page.url).toMatch(/^(en|ru)$/);
        }
      }
    }
  });
});
