// Fonts a first visit downloads: only the subsets the page's own language is written in
// (the budget on bytes in tests/site/budgets.test.ts covers what is preloaded; this covers
// what the browser fetches once the page is laid out, e.g. for other languages' names).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { servedSite } from '../support/served-site';
import { distDir, pages, settings } from '../support/dist';

const site = servedSite();

/** Does the @font-face of a font file cover a code point? Read from the page's inline CSS. */
function covers(html: string, fontPath: string, cp: number): boolean {
  const face = [...html.matchAll(/@font-face\s*{([^}]*)}/g)].map((m) => m[1] ?? '').find((f) => f.includes(fontPath));
  const ranges = /unicode-range:\s*([^;]+)/.exec(face ?? '')?.[1] ?? '';
  return ranges.split(',').some((r) => {
    const [from = '0', to] = r.trim().replace(/^U\+/i, '').split('-');
    return cp >= parseInt(from, 16) && cp <= parseInt(to ?? from, 16);
  });
}

/** Letters a page's language never needs: Cyrillic on Latin pages, the Kazakh letters on Russian ones. */
const foreign: Record<string, number> = { en: 0x0416, es: 0x0416, ru: 0x04d9 };

describe('font downloads', () => {
  for (const [lang, cp] of Object.entries(foreign)) {
    it(`a ${lang} page fetches no font for letters ${lang} does not use (U+${cp.toString(16).toUpperCase()})`, async () => {
      const samples = pages.filter((p) => p.url.startsWith(`${settings.base}${lang}/`)).slice(0, 6);
      expect(samples.length).toBeGreaterThan(0);
      const wrong: string[] = [];
      for (const sample of samples) {
        const context = await site.newContext();
        const page = await context.newPage();
        const fonts: string[] = [];
        page.on('request', (r) => {
          if (r.url().endsWith('.woff2')) fonts.push(new URL(r.url()).pathname);
        });
        await page.goto(site.origin + sample.url, { waitUntil: 'load' });
        // Lay the page out (that is when the browser asks for the font files its text needs), then
        // wait until those have arrived: the same as waiting for the network to go quiet, sooner.
        await page.evaluate(async () => {
          void document.body.offsetHeight;
          await document.fonts.ready;
        });
        const html = readFileSync(join(distDir, sample.file), 'utf8');
        for (const font of fonts) if (covers(html, font, cp)) wrong.push(`${sample.url} → ${font}`);
        expect(fonts.length, sample.url).toBeGreaterThan(0);
        await context.close();
      }
      expect(wrong).toEqual([]);
    });
  }
});
