/**
 * A story's sharing images (link preview, vertical card, cover) as files in the image cache,
 * drawn first when their inputs changed. A build copies them from the cache into the site
 * (src/integrations/story-images.ts); the dev server draws them on request
 * (src/pages/[lang]/stories/[slug]/_image-route.ts). docs/decisions/0003-story-images-through-an-integration.md
 */
import { join } from 'node:path';
import sharp from 'sharp';
import { cardTree, type CardFormat, type CardText } from './card';
import { cardKey, renderCard, webpOptions } from './render';
import { cacheDir, cachedFile } from './cache';

/**
 * Is image generation on? `OG_IMAGES=off` (or `0`, `false`) skips it, for
 * benchmarks and quick previews; pages then carry no og:image.
 * @example ogImagesEnabled({ OG_IMAGES: 'off' }) // false
 */
export function ogImagesEnabled(env: Record<string, string | undefined> = process.env): boolean {
  return !['off', '0', 'false', 'no'].includes((env['OG_IMAGES'] ?? '').trim().toLowerCase());
}

/**
 * The cached PNG file of a card, drawn first when its inputs changed.
 * @example await cardPngFile({ title: 'Kokshetau gets a hub', kicker: 'Kokshetau', siteName: 'UNICEF Volunteers', lang: 'en', colourKey: 'x' }, 'og')
 */
export async function cardPngFile(text: CardText, format: CardFormat, dir = cacheDir()): Promise<string> {
  const tree = cardTree(text, format);
  return cachedFile(join(dir, `${cardKey(tree, format)}.png`), () => renderCard(tree, format));
}

/** The cached WebP file of the Open Graph card, `width` pixels wide (the cover on a story's page). */
export async function cardWebpFile(text: CardText, width: number, dir = cacheDir()): Promise<string> {
  const tree = cardTree(text, 'og');
  return cachedFile(join(dir, `${cardKey(tree, 'og')}-${width}.webp`), async () =>
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
