import type { AstroIntegration } from 'astro';
import { constants, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { copyFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheDir } from '../lib/images/cache';
import { storyImageFile } from '../lib/images/story-images';
import type { StoryImage } from '../lib/astro/story-entries';

/** The list src/pages/story-images.json.ts writes into the build. */
export const MANIFEST = 'story-images.json';

/**
 * Puts each story's sharing images (og.png, card.png, cover.webp) into the
 * build: from the image cache when their inputs did not change, else drawn
 * into it first (src/lib/images/). Copying files is far quicker than
 * passing thousands of images through Astro as responses (bench:scale: 4,000
 * stories, 12,000 images), and keeps them out of the build's memory.
 */
export default function storyImages(): AstroIntegration {
  return {
    name: 'site:story-images',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const manifest = join(outDir, MANIFEST);
        if (!existsSync(manifest)) throw new Error(`${MANIFEST} is missing from the build: src/pages/story-images.json.ts lists the stories' images`);
        const images = JSON.parse(readFileSync(manifest, 'utf8')) as StoryImage[];
        rmSync(manifest);
        if (!images.length) return;
        const cache = cacheDir();
        const before = existsSync(cache) ? readdirSync(cache).length : 0;
        const start = performance.now();
        // A few at a time: copies run in the background while the next card is looked up or drawn.
        let next = 0;
        const worker = async () => {
          for (let image = images[next++]; image; image = images[next++]) {
            const target = join(outDir, image.file);
            await mkdir(dirname(target), { recursive: true });
            // A copy-on-write clone where the file system has them, else a plain copy.
            await copyFile(await storyImageFile(image.name, image.text, cache), target, constants.COPYFILE_FICLONE);
          }
        };
        await Promise.all(Array.from({ length: 8 }, worker));
        const drawn = readdirSync(cache).length - before;
        logger.info(`${images.length} story images in ${((performance.now() - start) / 1000).toFixed(1)} s: ${drawn} drawn, the rest from the cache`);
      },
    },
  };
}
