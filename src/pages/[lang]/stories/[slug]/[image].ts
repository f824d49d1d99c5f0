// /<lang>/stories/<slug>/og.png, card.png and cover.webp on the dev server: the link preview
// (1200×630), the vertical card for Instagram and TikTok stories (1080×1920) and the cover on the
// story's page (800 px WebP). A build writes none of them here: src/integrations/story-images.ts
// copies them from the image cache, far quicker than thousands of responses.
import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import { storyImages, type StoryImage } from '../../../../lib/story-entries';
import { storyImageFile } from '../../../../lib/og-image';

export async function getStaticPaths() {
  if (!import.meta.env.DEV) return [];
  const images = await storyImages(new URL(import.meta.env.SITE), import.meta.env.BASE_URL);
  return images.map((image) => {
    const [lang, , slug] = image.file.split('/');
    return { params: { lang, slug, image: image.name }, props: { image } };
  });
}

const types = { 'og.png': 'image/png', 'card.png': 'image/png', 'cover.webp': 'image/webp' } as const;

export const GET: APIRoute = async ({ props }) => {
  const { image } = props as { image: StoryImage };
  const bytes = readFileSync(await storyImageFile(image.name, image.text));
  return new Response(new Uint8Array(bytes), { headers: { 'content-type': types[image.name] } });
};
