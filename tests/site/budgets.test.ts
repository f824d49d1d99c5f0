// Performance budgets over every built page, in bytes (stable from run to run, unlike time).
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodyText, distDir, distFiles, pages, settings } from '../support/dist';
import { brotli, kb, weighPage } from '../support/page-weight';

/** One round trip of a new connection (TCP's initial window, ~14 KB): the page renders after it. */
const FIRST_ROUNDTRIP = 14 * 1024;
/** Listing pages (a section's index, all 54 articles, the search page) may take a second round trip. */
const LISTING = 28 * 1024;
const isListing = (rel: string) => /^[a-z]{2}\/([\w-]+\/)?(articles\/)?$/.test(rel) && !/^[a-z]{2}\/(404\/)?$/.test(rel);

/**
 * The interactive features, the element that marks a page as having one, and what its
 * script may weigh (brotli, with the modules it imports at load; what it loads on demand,
 * such as Pagefind's index, is not counted). A page runs JavaScript only if it has one of
 * these; a new feature adds its line here, with its budget.
 */
const features = [
  { name: 'language choice at /', selector: '[data-language-choice]', budget: 1024 },
  { name: 'quick exit', selector: '[data-quick-exit]', budget: 1024 },
  { name: 'search dialog (Pagefind loads on demand)', selector: '[data-search]', budget: 6 * 1024 },
  { name: 'share', selector: '[data-share]', budget: 2 * 1024 },
  { name: 'nearest hub', selector: '[data-nearest-hub]', budget: 3 * 1024 },
  { name: 'offline reading (service worker, save button)', selector: '[data-offline]', budget: 1024 },
  { name: 'saved pages list', selector: '[data-kept]', budget: 2 * 1024 },
];

const weighed = pages.map((page) => ({
  ...page,
  rel: page.url.slice(settings.base.length),
  weight: weighPage(distDir, page.file, settings.base),
  features: features.filter((f) => page.doc.querySelector(f.selector)),
}));

describe('page weight', () => {
  it('HTML plus CSS fits the first round trip (14 KB brotli) on content pages, two on listings', () => {
    const over = weighed
      .map((p) => ({ url: p.url, bytes: p.weight.htmlBr + p.weight.cssBr, budget: isListing(p.rel) ? LISTING : FIRST_ROUNDTRIP }))
      .filter((p) => p.bytes > p.budget)
      .map((p) => `${p.url}: ${kb(p.bytes)} > ${kb(p.budget)}`);
    expect(over).toEqual([]);
  });

  it('runs JavaScript only where a feature needs it', () => {
    const unexplained = weighed
      .filter((p) => p.weight.scripts.length && !p.features.length)
      .map((p) => `${p.url}: ${p.weight.scripts.map((s) => `${s.src} ${kb(s.br)}`).join(', ')} (add the feature to tests/site/budgets.test.ts)`);
    expect(unexplained).toEqual([]);
  });

  it('keeps each feature’s script within its budget', () => {
    const over: string[] = [];
    for (const p of weighed) {
      const budget = p.features.reduce((n, f) => n + f.budget, 0);
      if (p.weight.jsBr > budget) {
        over.push(`${p.url}: ${kb(p.weight.jsBr)} of JS > ${kb(budget)} for ${p.features.map((f) => f.name).join(' + ') || 'no feature'}`);
      }
    }
    expect(over).toEqual([]);
  });

  it('weighs the pages with a feature as the features say (the budgets are checked against real scripts)', () => {
    const home = weighed.find((p) => p.rel === '');
    expect(home?.features.map((f) => f.name)).toContain('language choice at /');
    expect(home?.weight.jsBr).toBeGreaterThan(0);
    const exit = weighed.find((p) => p.rel === 'en/rights/protection-from-violence/');
    expect(exit?.features.map((f) => f.name)).toContain('quick exit');
    expect(exit?.weight.jsBr).toBeGreaterThan(0);
  });
});

describe('scripts loaded on demand', () => {
  it('each of our modules, also those imported only when a feature opens, stays within 8 KB brotli', () => {
    const over = distFiles
      .filter((f) => f.startsWith('_astro/') && /\.m?js$/.test(f))
      .map((f) => ({ f, br: brotli(readFileSync(join(distDir, f))) }))
      .filter(({ br }) => br > 8 * 1024)
      .map(({ f, br }) => `${f}: ${kb(br)}`);
    expect(over).toEqual([]);
  });
});

