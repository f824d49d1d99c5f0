// `npm run bench`: build time and peak memory, and bytes per page type.
import { existsSync } from 'node:fs';
import { timed, weighPage, kb, pageTypes as types } from './measure.mjs';

const dist = 'dist';
const env = { ASTRO_TELEMETRY_DISABLED: '1' };
const build = await timed('astro', ['build'], env);
console.log(`\nBuild: ${build.seconds.toFixed(1)} s, peak memory ${(build.peakBytes / 2 ** 20).toFixed(0)} MB`);

const rows = [];
for (const [type, fileFor] of Object.entries(types)) {
  for (const lang of ['en', 'es', 'kk', 'ru']) {
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
