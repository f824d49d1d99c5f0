// /<lang>/stories/<slug>/cover.webp: the story's cover on its page, the same card as WebP.
import type { APIRoute } from 'astro';
import { cardText, storyImagePaths, type StoryPage } from '../../../../lib/story-entries';
import { cardWebp } from '../../../../lib/og-image';

export const getStaticPaths = storyImagePaths;

export const GET: APIRoute = async ({ props, site, url }) => {
  const { page } = props as { page: StoryPage };
  const address = new URL(url.pathname.replace(/cover\.webp$/, ''), site).host;
  const webp = await cardWebp(await cardText(page, address), 800);
  return new Response(new Uint8Array(webp), { headers: { 'content-type': 'image/webp' } });
};
