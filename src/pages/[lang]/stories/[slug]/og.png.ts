// /<lang>/stories/<slug>/og.png: the link preview (1200×630), on the dev server; a build copies it from the image cache.
import { storyImageRoute } from './_image-route';

export const { getStaticPaths, GET } = storyImageRoute('og.png');
