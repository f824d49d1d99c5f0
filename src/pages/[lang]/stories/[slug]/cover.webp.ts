// /<lang>/stories/<slug>/cover.webp: the cover on the story's page (800 px), on the dev server; a build copies it from the image cache.
import { storyImageRoute } from './_image-route';

export const { getStaticPaths, GET } = storyImageRoute('cover.webp');
