import type { AstroIntegration } from 'astro';
import { constants, existsSync } from 'node:fs';
import { copyFile, readFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheDir } from '../lib/images/cache';
import { pageCardTarget } from '../lib/images/page-cards';
import { filesUnder } from '../lib/files';

/**
 * Puts each page's link-preview card beside the page. Head.astro drew it into the image cache
 * while the page rendered (lib/images/page-cards.ts) and named it in og:image; the built pages are
 * the list, so a page can never point at a card that is not there. docs/decisions/0006-page-cards.md
 */
export default function pageCards(): AstroIntegration {
  let base = '/';
  return {
    name: 'site:page-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const cache = cacheDir();
        const start = performance.now();
        const pages = filesUnder(outDir).filter((f) => f.endsWith('.html'));
        let next = 0;
        let copied = 0;
        // A few at a time: reading one page overlaps copying the last one's card.
        const worker = async () => {
          for (let page = pages[next++]; page; page = pages[next++]) {
            const target = pageCardTarget(await readFile(join(outDir, page), 'utf8'), base);
            if (!target) continue;
            const file = join(cache, basename(target));
            if (!existsSync(file)) throw new Error(`${page}: its link-preview card ${basename(target)} is not in the image cache (${relative(process.cwd(), cache)}); was the cache cleared during the build?`);
            await copyFile(file, join(outDir, target), constants.COPYFILE_FICLONE);
            copied++;
          }
        };
        await Promise.all(Array.from({ length: 8 }, worker));
        logger.info(`${copied} page cards in ${((performance.now() - start) / 1000).toFixed(1)} s`);
      },
    },
  };
}
