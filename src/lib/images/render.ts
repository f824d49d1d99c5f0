/**
 * Draws a card (card.ts): satori lays out the tree as SVG with the site's own Noto Sans (the .woff
 * files of @fontsource/noto-sans, which cover Kazakh and Russian Cyrillic), resvg turns it into a
 * PNG, sharp makes it a palette PNG or a WebP. Nothing is fetched: the fonts come from node_modules.
 * `cardKey` hashes everything that changes the pixels, for the cache (cache.ts).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import satori from 'satori';
import { renderAsync } from '@resvg/resvg-js';
import sharp from 'sharp';
import { cardSizes, type CardFormat, type Node } from './card';

const require = createRequire(join(process.cwd(), 'package.json'));
const fontDir = join(dirname(require.resolve('@fontsource/noto-sans/package.json')), 'files');
/** The subsets the site ships: latin-ext has Spanish and Kazakh Latin extras, cyrillic-ext the Kazakh letters. */
const subsets = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext'] as const;
const weights = [400, 700] as const;

let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;
export function loadFonts() {
  fonts ??= weights.flatMap((weight) =>
    subsets.map((subset) => ({
      name: `Noto Sans ${subset}`,
      data: readFileSync(join(fontDir, `noto-sans-${subset}-${weight}-normal.woff`)),
      weight,
      style: 'normal' as const,
    })),
  );
  return fonts;
}

function version(pkg: string): string {
  return (JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')) as { version: string }).version;
}

// A card is one colour, white and the blends between them: a palette PNG holds it without
// visible loss at about a third of resvg's full-colour size, quicker to load on a weak line.
// No dithering: it would speckle the flat background around the letters. Effort 3, not sharp's
// default 7: about five times quicker on a card, and no bigger (a cold build draws hundreds).
const pngOptions = { palette: true, colours: 64, dither: 0, compressionLevel: 9, effort: 3 } as const;
export const webpOptions = { quality: 80 } as const;

// The same for every card: worked out once, not for each of thousands of cards.
let renderers: string | undefined;
function renderersKey(): string {
  if (!renderers) {
    const hash = createHash('sha256');
    hash.update(JSON.stringify({ satori: version('satori'), resvg: version('@resvg/resvg-js'), sharp: sharp.versions, pngOptions, webpOptions }));
    for (const font of loadFonts()) hash.update(font.data);
    renderers = hash.digest('hex');
  }
  return renderers;
}

/** Everything that changes the pixels, hashed: the tree, the size, the fonts, the renderers and their settings. */
export function cardKey(tree: Node, format: CardFormat): string {
  return createHash('sha256').update(JSON.stringify({ tree, size: cardSizes[format] })).update(renderersKey()).digest('hex');
}

/** Draws one card as PNG, without the cache. */
export async function renderCard(tree: Node, format: CardFormat): Promise<Buffer> {
  const { width, height } = cardSizes[format];
  const svg = await satori(tree as Parameters<typeof satori>[0], { width, height, fonts: loadFonts() });
  // resvg's own thread, not the build's main one: pages that render meanwhile draw their cards too.
  const png = (await renderAsync(svg, { fitTo: { mode: 'width', value: width }, font: { loadSystemFonts: false } })).asPng();
  return sharp(png).png(pngOptions).toBuffer();
}

/**
 * Width and height from a PNG's IHDR chunk (bytes 16–23), without decoding it.
 * @example pngSize(png) // { width: 1200, height: 630 }
 */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.length < 24 || signature.some((byte, i) => png[i] !== byte)) throw new Error('not a PNG file');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
