// `npm run bench`: build time and peak memory, and bytes per page type.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildEnv as env, timed, weighPage, kb, brotli, pageTypes as types } from './measure.mjs';
import { localeCodes } from '../src/i18n/locales.ts';

const dist = 'dist';
const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

// What the sharing images cost: a build without them, one drawing them all (empty cache),
// and one reusing the cache, as a build of an unchanged commit does.
const cache = mkdtempSync(join(tmpdir(), 'og-cache-'));
const noImages = await timed('astro', ['build'], { ...env, OG_IMAGES: 'off' });
const coldImages = await timed('astro', ['build'], { ...env, OG_CACHE_DIR: cache });
const build = await timed('astro', ['build'], { ...env, OG_CACHE_DIR: cache });
rmSync(cache, { recursive: true, force: true });
const files = readdirSync(dist, { recursive: true }).map(String);
const weigh = (list) => {
  const sizes = list.map((f) => statSync(join(dist, f)).size);
  const sum = sizes.reduce((a, b) => a + b, 0);
  return `${list.length} files, ${kb(sum)} in all (${kb(sum / Math.max(list.length, 1))} each on average, largest ${kb(Math.max(0, ...sizes))})`;
};
// A story's three images (lib/images/story-images.ts), and every other page's link-preview card (page-cards.ts).
const storyImages = files.filter((f) => /stories\/[^/]+\/(og\.png|card\.png|cover\.webp)$/.test(f));
const pageCards = files.filter((f) => /(^|\/)og-[0-9a-f]{16}\.png$/.test(f));
console.log(`\nBuild: ${build.seconds.toFixed(1)} s, peak memory ${mb(build.peakBytes)} (sharing images from the cache): +${(build.seconds - noImages.seconds).toFixed(1)} s`);
console.log(`Without sharing images (OG_IMAGES=off): ${noImages.seconds.toFixed(1)} s, peak ${mb(noImages.peakBytes)}`);
console.log(`Drawing every image (empty cache): ${coldImages.seconds.toFixed(1)} s, peak ${mb(coldImages.peakBytes)}: +${(coldImages.seconds - noImages.seconds).toFixed(1)} s`);
console.log(`Story images: ${weigh(storyImages)}`);
console.log(`Page link-preview cards: ${weigh(pageCards)}`);

const rows = [];
for (const [type, fileFor] of Object.entries(types)) {
  for (const lang of localeCodes) {
    const file = fileFor(lang);
    if (!existsSync(`${dist}/${file}`)) continue;
    const w = weighPage(dist, file);
    rows.push({
      type,
      lang,
      'HTML': kb(w.html),
      'HTML br': kb(w.htmlBr),
      'CSS': kb(w.css),
      'CSS br': kb(w.cssBr),
      'JS': kb(w.js),
      'JS br': kb(w.jsBr),
      'HTML+CSS br': kb(w.htmlBr + w.cssBr),
      'within 14 KB': w.htmlBr + w.cssBr <= 14 * 1024 ? 'yes' : 'NO',
    });
  }
}
console.log('\nBytes per page type (first visit; brotli quality 11):');
console.table(rows);

// Offline reading (src/lib/offline/plan.ts): what a language keeps after one visit (budget 250 KB
// brotli), its search index when the reader saves it, and the service worker (budget 5 KB brotli).
const plan = JSON.parse(readFileSync(join(dist, 'offline.json'), 'utf8'));
console.log(`\nOffline: sw.js ${kb(brotli(readFileSync(join(dist, 'sw.js'))))} brotli (budget 5 KB)`);
console.table(
  localeCodes.map((lang) => ({
    lang,
    'core files': plan.core[lang].length,
    'core br': kb(plan.coreBytes[lang]),
    'within 250 KB': plan.coreBytes[lang] <= 250 * 1024 ? 'yes' : 'NO',
    'search files': plan.search[lang].files.length,
    'search br': kb(plan.search[lang].bytes),
  })),
);
