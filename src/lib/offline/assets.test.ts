import { describe, expect, it } from 'vitest';
import { pageAssets, staticImports } from './assets';

describe('pageAssets', () => {
  const html = `<html><head>
    <link rel="preload" href="/volunteers/_astro/fonts/a.woff2" as="font" type="font/woff2" crossorigin>
    <link rel="icon" href="/volunteers/favicon.svg" type="image/svg+xml">
    <link rel="alternate" hreflang="kk" href="https://example.org/volunteers/kk/">
    <link rel="manifest" href="/volunteers/kk/manifest.webmanifest">
    <link rel="canonical" href="/volunteers/ru/">
    <script type="module" src="/volunteers/_astro/page.js?v=1"></script>
    <script type="application/ld+json">{}</script>
  </head><body>
    <img src="/volunteers/ru/stories/x/cover.webp" alt="">
    <img src="https://elsewhere.example/x.png" alt="">
    <a href="/volunteers/ru/hubs/">Hubs</a>
  </body></html>`;

  it('finds the same-origin files a page loads at once: preloaded fonts, icons, module scripts, images', () => {
    expect(pageAssets(html, '/volunteers/')).toEqual([
      '/volunteers/_astro/fonts/a.woff2',
      '/volunteers/favicon.svg',
      '/volunteers/_astro/page.js',
      '/volunteers/ru/stories/x/cover.webp',
    ]);
  });

  it('leaves out links, other origins, the manifest and addresses outside the base', () => {
    expect(pageAssets(html, '/other/')).toEqual([]);
  });
});

describe('staticImports', () => {
  it('lists the modules imported at load, not those imported on demand', () => {
    expect(staticImports('import{t as e}from"./locales.Dl5f.js";import"./side.js";const m=()=>import("./later.js");')).toEqual(['locales.Dl5f.js', 'side.js']);
    expect(staticImports('export const x = 1;')).toEqual([]);
  });
});
