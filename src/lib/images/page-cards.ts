/**
 * The link-preview card of every page that is not a story (a story has its own three images,
 * story-images.ts): drawn from the page's own title, section and language while the page renders
 * (src/components/Head.astro), into the image cache under a name that is a hash of what it shows.
 * The page's og:image points at that name beside the page, and src/integrations/page-cards.ts
 * copies the file there at the end of the build. docs/decisions/0006-page-cards.md
 */
import { join } from 'node:path';
import { cardTree, palette, type CardMark, type CardText } from './card';
import { cardKey, renderCard } from './render';
import { cacheDir, cachedFile } from './cache';

/** What a page says about its card; the rest (title, section, language) Head knows. */
export interface PageCardOptions {
  /** The card's title when it is not the page's (an article's name without "Article 12."). */
  title?: string | undefined;
  /** The line over the title when it is not the section's name (an article's group). */
  kicker?: string | undefined;
  mark?: CardMark | undefined;
  /** Chooses the colour when the section's is not the right one (a project's page). */
  colourKey?: PageCardColour | undefined;
  /** Said after the title in the image's alt text, in the page's language: what the mark shows. */
  alt?: string | undefined;
}

/** One colour per section, and one for each project, so cards from one part of the site look alike in a chat. */
const colours = {
  home: palette[0],
  programme: palette[0],
  rights: palette[2],
  hubs: palette[3],
  stories: palette[5],
  bekind: palette[4],
  'plastic-free': palette[1],
} as const;
export type PageCardColour = keyof typeof colours;

/**
 * The colour of a page's card: its own key's, else its section's, else the home page's.
 * @example pageCardColour('hubs') // '#0b5563'
 */
export function pageCardColour(key: string | undefined): string {
  return key && key in colours ? colours[key as PageCardColour] : colours.home;
}

/** The file name of a page's card: `og-` and 16 hex digits of its hash, so a changed card gets a new address. */
export const pageCardName = /^og-[0-9a-f]{16}\.png$/;

/**
 * The card's file name (the same in the cache and beside the page), drawn into the cache first when
 * no card with this content was drawn before.
 * @example await pageCardFile({ title: 'Hubs', kicker: 'UNICEF Volunteers Kazakhstan', siteName: '…', lang: 'en', colourKey: 'hubs' }) // 'og-3f0c…a1.png'
 */
export async function pageCardFile(text: CardText, dir = cacheDir()): Promise<string> {
  const tree = cardTree(text, 'og');
  const name = `og-${cardKey(tree, 'og').slice(0, 16)}.png`;
  await cachedFile(join(dir, name), () => renderCard(tree, 'og'));
  return name;
}

/**
 * Where a built page's drawn card goes inside the build, from the page's og:image; undefined when
 * the page has no drawn card (a story's own og.png, a 404 page, OG_IMAGES=off).
 * @example pageCardTarget('<meta property="og:image" content="https://x.org/v/en/hubs/og-0123456789abcdef.png">', '/v/') // 'en/hubs/og-0123456789abcdef.png'
 */
export function pageCardTarget(html: string, base: string): string | undefined {
  const url = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
  if (!url) return undefined;
  const path = decodeURIComponent(new URL(url).pathname);
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (!pageCardName.test(name)) return undefined;
  if (!path.startsWith(base)) throw new Error(`og:image ${url} is outside the site's base path ${base}`);
  return path.slice(base.length);
}
