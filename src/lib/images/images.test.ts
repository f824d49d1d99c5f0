import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as fontkit from 'fontkit';
import sharp from 'sharp';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { parse } from 'yaml';
import { cardColour, cardSizes, cardTree, titleSize, type CardFormat, type CardText } from './card';
import { loadFonts, pngSize } from './render';
import { cardPngFile, cardWebpFile, ogImagesEnabled, storyImageFile } from './story-images';

const dir = mkdtempSync(join(tmpdir(), 'og-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const cardPng = async (text: CardText, format: CardFormat) => readFileSync(await cardPngFile(text, format, dir));
const cardWebp = async (text: CardText, width: number) => readFileSync(await cardWebpFile(text, width, dir));

const kk: CardText = {
  title: 'Көкшетауда ЮНИСЕФ-тің волонтерлік хабы ашылды',
  kicker: 'Көкшетау',
  siteName: 'ЮНИСЕФ Қазақстан волонтерлері',
  summary: 'Ақмола облысының жастары бала құқықтарын талқылады.',
  address: 'volunteers.example.org',
  lang: 'kk',
  colourKey: 'kokshetau-hub-launch',
};

describe('ogImagesEnabled', () => {
  it('is on unless OG_IMAGES switches it off', () => {
    expect(ogImagesEnabled({})).toBe(true);
    expect(ogImagesEnabled({ OG_IMAGES: 'on' })).toBe(true);
    for (const off of ['off', 'OFF', '0', 'false', ' no ']) expect(ogImagesEnabled({ OG_IMAGES: off }), off).toBe(false);
  });
});

describe('card layout', () => {
  it('gives stories different colours from the palette, and shrinks long titles', () => {
    const colours = new Set(['bekind-lessons', 'kokshetau-hub-launch', 'plastic-free-schools', 'a', 'b', 'c', 'd', 'e'].map(cardColour));
    for (const colour of colours) expect(colour).toMatch(/^#[0-9a-f]{6}$/);
    expect(colours.size).toBeGreaterThan(2);
    expect(titleSize(30, 'og')).toBeGreaterThan(titleSize(90, 'og'));
    expect(titleSize(30, 'story')).toBeGreaterThan(titleSize(30, 'og'));
  });
  it('prints the summary and the address on the vertical card only', () => {
    const og = JSON.stringify(cardTree(kk, 'og'));
    const story = JSON.stringify(cardTree(kk, 'story'));
    for (const text of [kk.title, kk.kicker, kk.siteName]) {
      expect(og).toContain(text);
      expect(story).toContain(text);
    }
    expect(og).not.toContain(kk.summary);
    expect(story).toContain(kk.summary);
    expect(story).toContain(kk.address);
  });
});

describe('card fonts', () => {
  const fonts = loadFonts().map((f) => fontkit.create(f.data) as fontkit.Font);
  const covered = (ch: string) => fonts.some((font) => font.hasGlyphForCodePoint(ch.codePointAt(0) ?? 0));

  it('have a glyph for every Kazakh and Russian letter, and Spanish accents', () => {
    const letters = 'әғқңөұүһіӘҒҚҢӨҰҮҺІабвгдежзийклмнопрстуфхцчшщъыьэюяЁАЯáéíóúñ¿¡«»“”—';
    expect([...letters].filter((ch) => !covered(ch))).toEqual([]);
  });

  it('have a glyph for every character of every story title, summary and hub city', () => {
    const texts: string[] = [];
    for (const collection of ['stories', 'hubs']) {
      for (const lang of readdirSync(join('content', collection))) {
        for (const file of readdirSync(join('content', collection, lang))) {
          const front = readFileSync(join('content', collection, lang, file), 'utf8').split(/^---$/m)[1] ?? '';
          const data = parse(front) as { title?: string; summary?: string; city?: string };
          texts.push(data.title ?? '', data.summary ?? '', data.city ?? '');
        }
      }
    }
    const missing = new Set([...texts.join('')].filter((ch) => ch.trim() && !covered(ch)));
    expect([...missing]).toEqual([]);
  });
});

describe('cardPngFile', () => {
  it('draws the Open Graph card at 1200×630 and the vertical card at 1080×1920, at most 40 KB and 100 KB', async () => {
    const og = await cardPng(kk, 'og');
    expect(pngSize(og)).toEqual({ width: 1200, height: 630 });
    expect(og.length).toBeLessThanOrEqual(40 * 1024);
    const story = await cardPng(kk, 'story');
    expect(pngSize(story)).toEqual({ width: 1080, height: 1920 });
    expect(story.length).toBeLessThanOrEqual(100 * 1024);
  });

  it('draws Kazakh letters from the fonts, not as empty boxes', async () => {
    // Two unknown characters draw the same .notdef box; real letters must not look like that.
    const boxes = await cardPng({ ...kk, title: '\uE000\uE001\uE002' }, 'og');
    const letters = await cardPng({ ...kk, title: 'әғқ' }, 'og');
    const others = await cardPng({ ...kk, title: 'ңөұ' }, 'og');
    expect(letters.equals(boxes)).toBe(false);
    expect(letters.equals(others)).toBe(false);
  });

  it('reuses the cached image when the inputs are the same, and gives the same bytes', async () => {
    const first = await cardPng({ ...kk, title: 'Same inputs, same bytes' }, 'og');
    const files = readdirSync(dir).length;
    const again = await cardPng({ ...kk, title: 'Same inputs, same bytes' }, 'og');
    expect(readdirSync(dir).length).toBe(files);
    expect(again.equals(first)).toBe(true);
    await cardPng({ ...kk, title: 'Other inputs, another image' }, 'og');
    expect(readdirSync(dir).length).toBe(files + 1);
  });
});

describe('cardWebpFile', () => {
  it('makes the cover as WebP at the asked width, once: the second call reads the cache', async () => {
    const text = { ...kk, title: 'A cover from the cache' };
    const webp = await cardWebp(text, 800);
    expect(webp.subarray(8, 12).toString('ascii')).toBe('WEBP');
    expect(await sharp(webp).metadata()).toMatchObject({ width: 800, height: 420, format: 'webp' });
    const files = readdirSync(dir).length;
    expect((await cardWebp(text, 800)).equals(webp)).toBe(true);
    expect(readdirSync(dir).length).toBe(files);
  });
});

describe('storyImageFile', () => {
  it('gives each story image its own size and format, drawn once into the cache', async () => {
    const text = { ...kk, title: 'Three images of one story' };
    const og = await storyImageFile('og.png', text, dir);
    const card = await storyImageFile('card.png', text, dir);
    const cover = await storyImageFile('cover.webp', text, dir);
    expect(await sharp(og).metadata()).toMatchObject({ width: 1200, height: 630, format: 'png' });
    expect(await sharp(card).metadata()).toMatchObject({ width: 1080, height: 1920, format: 'png' });
    expect(await sharp(cover).metadata()).toMatchObject({ width: 800, height: 420, format: 'webp' });
    expect(new Set([og, card, cover]).size).toBe(3);
    expect(await storyImageFile('card.png', text, dir)).toBe(card);
  });

  it('loses nothing to the palette: every pixel within a step of 8 (of 255) of the full-colour drawing', async () => {
    const tree = cardTree(kk, 'og');
    const { width, height } = cardSizes.og;
    const full = await sharp(new Resvg(await satori(tree as Parameters<typeof satori>[0], { width, height, fonts: loadFonts() })).render().asPng()).raw().toBuffer();
    const palette = await sharp(await cardPng(kk, 'og')).removeAlpha().ensureAlpha().raw().toBuffer();
    let worst = 0;
    for (let i = 0; i < full.length; i++) worst = Math.max(worst, Math.abs((full[i] ?? 0) - (palette[i] ?? 0)));
    expect(worst).toBeLessThanOrEqual(8);
  });
});

describe('pngSize', () => {
  it('refuses a file that is not a PNG', () => {
    expect(() => pngSize(new Uint8Array(32))).toThrow('not a PNG file');
  });
});
