// /<lang>/stories/<slug>/card.png: the vertical card for Instagram and TikTok stories (1080×1920), on the dev server; a build copies it from the image cache.
import { storyImageRoute } from './_image-route';

export const { getStaticPaths, GET } = storyImageRoute('card.png');
