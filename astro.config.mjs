// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { locales, localeCodes, defaultLocale } from './src/i18n/locales.ts';
import { siteSettings } from './src/lib/settings.ts';
import { sitemapFilter } from './src/lib/content/sitemap-filter.ts';
import { sitemapLastmod } from './src/lib/content/sitemap-lastmod.ts';
import pagefind from './src/integrations/pagefind.ts';
import headers from './src/integrations/headers.ts';
import offline from './src/integrations/offline.ts';
import storyImages from './src/integrations/story-images.ts';
import pageCards from './src/integrations/page-cards.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { baseLinks } from './src/lib/content/base-links.ts';
import { fontsourceLocal } from './src/integrations/fontsource-provider.ts';

const { site, base, contentDir } = siteSettings(process.env);
/** The Kazakh letters Fontsource puts in cyrillic-ext (Ұұ and Іі are in its cyrillic subset). */
const kazakhLetters = 'ӘәҒғҚқҢңӨөҮүҺһ';

export default defineConfig({
  site,
  base,
  // Builds of other content (the bad-content tests, the benchmark) keep their own content store.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  trailingSlash: 'always',
  // CSS inline: HTML and CSS arrive together in the first round trip (14 KB brotli budget,
  // tests/site/budgets.test.ts), with no render-blocking request on a slow connection.
  // concurrency: a page often waits on a file write or a hash; four at a time keep the CPU busy
  // (bench:scale, 5,194 pages: rendering 19 s → 10 s, no more memory).
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
  i18n: {
    locales: [...localeCodes],
    defaultLocale,
    // Every language, English included, lives under its prefix; `/` is our own language chooser.
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  // Content links are written from the site root (/en/hubs/); under BASE_PATH they get the base.
  // No syntax highlighting: Shiki's inline styles would break the CSP, and the content has no code.
  markdown: { processor: satteri({ mdastPlugins: [baseLinks(base)] }), syntaxHighlight: false },
  integrations: [
    mdx(),
    sitemap({
      i18n: {
        defaultLocale,
        locales: Object.fromEntries(localeCodes.map((code) => [code, locales[code].bcp47])),
      },
      filter: sitemapFilter(contentDir, site, base),
      // lastmod: each page's `updated:` (else its publication date), as on the page and in its JSON-LD.
      serialize: sitemapLastmod(contentDir, site, base, process.env),
    }),
    // Copies the stories' sharing images from their cache into the build (src/lib/images/).
    storyImages(),
    // Puts each page's link-preview card, drawn while the page rendered, beside the page.
    pageCards(),
    pagefind(),
    // After the search index, before _headers: offline.json (what the service worker keeps) and sw.js.
    offline({ locales: localeCodes }),
    // Last: reads the pages' CSP and Pagefind's files to write _headers and _redirects for static hosts.
    headers({ locales: localeCodes }),
  ],
  fonts: [
    {
      // Served from our own origin, read from the installed npm package: no CDN, no network at build.
      // cyrillic-ext is cut to the Kazakh letters, all the site uses from it: 22 KB → 1.6 KB a weight.
      provider: fontsourceLocal('@fontsource/noto-sans', { keep: { 'cyrillic-ext': kazakhLetters } }),
      name: 'Noto Sans',
      cssVariable: '--font-noto',
      weights: [400, 700],
      styles: ['normal'],
      subsets: ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext'],
      fallbacks: ['system-ui', 'sans-serif'],
      // No swap, so no layout shift: a page whose font has not arrived in ~100 ms keeps the
      // system font (the 400 weight is preloaded, so it usually has); the next page has it cached.
      display: 'optional',
    },
  ],
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  vite: {
    plugins: [tailwindcss()],
    build: {
      rolldownOptions: {
        // Every MDX module starts with Astro's own "use astro:head-inject" marker, which the
        // bundler warns about once per file although Astro handles it: drop exactly that warning.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
