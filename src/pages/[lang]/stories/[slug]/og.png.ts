// /<lang>/stories/<slug>/og.png: the link-preview image (1200×630), drawn at build time.
import type { APIRoute } from 'astro';
import { cardText, storyImagePaths, type StoryPage } from '../../../../lib/story-entries';
import { cardPng } from '../../../../lib/og-image';

export const getStaticPaths = storyImagePaths;

export const GET: APIRoute = async ({ props, site, url }) => {
  const { page } = props as { page: StoryPage };
  const address = new URL(url.pathname.replace(/og\.png$/, ''), site).host;
  const png = await cardPng(await cardText(page, address), 'og');
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
