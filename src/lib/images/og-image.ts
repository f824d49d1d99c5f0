/**
 * Sharing images drawn at build time: the Open Graph card (1200×630) and the
 * vertical card for Instagram and TikTok stories (1080×1920). satori lays out
 * the card as SVG with the site's own Noto Sans (the .woff files of
 * @fontsource/noto-sans, which cover Kazakh and Russian Cyrillic); resvg turns
 * it into a PNG. Nothing is fetched: the fonts come from node_modules.
 *
 * Drawing takes tens of milliseconds a card, so PNGs (and the WebP covers made
 * from them) are cached by a hash of everything that goes into them (the
 * layout tree, size, fonts, renderer versions and settings) in
 * node_modules/.cache/og/: a build where a story did not change reuses its
 * images, and two builds of one commit write the same bytes. A build copies
 * them from the cache into the site (src/integrations/story-images.ts); the
 * dev server draws them on request (src/pages/[lang]/stories/[slug]/_image-route.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';

export const cardSizes = {
  /** Link previews (Open Graph, X/Twitter, WhatsApp, Telegram, VK). */
  og: { width: 1200, height: 630 },
  /** A vertical card readers download for Instagram and TikTok stories. */
  story: { width: 1080, height: 1920 },
} as const;
export type CardFormat = keyof typeof cardSizes;

/** What a card says, already in the card's language. */
export interface CardText {
  /** The story title. */
  title: string;
  /** The line over the title: the hub, or the story's topic when it has no hub. */
  kicker: string;
  /** The site name, at the foot of the card. */
  siteName: string;
  /** The vertical card's text under the title (the story summary). */
  summary?: string;
  /** Where to read the story, printed on the vertical card (stories have no links). */
  address?: string;
  /** BCP-47 language of the text, so satori picks language-specific shapes. */
  lang: string;
  /** Chooses the card colour, so a story keeps its colour in every language. */
  colourKey: string;
}

/**
 * Is image generation on? `OG_IMAGES=off` (or `0`, `false`) skips it, for
 * benchmarks and quick previews; pages then carry no og:image.
 * @example ogImagesEnabled({ OG_IMAGES: 'off' }) // false
 */
export function ogImagesEnabled(env: Record<string, string | undefined> = process.env): boolean {
  return !['off', '0', 'false', 'no'].includes((env['OG_IMAGES'] ?? '').trim().toLowerCase());
}

/** Dark backgrounds with white text at 7:1 or more, so the card reads on any phone. */
const palette = ['#00589f', '#1b5e20', '#6a1b9a', '#0b5563', '#8e2c12', '#374785'] as const;

/**
 * A colour from the palette, the same for one key every time.
 * @example cardColour('kokshetau-hub-launch') === cardColour('kokshetau-hub-launch') // true
 */
export function cardColour(key: string): string {
  const digest = createHash('sha256').update(key).digest();
  return palette[digest.readUInt32BE(0) % palette.length] ?? palette[0];
}

/**
 * Title size that keeps up to 90 characters inside the card.
 * @example titleSize(30, 'og') // 72
 */
export function titleSize(length: number, format: CardFormat): number {
  const sizes = format === 'og' ? [72, 60, 52] : [96, 84, 72];
  const [large, medium, small] = sizes as [number, number, number];
  return length <= 40 ? large : length <= 65 ? medium : small;
}

type Node = { type: string; props: Record<string, unknown> & { children?: unknown; style?: Record<string, unknown> } };
const h = (type: string, style: Record<string, unknown>, children?: unknown, props: Record<string, unknown> = {}): Node => ({
  type,
  props: { ...props, style, children },
});

/** One family per subset: satori takes glyphs from the first family in the list that has them. */
const fontFamily = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext'].map((s) => `Noto Sans ${s}`).join(', ');

