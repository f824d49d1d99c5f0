import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { FontProvider } from 'astro';

/**
 * An Astro font provider for a Fontsource package installed from npm.
 * Astro's own `npm` provider rewrites file URLs to a CDN and downloads them;
 * this one points at the files already in node_modules, so the build needs no
 * network and every font is served from our own origin.
 */
export function fontsourceLocal(pkg: string): FontProvider {
  const dir = dirname(createRequire(import.meta.url).resolve(`${pkg}/package.json`));
  return {
    name: 'fontsource-local',
    config: { pkg },
    resolveFont({ weights, styles, subsets }) {
      const fonts = weights.flatMap((weight) =>
        styles.flatMap((style) => {
          const file = join(dir, style === 'italic' ? `${weight}-italic.css` : `${weight}.css`);
          return parseFontsourceCss(readFileSync(file, 'utf8'))
            .filter((face) => subsets.includes(face.subset))
            .map((face) => ({
              src: [{ url: join(dir, face.file), format: 'woff2' }],
              weight,
              style,
              unicodeRange: face.unicodeRange,
              meta: { subset: face.subset },
            }));
        }),
      );
      return { fonts };
    },
  };
}

/** Reads the `@font-face` blocks of a Fontsource CSS file: subset, woff2 file and unicode range. */
export function parseFontsourceCss(css: string) {
  const blocks = css.matchAll(/\/\* [\w-]+?-((?:latin|cyrillic|greek|vietnamese|devanagari)[\w-]*?)-\d+-\w+ \*\/\s*@font-face\s*\{([^}]*)\}/g);
  return [...blocks].flatMap(([, subset = '', body = '']) => {
    const file = /url\(\.\/(files\/[^)]+\.woff2)\)/.exec(body)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(body)?.[1];
    if (!file || !range) return [];
    return [{ subset, file, unicodeRange: range.split(',').map((r) => r.trim()) }];
  });
}
