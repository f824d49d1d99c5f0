import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import type { FontProvider } from 'astro';
import subsetFont from 'subset-font';
import { cachedFile } from '../lib/images/cache';

/**
 * An Astro font provider for a Fontsource package installed from npm.
 * Astro's own `npm` provider rewrites file URLs to a CDN and downloads them;
 * this one points at the files already in node_modules, so the build needs no
 * network and every font is served from our own origin.
 *
 * `keep` cuts a subset down to the characters the site uses from it (with
 * subset-font, which runs HarfBuzz): Kazakh needs 14 letters of the hundreds
 * in cyrillic-ext, 1.6 KB instead of 22 KB. The cut files are written to
 * node_modules/.cache/fonts/, and their unicode-range lists only what they hold.
 */
export function fontsourceLocal(pkg: string, { keep = {} }: { keep?: Record<string, string> } = {}): FontProvider {
  const dir = dirname(createRequire(import.meta.url).resolve(`${pkg}/package.json`));
  return {
    name: 'fontsource-local',
    config: { pkg, keep },
    async resolveFont({ weights, styles, subsets }) {
      const faces = weights.flatMap((weight) =>
        styles.flatMap((style) => {
          const file = join(dir, style === 'italic' ? `${weight}-italic.css` : `${weight}.css`);
          return parseFontsourceCss(readFileSync(file, 'utf8'))
            .filter((face) => subsets.includes(face.subset))
            .map((face) => ({ ...face, weight, style }));
        }),
      );
      const fonts = await Promise.all(
        faces.map(async ({ subset, file, unicodeRange, weight, style }) => {
          const chars = keep[subset];
          const source = join(dir, file);
          return {
            src: [{ url: chars ? await cutFont(source, chars) : source, format: 'woff2' }],
            weight,
            style,
            unicodeRange: chars ? unicodeRangeOf(chars) : unicodeRange,
            meta: { subset },
          };
        }),
      );
      return { fonts };
    },
  };
}

/** A woff2 file cut down to `chars`, written once into node_modules/.cache/fonts/ (its name hashes both). */
async function cutFont(source: string, chars: string): Promise<string> {
  const bytes = readFileSync(source);
  const key = createHash('sha256').update(bytes).update(chars).digest('hex').slice(0, 16);
  const target = join(process.cwd(), 'node_modules', '.cache', 'fonts', `${basename(source, '.woff2')}.${key}.woff2`);
  return cachedFile(target, async () => Buffer.from(await subsetFont(bytes, chars, { targetFormat: 'woff2' })));
}

/**
 * The CSS unicode-range of some characters, neighbours joined into spans.
 * @example unicodeRangeOf('ҒғҚқ') // ['U+0492-0493', 'U+049A-049B']
 */
export function unicodeRangeOf(chars: string): string[] {
  const points = [...new Set([...chars].map((c) => c.codePointAt(0) ?? 0))].sort((a, b) => a - b);
  const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');
  const spans: [number, number][] = [];
  for (const point of points) {
    const last = spans.at(-1);
    if (last && point === last[1] + 1) last[1] = point;
    else spans.push([point, point]);
  }
  return spans.map(([from, to]) => (from === to ? `U+${hex(from)}` : `U+${hex(from)}-${hex(to)}`));
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
