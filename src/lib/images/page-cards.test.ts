import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { cardTree, type CardMark, type CardText } from './card';
import { pngSize } from './render';
import { pageCardColour, pageCardFile, pageCardName, pageCardTarget } from './page-cards';

const dir = mkdtempSync(join(tmpdir(), 'page-card-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const hub: CardText = {
  title: 'ЮНИСЕФ-тің Ақтаудағы волонтерлік хабы',
  kicker: 'Хабтар',
  siteName: 'ЮНИСЕФ волонтерлері — Қазақстан',
  lang: 'kk',
  colourKey: 'hubs',
  colour: pageCardColour('hubs'),
};
// A square "country" with the point in its left half, enough to tell the map is drawn.
const map: CardMark = { kind: 'map', width: 600, height: 340, paths: ['M10 10h580v320h-580z'], points: [[100, 170]] };

/** The share of pixels in a box that differ from the card's background colour. */
async function inked(png: Buffer, box: { left: number; top: number; width: number; height: number }, background: string): Promise<number> {
  const { data } = await sharp(png).extract(box).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(background.slice(i, i + 2), 16));
  let differ = 0;
  for (let i = 0; i < data.length; i += 3) if (Math.abs(data[i]! - r!) + Math.abs(data[i + 1]! - g!) + Math.abs(data[i + 2]! - b!) > 30) differ++;
  return differ / (data.length / 3);
}

/** The share of white pixels in a box (the text, a map's point; the map's regions are only tinted). */
async function white(png: Buffer, box: { left: number; top: number; width: number; height: number }): Promise<number> {
  const { data } = await sharp(png).extract(box).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  let count = 0;
  for (let i = 0; i < data.length; i += 3) if (data[i]! > 230 && data[i + 1]! > 230 && data[i + 2]! > 230) count++;
  return count / (data.length / 3);
}

describe('pageCardFile', () => {
  it('draws a 1200×630 PNG of at most 40 KB, named by what it shows, once', async () => {
    const name = await pageCardFile(hub, dir);
    expect(name).toMatch(pageCardName);
    const png = readFileSync(join(dir, name));
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(png.length).toBeLessThanOrEqual(40 * 1024);
    const files = readdirSync(dir).length;
    expect(await pageCardFile(hub, dir)).toBe(name);
    expect(readdirSync(dir)).toHaveLength(files);
    expect(await pageCardFile({ ...hub, title: 'ЮНИСЕФ-тің Семейдегі волонтерлік хабы' }, dir)).not.toBe(name);
  });

  it('draws the mark in the right part of the card, leaving it empty without one', async () => {
    const right = { left: 800, top: 150, width: 330, height: 330 };
    const plain = readFileSync(join(dir, await pageCardFile({ ...hub, title: 'Хабтар' }, dir)));
    expect(await inked(plain, right, hub.colour!)).toBeLessThan(0.01);
    for (const mark of [map, { kind: 'number', value: 12, label: 'Статья 12' }, { kind: 'project', name: 'BeKind' }] satisfies CardMark[]) {
      const png = readFileSync(join(dir, await pageCardFile({ ...hub, mark }, dir)));
      expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
      expect(png.length, mark.kind).toBeLessThanOrEqual(40 * 1024);
      expect(await inked(png, right, hub.colour!), mark.kind).toBeGreaterThan(0.05);
    }
  });

  it('puts a map card’s point where its coordinates say', async () => {
    const west = readFileSync(join(dir, await pageCardFile({ ...hub, mark: map }, dir)));
    const east = readFileSync(join(dir, await pageCardFile({ ...hub, mark: { ...map, points: [[500, 170]] } }, dir)));
    // The mark is 340 wide from x = 1128 − 340 = 788; map x 100 → about 845, x 500 → about 1071.
    const spot = (x: number) => ({ left: x - 8, top: 72 + 243 - 8, width: 16, height: 16 });
    expect(await white(west, spot(845))).toBeGreaterThan(0.2);
    expect(await white(east, spot(845))).toBe(0);
    expect(await white(east, spot(1071))).toBeGreaterThan(0.2);
    expect(await white(west, spot(1071))).toBe(0);
  });
});

describe('cardTree', () => {
  it('leaves a story’s cards as they were: no mark, the colour from its key', () => {
    const story: CardText = { title: 'A story', kicker: 'Aktau', siteName: 'UNICEF', lang: 'en', colourKey: 'a-story' };
    expect(JSON.stringify(cardTree(story, 'og'))).not.toContain('"svg"');
    // The vertical card never has a mark, even when the text carries one.
    expect(cardTree({ ...story, mark: map }, 'story')).toEqual(cardTree(story, 'story'));
  });
});

describe('pageCardColour', () => {
  it('gives each section its colour and the projects their own', () => {
    const colours = ['programme', 'rights', 'hubs', 'stories', 'bekind', 'plastic-free'].map(pageCardColour);
    expect(new Set(colours).size).toBe(6);
    expect(pageCardColour(undefined)).toBe(pageCardColour('home'));
    expect(pageCardColour('search')).toBe(pageCardColour('home'));
  });
});

describe('pageCardTarget', () => {
  it('finds where a page’s drawn card goes in the build, under the base path', () => {
    const tag = (url: string) => `<head><meta property="og:title" content="x"><meta property="og:image" content="${url}"></head>`;
    expect(pageCardTarget(tag('https://x.org/en/hubs/aktau/og-0123456789abcdef.png'), '/')).toBe('en/hubs/aktau/og-0123456789abcdef.png');
    expect(pageCardTarget(tag('https://x.org/v/og-0123456789abcdef.png'), '/v/')).toBe('og-0123456789abcdef.png');
  });
  it('leaves out pages without a drawn card: a story’s own image, no image at all', () => {
    expect(pageCardTarget('<meta property="og:image" content="https://x.org/en/stories/a/og.png">', '/')).toBeUndefined();
    expect(pageCardTarget('<title>404</title>', '/')).toBeUndefined();
  });
  it('refuses a card outside the base path, naming it', () => {
    expect(() => pageCardTarget('<meta property="og:image" content="https://x.org/en/og-0123456789abcdef.png">', '/v/')).toThrow(/og-0123456789abcdef\.png is outside the site's base path \/v\//);
  });
});
