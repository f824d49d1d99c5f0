// Every page a search engine may index is share-ready: the Open Graph and Twitter tags a chat app
// reads, pointing at a 1200×630 preview image that is in the build (lib/images/page-cards.ts).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeCodes, locales } from '../../src/i18n/locales';
import { pngSize } from '../../src/lib/images/render';
import { distDir, pages, settings, sitePath, urlOf } from '../support/dist';

const meta = (doc: (typeof pages)[number]['doc'], key: string) =>
  doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? undefined;
const indexable = pages.filter((p) => p.doc.querySelector('meta[name=robots]')?.getAttribute('content') !== 'noindex');
const imagesOn = !['off', '0', 'false', 'no'].includes((process.env['OG_IMAGES'] ?? '').trim().toLowerCase());

describe('link previews', () => {
  it('cover the pages of every kind, in every language', () => {
    for (const lang of localeCodes) {
      for (const path of ['', 'programme/', 'programme/join/', 'rights/', 'rights/articles/', 'rights/articles/54/', 'hubs/', 'hubs/aktau/', 'stories/', 'accessibility/', 'privacy/']) {
        expect(indexable.map((p) => p.url), `${lang}/${path}`).toContain(`${settings.base}${lang}/${path}`);
      }
    }
  });

  it('give every indexable page og:title, og:description, og:url (itself, absolute), og:locale (ll_CC) and a large Twitter card', () => {
    const problems: string[] = [];
    for (const page of indexable) {
      const url = meta(page.doc, 'og:url') ?? '';
      for (const key of ['og:title', 'og:description']) if (!meta(page.doc, key)?.trim()) problems.push(`${page.url}: no ${key}`);
      if (!/^https?:\/\//.test(url) || sitePath(url) !== page.url) problems.push(`${page.url}: og:url ${url} is not the page's absolute address`);
      const locale = meta(page.doc, 'og:locale') ?? '';
      if (!/^[a-z]{2}_[A-Z]{2}$/.test(locale)) problems.push(`${page.url}: og:locale "${locale}" is not ll_CC`);
      const lang = page.doc.querySelector('html')?.getAttribute('lang') ?? '';
      if (locale.split('_')[0] !== lang.split('-')[0]) problems.push(`${page.url}: og:locale ${locale} but <html lang="${lang}">`);
      if (imagesOn && meta(page.doc, 'twitter:card') !== 'summary_large_image') problems.push(`${page.url}: twitter:card ${meta(page.doc, 'twitter:card')}`);
    }
    expect(problems).toEqual([]);
  });

  it.runIf(imagesOn)('point og:image at a PNG in the build, exactly 1200×630, at most 300 KB, with its size and an alt text', () => {
    const problems: string[] = [];
    const bytes: number[] = [];
    for (const page of indexable) {
      const image = meta(page.doc, 'og:image') ?? '';
      const path = sitePath(image);
      if (!path?.startsWith(settings.base)) {
        problems.push(`${page.url}: og:image "${image}" is not on this site`);
        continue;
      }
      const file = join(distDir, decodeURI(path.slice(settings.base.length)));
      if (!existsSync(file)) {
        problems.push(`${page.url}: og:image ${path} is not in the build`);
        continue;
      }
      const size = pngSize(readFileSync(file));
      if (size.width !== 1200 || size.height !== 630) problems.push(`${path}: ${size.width}×${size.height}`);
      const length = statSync(file).size;
      bytes.push(length);
      if (length > 300 * 1024) problems.push(`${path}: ${length} bytes, over 300 KB`);
      if (meta(page.doc, 'og:image:width') !== '1200' || meta(page.doc, 'og:image:height') !== '630') problems.push(`${page.url}: og:image:width/height`);
      if (!meta(page.doc, 'og:image:alt')?.trim()) problems.push(`${page.url}: no og:image:alt`);
    }
    expect(problems).toEqual([]);
    // The design keeps a card near 40 KB: most are well under (a map card is the largest).
    const over = bytes.filter((b) => b > 40 * 1024).length;
    expect(over, `${over} of ${bytes.length} preview images are over 40 KB`).toBeLessThanOrEqual(bytes.length / 20);
  });

  it.runIf(imagesOn)('draw each page its own card, with the alt text in the page’s language', () => {
    // A card is named by a hash of what it shows: two pages of one language with one card would show the same thing.
    const byImage = new Map<string, string[]>();
    for (const page of indexable) {
      // Content-addressed: the file name is the card's hash (a story's own images are all og.png).
      const image = meta(page.doc, 'og:image') ?? '';
      const name = /\/og-[0-9a-f]{16}\.png$/.test(image) ? (image.split('/').pop() ?? '') : image;
      byImage.set(name, [...(byImage.get(name) ?? []), page.url]);
    }
    // Only the pages of one list (stories, page 2, 3…) share their list's card.
    const shared = [...byImage.values()].filter((urls) => urls.length > 1 && !urls.every((u) => /\/stories\/(page\/\d+\/)?$/.test(u)));
    expect(shared).toEqual([]);
    // The alt text says what the card shows, in the page's language: the Kazakh hub page's in Kazakh letters.
    const kkHub = indexable.find((p) => p.url === `${settings.base}kk/hubs/aktau/`)!;
    expect(meta(kkHub.doc, 'og:image:alt')).toMatch(/[әғқңөұүһі]/);
    expect(meta(kkHub.doc, 'og:image:alt')).toContain(kkHub.doc.querySelector('h1')?.text.trim());
    const ruArticle = indexable.find((p) => p.url === `${settings.base}ru/rights/articles/12/`)!;
    expect(meta(ruArticle.doc, 'og:image:alt')).toMatch(/^[^a-z]*$/i);
  });

  it('name the page’s own language in og:locale and its translations in og:locale:alternate', () => {
    for (const lang of localeCodes) {
      const home = indexable.find((p) => p.url === urlOf(`${lang}/index.html`))!;
      expect(meta(home.doc, 'og:locale')).toBe(locales[lang].og);
      const alternates = home.doc.querySelectorAll('meta[property="og:locale:alternate"]').map((m) => m.getAttribute('content'));
      expect(alternates.sort()).toEqual(localeCodes.filter((c) => c !== lang).map((c) => locales[c].og).sort());
    }
  });
});
