// Writes _headers and _redirects into the build for static hosts; the rules are in src/lib/headers/.
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locale } from '../i18n/locales';
import { formatHeaders, headerRules, HOST_LIMITS, readBuild, redirectsFile } from '../lib/headers/headers';

/** `locales`: the site's language codes, each with its own 404 page at `/<code>/404/`. */
export default function headers({ locales }: { locales: readonly Locale[] }): AstroIntegration {
  let base = '/';
  return {
    name: 'site:headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const rules = headerRules(readBuild(outDir, base));
        const text = formatHeaders(rules);
        writeFileSync(join(outDir, '_headers'), text);
        writeFileSync(join(outDir, '_redirects'), redirectsFile(base, locales));
        const longest = Math.max(...text.split('\n').map((l) => l.length));
        if (rules.length > HOST_LIMITS.rules || longest > HOST_LIMITS.lineLength) {
          logger.warn(`_headers has ${rules.length} rules, longest line ${longest} characters: over Cloudflare Pages' limits`);
        }
        logger.info(`_headers: ${rules.length} rules; _redirects: ${locales.length} 404 rules`);
      },
    },
  };
}