/** The layout tree satori draws (plain objects: satori's JSX without JSX). */
export function cardTree(text: CardText, format: CardFormat): Node {
  const { width, height } = cardSizes[format];
  const og = format === 'og';
  const pad = og ? 72 : 96;
  const small = og ? 30 : 40;
  const children: Node[] = [
    h('div', { display: 'flex', fontSize: small, fontWeight: 700, opacity: 0.92, textTransform: 'uppercase', letterSpacing: 1 }, text.kicker),
    h(
      'div',
      { display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'center' },
      [
        h('div', { display: 'flex', fontSize: titleSize(text.title.length, format), fontWeight: 700, lineHeight: 1.15 }, text.title, { lang: text.lang }),
        ...(!og && text.summary ? [h('div', { display: 'flex', marginTop: 48, fontSize: 44, lineHeight: 1.35, opacity: 0.95 }, text.summary)] : []),
      ],
    ),
    h('div', { display: 'flex', flexDirection: 'column', borderTop: '4px solid rgba(255,255,255,0.6)', paddingTop: og ? 24 : 36 }, [
      h('div', { display: 'flex', fontSize: small, fontWeight: 700 }, text.siteName),
      ...(!og && text.address ? [h('div', { display: 'flex', marginTop: 12, fontSize: 32, opacity: 0.92 }, text.address)] : []),
    ]),
  ];
  // The margin is a fixed inner box: satori sizes a padded root by its content box and overflows.
  return h('div', { display: 'flex', width, height, backgroundColor: cardColour(text.colourKey), color: '#ffffff', fontFamily }, [
    h('div', { display: 'flex', flexDirection: 'column', marginLeft: pad, marginTop: pad, width: width - 2 * pad, height: height - 2 * pad }, children),
  ]);
}

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
// No dithering: it would speckle the flat background around the letters.
const pngOptions = { palette: true, colours: 64, dither: 0, compressionLevel: 9, effort: 7 } as const;
const webpOptions = { quality: 80 } as const;

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

/** The cache folder: OG_CACHE_DIR, or node_modules/.cache/og (never public/ or src/). */
export function cacheDir(env: Record<string, string | undefined> = process.env): string {
  return env['OG_CACHE_DIR'] ?? join(process.cwd(), 'node_modules', '.cache', 'og');
}

/** Draws one card as PNG, without the cache. */
export async function renderCard(tree: Node, format: CardFormat): Promise<Buffer> {
  const { width, height } = cardSizes[format];
  const svg = await satori(tree as Parameters<typeof satori>[0], { width, height, fonts: loadFonts() });
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: width }, font: { loadSystemFonts: false } }).render().asPng();
  return sharp(png).png(pngOptions).toBuffer();
}

/**
 * The cached PNG file of a card, drawn first when its inputs changed.
 * @example await cardPngFile({ title: 'Kokshetau gets a hub', kicker: 'Kokshetau', siteName: 'UNICEF Volunteers', lang: 'en', colourKey: 'x' }, 'og')
 */
export async function cardPngFile(text: CardText, format: CardFormat, dir = cacheDir()): Promise<string> {
  const tree = cardTree(text, format);
  return cached(join(dir, `${cardKey(tree, format)}.png`), () => renderCard(tree, format));
}

/** The cached WebP file of the Open Graph card, `width` pixels wide (the cover on a story's page). */
export async function cardWebpFile(text: CardText, width: number, dir = cacheDir()): Promise<string> {
  const tree = cardTree(text, 'og');
  return cached(join(dir, `${cardKey(tree, 'og')}-${width}.webp`), async () =>
    sharp(await cardPngFile(text, 'og', dir)).resize(width).webp(webpOptions).toBuffer(),
  );
}

/** The images of each story page, by file name. */
export const storyImageNames = ['og.png', 'card.png', 'cover.webp'] as const;
export type StoryImageName = (typeof storyImageNames)[number];

/**
 * The cached file of one of a story's images: the link preview, the vertical card or the 800-pixel cover.
 * @example await storyImageFile('cover.webp', text) // '…/node_modules/.cache/og/3f…-800.webp'
 */
export function storyImageFile(name: StoryImageName, text: CardText, dir = cacheDir()): Promise<string> {
  if (name === 'cover.webp') return cardWebpFile(text, 800, dir);
  return cardPngFile(text, name === 'og.png' ? 'og' : 'story', dir);
}

/** The cache file, made first when it is missing. */
async function cached(file: string, make: () => Promise<Buffer>): Promise<string> {
  if (existsSync(file)) return file;
  const bytes = await make();
  mkdirSync(dirname(file), { recursive: true });
  // Write then rename, so a build stopped halfway never leaves a broken image in the cache.
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, bytes);
  renameSync(partial, file);
  return file;
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
