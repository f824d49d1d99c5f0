// What src/integrations/story-images.ts needs to put the stories' sharing images into a build:
// where each goes and what it shows. The integration reads this file, then deletes it.
import type { APIRoute } from 'astro';
import { storyImages } from '../lib/astro/story-entries';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await storyImages(new URL(import.meta.env.SITE))), {
    headers: { 'content-type': 'application/json' },
  });
