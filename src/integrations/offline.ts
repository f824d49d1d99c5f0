// Offline reading, at the end of the build: writes offline.json (what the service worker keeps,
// src/lib/offline/plan.ts) and builds the service worker to sw.js, named with the build's version.
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';
import type { Locale } from '../i18n/locales';
import { routesFor } from '../i18n/routing';
import { useTranslations } from '../i18n';
import { filesUnder } from '../lib/files';
import { brotliSize, wireSize } from '../lib/wire-size';
import { buildVersion, CORE_BUDGET, corePages, fileOf, searchFiles, withAssets, type OfflinePlan } from '../lib/offline/plan';

const workerSource = fileURLToPath(new URL('../scripts/service-worker.ts', import.meta.url));
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

export default function offline({ locales }: { locales: readonly Locale[] }): AstroIntegration {
  let base = '/';
  return {
    name: 'site:offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const routes = routesFor(base);
        const files = filesUnder(outDir).filter((f) => !/^(sw\.js|offline\.json|_headers|_redirects)$/.test(f));
        const size = (url: string) => wireSize(readFileSync(join(outDir, fileOf(url, base))));
        const entry = JSON.parse(readFileSync(join(outDir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
          languages: Record<string, { wasm: string | null }>;
        };
        // The search's own script, loaded when the reader first searches, and what it imports.
        const searchUi = files.filter((f) => /^_astro\/search-ui\.[\w-]+\.js$/.test(f)).flatMap((f) => withAssets(outDir, base, routes.file(f)));
        const plan: OfflinePlan = { version: buildVersion(outDir, files, readFileSync(workerSource, 'utf8')), core: {}, coreBytes: {}, search: {} };
        for (const lang of locales) {
          // A content set without one of the core pages (a test fixture) keeps the others.
          const pages = corePages(routes, lang);
          const built = pages.filter((page) => existsSync(join(outDir, fileOf(page, base))));
          const absent = pages.filter((page) => !built.includes(page));
          if (absent.length) logger.warn(`offline ${lang}: no ${absent.join(', ')} in this build: not kept`);
          const core = [...new Set(built.flatMap((page) => withAssets(outDir, base, page)))];
          plan.core[lang] = core;
          plan.coreBytes[lang] = core.reduce((n, url) => n + size(url), 0);
          const search = [routes.search(lang), ...searchFiles(files, lang, entry.languages[lang]?.wasm ?? null).map((f) => routes.file(f)), ...searchUi];
          plan.search[lang] = { files: search, bytes: search.reduce((n, url) => n + size(url), 0) };
          const line = `offline ${lang}: core ${core.length} files ${kb(plan.coreBytes[lang])} compressed (budget ${kb(CORE_BUDGET)}); search ${search.length} files ${kb(plan.search[lang].bytes)}`;
          if (plan.coreBytes[lang] > CORE_BUDGET) logger.warn(`${line}: over budget`);
          else logger.info(line);
        }
        writeFileSync(join(outDir, 'offline.json'), JSON.stringify(plan));
        const bundle = await build({
          input: workerSource,
          write: false,
          logLevel: 'silent',
          transform: { define: { VERSION: JSON.stringify(plan.version), OFFLINE_TITLE: JSON.stringify(Object.fromEntries(locales.map((lang) => [lang, useTranslations(lang)('offline.title')]))) } },
          output: { format: 'iife', minify: true },
        });
        const code = bundle.output[0].code;
        writeFileSync(join(outDir, 'sw.js'), code);
        logger.info(`sw.js: ${kb(code.length)}, ${kb(brotliSize(Buffer.from(code)))} brotli, version ${plan.version}`);
      },
    },
  };
}