describe('images', () => {
  it('are in modern formats (AVIF, WebP, SVG) with width and height', () => {
    const found: string[] = [];
    for (const page of pages) {
      for (const img of page.doc.querySelectorAll('img')) {
        const src = img.getAttribute('src') ?? '';
        const candidates = [src, ...(img.getAttribute('srcset') ?? '').split(',').map((c) => c.trim().split(/\s+/)[0] ?? '')].filter(Boolean);
        for (const url of candidates) {
          if (!/\.(avif|webp|svg)([?#]|$)|^data:image\/(svg\+xml|webp|avif)/.test(url)) found.push(`${page.url} ${url}: not AVIF, WebP or SVG`);
        }
        if (!/^\d+$/.test(img.getAttribute('width') ?? '') || !/^\d+$/.test(img.getAttribute('height') ?? '')) {
          found.push(`${page.url} ${src}: no width and height`);
        }
      }
      for (const source of page.doc.querySelectorAll('picture source')) {
        const type = source.getAttribute('type') ?? '';
        if (!/^image\/(avif|webp|svg\+xml)$/.test(type)) found.push(`${page.url} <source type="${type}">`);
      }
    }
    expect(found).toEqual([]);
  });
});

/** Each web font @font-face of a page (not the local() fallbacks): its file and the code points it covers. */
function fontFaces(html: string): { url: string; ranges: [number, number][] }[] {
  return [...html.matchAll(/@font-face\s*{([^}]*url\([^}]*)}/g)].map((m) => {
    const body = m[1] ?? '';
    const url = /url\("?([^")]+)"?\)/.exec(body)?.[1] ?? '';
    const ranges = (/unicode-range:\s*([^;]+)/.exec(body)?.[1] ?? '').split(',').map((r) => {
      const [from = '0', to] = r.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(from, 16), parseInt(to ?? from, 16)] as [number, number];
    });
    return { url, ranges };
  });
}

const textOf = (page: (typeof pages)[number]) => bodyText(page.doc);
const uses = (text: string, ranges: [number, number][]) =>
  [...text].some((c) => {
    const cp = c.codePointAt(0) ?? 0;
    return !/\s/u.test(c) && ranges.some(([a, b]) => cp >= a && cp <= b);
  });

describe('fonts', () => {
  it('are preloaded only on pages whose text uses them', () => {
    const unused: string[] = [];
    for (const page of pages) {
      const html = readFileSync(join(distDir, page.file), 'utf8');
      const faces = fontFaces(html);
      const text = textOf(page);
      for (const link of page.doc.querySelectorAll('link[rel=preload][as=font]')) {
        const href = link.getAttribute('href') ?? '';
        const face = faces.find((f) => f.url === href);
        if (!face || !uses(text, face.ranges)) unused.push(`${page.url} preloads ${href}`);
      }
    }
    expect(unused).toEqual([]);
  });

  it('are subset by unicode-range to the scripts the languages use, so readers fetch only what they see', () => {
    const faces = new Map<string, [number, number][]>();
    for (const page of pages) {
      for (const face of fontFaces(readFileSync(join(distDir, page.file), 'utf8'))) faces.set(face.url, face.ranges);
    }
    expect(faces.size).toBeGreaterThan(0);
    // Greek, Vietnamese and the scripts from Armenian to Cyrillic Extended-C: no site language writes them.
    const foreign: [number, number][] = [[0x0370, 0x03ff], [0x0530, 0x1c7f], [0x1ea0, 0x1ef1]];
    for (const [url, ranges] of faces) {
      expect(ranges.length, url).toBeGreaterThan(0);
      expect(ranges.every(([a, b]) => a <= b && !Number.isNaN(a)), url).toBe(true);
      const overlaps = ranges.filter(([a, b]) => foreign.some(([x, y]) => a <= y && b >= x));
      expect(overlaps, url).toEqual([]);
    }
    const fontBytes = distFiles.filter((f) => f.endsWith('.woff2')).reduce((n, f) => n + statSync(join(distDir, f)).size, 0);
    // Two weights of four subsets (latin, latin-ext, cyrillic, cyrillic-ext): about 200 KB in all.
    expect(fontBytes).toBeLessThanOrEqual(240 * 1024);
  });
});
