// /<lang>/stories/<slug>/card.png: a vertical card (1080×1920) to post to Instagram or TikTok stories.
import type { APIRoute } from 'astro';
import { cardText, storyImagePaths, type StoryPage } from '../../../../lib/story-entries';
import { cardPng } from '../../../../lib/og-image';

export const getStaticPaths = storyImagePaths;

export const GET: APIRoute = async ({ props, site, url }) => {
  const { page } = props as { page: StoryPage };
  // Stories on Instagram and TikTok carry no link: the card prints where to read the story.
  const address = new URL(url.pathname.replace(/card\.png$/, ''), site);
  const png = await cardPng(await cardText(page, `${address.host}${address.pathname}`), 'story');
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
