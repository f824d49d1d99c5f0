// Stories, made to be shared: every story page has its sharing tags and images; the feeds are valid.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/i18n/locales';
import { pngSize } from '../../src/lib/images/render';
import { MANIFEST } from '../../src/integrations/story-images';
import { distDir, distFiles, pages, resolves, settings, sitePath } from '../support/dist';

const storyPages = pages.filter((p) => /^[a-z]{2}\/stories\/[a-z0-9-]+\/index\.html$/.test(p.file));
const meta = (doc: (typeof pages)[number]['doc'], key: string) =>
  doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');

describe('story pages', () => {
  it('exist for every story in every language', () => {
    expect(storyPages.length).toBeGreaterThanOrEqual(6 * localeCodes.length);
  });

  it('carry every sharing tag', () => {
    const missing: string[] = [];
    const required = ['og:title', 'og:description', 'og:type', 'og:url', 'og:locale', 'og:image', 'og:image:width', 'og:image:height', 'og:image:alt', 'article:published_time', 'twitter:card', 'twitter:title', 'twitter:description'];
    for (const page of storyPages) {
      for (const key of required) if (!meta(page.doc, key)) missing.push(`${page.url} ${key}`);
      if (meta(page.doc, 'og:type') !== 'article') missing.push(`${page.url} og:type is not article`);
      if (meta(page.doc, 'twitter:card') !== 'summary_large_image') missing.push(`${page.url} twitter:card`);
      const isReal = !page.doc.querySelector('meta[name=robots]');
      if (isReal && page.doc.querySelectorAll('meta[property="og:locale:alternate"]').length !== localeCodes.length - 1) {
        missing.push(`${page.url} og:locale:alternate`);
      }
      const ld = page.doc.querySelectorAll('script[type="application/ld+json"]').map((s) => JSON.parse(s.text) as { '@type'?: string; inLanguage?: string; workTranslation?: unknown[] });
      const article = ld.find((d) => d['@type'] === 'Article');
      if (!article?.inLanguage) missing.push(`${page.url} JSON-LD Article with inLanguage`);
      if (isReal && article?.workTranslation?.length !== localeCodes.length - 1) missing.push(`${page.url} JSON-LD translations`);
    }
    expect(missing).toEqual([]);
  });

  // Sharing a story on a weak line: the preview and the card stay small (palette PNGs, lib/images/render.ts).
  it('point og:image at a 1200×630 PNG of at most 40 KB, and offer a 1080×1920 card of at most 100 KB', () => {
    const problems: string[] = [];
    for (const page of storyPages) {
      const image = sitePath(meta(page.doc, 'og:image') ?? '') ?? '';
      const file = join(distDir, image.slice(settings.base.length));
      const png = readFileSync(file);
      const size = pngSize(png);
      if (size.width !== 1200 || size.height !== 630) problems.push(`${image}: ${size.width}×${size.height}`);
      if (statSync(file).size > 40 * 1024) problems.push(`${image}: ${statSync(file).size} bytes`);
      if (meta(page.doc, 'og:image:width') !== '1200' || meta(page.doc, 'og:image:height') !== '630') problems.push(`${page.url} og:image size tags`);
      const card = page.doc.querySelector('a[download]')?.getAttribute('href') ?? '';
      const cardFile = readFileSync(join(distDir, card.slice(settings.base.length)));
      const cardSize = pngSize(cardFile);
      if (cardSize.width !== 1080 || cardSize.height !== 1920) problems.push(`${card}: ${cardSize.width}×${cardSize.height}`);
      if (cardFile.length > 100 * 1024) problems.push(`${card}: ${cardFile.length} bytes`);
    }
    expect(problems).toEqual([]);
  });

  it('leave no list of images behind in the build (src/integrations/story-images.ts reads and deletes it)', () => {
    expect(existsSync(join(distDir, MANIFEST))).toBe(false);
  });

  it('share to every network with well-formed links carrying the page address', () => {
    for (const page of storyPages) {
      const canonical = page.doc.querySelector('link[rel=canonical]')?.getAttribute('href') ?? meta(page.doc, 'og:url') ?? '';
      const links = page.doc.querySelectorAll('[data-share] a[data-network]');
      expect(links.map((a) => a.getAttribute('data-network')).sort(), page.url).toEqual(['email', 'facebook', 'telegram', 'vk', 'whatsapp']);
      for (const a of links) {
        const href = a.getAttribute('href') ?? '';
        expect(() => new URL(href), href).not.toThrow();
        expect(decodeURIComponent(href), page.url).toContain(canonical);
      }
      // Nothing from a social network is loaded by the page itself.
      expect(page.doc.querySelectorAll('script[src], img[src], iframe').filter((e) => /^https?:/.test(e.getAttribute('src') ?? ''))).toHaveLength(0);
    }
  });
});

describe('RSS feeds', () => {
  const parser = new XMLParser({ ignoreAttributes: false });
  for (const lang of localeCodes) {
    it(`/${lang}/rss.xml parses, is linked from every page in ${lang}, and every item links to a built story`, () => {
      const file = `${lang}/rss.xml`;
      expect(distFiles).toContain(file);
      const feed = parser.parse(readFileSync(join(distDir, file), 'utf8')) as { rss: { channel: { language: string; item: { link: string; title: string }[] | { link: string; title: string } } } };
      expect(feed.rss.channel.language).toBe(lang);
      const items = [feed.rss.channel.item].flat();
      expect(items.length).toBeGreaterThan(0);
      for (const item of items) {
        const path = sitePath(item.link);
        expect(path && resolves(path), item.link).toBe(true);
      }
      for (const page of pages.filter((p) => p.file.startsWith(`${lang}/`))) {
        const href = page.doc.querySelector('link[type="application/rss+xml"]')?.getAttribute('href');
        expect(href, page.url).toBe(`${settings.base}${lang}/rss.xml`);
      }
    });
  }
});

describe('story lists', () => {
  it('have static filter pages by hub and by topic, and pagination', () => {
    for (const lang of localeCodes) {
      expect(resolves(`${settings.base}${lang}/stories/hub/kokshetau/`), lang).toBe(true);
      expect(resolves(`${settings.base}${lang}/stories/topic/schools/`), lang).toBe(true);
      expect(resolves(`${settings.base}${lang}/stories/page/2/`), lang).toBe(true);
    }
  });
});
