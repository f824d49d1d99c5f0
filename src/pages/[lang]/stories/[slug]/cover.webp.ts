// /<lang>/stories/<slug>/cover.webp: the story's cover on its page, the same card as WebP.
import type { APIRoute } from 'astro';
import sharp from 'sharp';
import { cardText, storyImagePaths, type StoryPage } from '../../../../lib/story-entries';
import { cardPng } from '../../../../lib/og-image';

export const getStaticPaths = storyImagePaths;

export const GET: APIRoute = async ({ props, site, url }) => {
  const { page } = props as { page: StoryPage };
  const address = new URL(url.pathname.replace(/cover\.webp$/, ''), site).host;
  const png = await cardPng(await cardText(page, address), 'og');
  const webp = await sharp(png).resize(800).webp({ quality: 80 }).toBuffer();
  return new Response(new Uint8Array(webp), { headers: { 'content-type': 'image/webp' } });
};
