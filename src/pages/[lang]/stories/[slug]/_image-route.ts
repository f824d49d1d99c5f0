// The dev server's routes for a story's images (src/pages/[lang]/stories/[slug]/og.png.ts and the
// others). A build writes none of them as pages: src/integrations/story-images.ts copies them from
// the image cache, far quicker than thousands of responses.
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { storyImageFile, type StoryImageName } from '../../../../lib/images/story-images';
import { storyImages, type StoryImage } from '../../../../lib/astro/story-entries';

const types: Record<StoryImageName, string> = { 'og.png': 'image/png', 'card.png': 'image/png', 'cover.webp': 'image/webp' };

/** `getStaticPaths` and `GET` of one image of every story, drawn on request in dev. */
export function storyImageRoute(name: StoryImageName): { getStaticPaths: GetStaticPaths; GET: APIRoute } {
  return {
    getStaticPaths: async () => {
      if (!import.meta.env.DEV) return [];
      const images = await storyImages(new URL(import.meta.env.SITE));
      return images
        .filter((image) => image.name === name)
        .map((image) => {
          const [lang, , slug] = image.file.split('/');
          return { params: { lang, slug }, props: { image } };
        });
    },
    GET: async ({ props }) => {
      const { image } = props as { image: StoryImage };
      const bytes = readFileSync(await storyImageFile(image.name, image.text));
      return new Response(new Uint8Array(bytes), { headers: { 'content-type': types[name] } });
    },
  };
}
