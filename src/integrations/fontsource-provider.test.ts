import { describe, expect, it } from 'vitest';
import { readFileSync, statSync } from 'node:fs';
import * as fontkit from 'fontkit';
import { fontsourceLocal, parseFontsourceCss, unicodeRangeOf } from './fontsource-provider';

describe('parseFontsourceCss', () => {
  it('reads subset, file and unicode range of each @font-face', () => {
    const css = `/* noto-sans-cyrillic-ext-400-normal */
@font-face {
  font-family: 'Noto Sans';
  src: url(./files/noto-sans-cyrillic-ext-400-normal.woff2) format('woff2'), url(./files/x.woff) format('woff');
  unicode-range: U+0460-052F,U+1C80-1C8A;
}`;
    expect(parseFontsourceCss(css)).toEqual([
      { subset: 'cyrillic-ext', file: 'files/noto-sans-cyrillic-ext-400-normal.woff2', unicodeRange: ['U+0460-052F', 'U+1C80-1C8A'] },
    ]);
  });
});

describe('fontsourceLocal', () => {
  it('resolves only the requested subsets, from files on disk', async () => {
    const provider = fontsourceLocal('@fontsource/noto-sans');
    const result = await provider.resolveFont({
      familyName: 'Noto Sans',
      weights: ['400'],
      styles: ['normal'],
      subsets: ['cyrillic', 'cyrillic-ext'],
      formats: ['woff2'],
      options: undefined,
    });
    const subsets = result?.fonts.map((f) => f.meta?.subset).sort();
    expect(subsets).toEqual(['cyrillic', 'cyrillic-ext']);
    for (const font of result?.fonts ?? []) expect(font.src[0]).toMatchObject({ format: 'woff2' });
  });
});

describe('unicodeRangeOf', () => {
  it('joins neighbouring characters into spans, in code point order, once each', () => {
    expect(unicodeRangeOf('ҚқҒғ')).toEqual(['U+0492-0493', 'U+049A-049B']);
    expect(unicodeRangeOf('әӘә')).toEqual(['U+04D8-04D9']);
    expect(unicodeRangeOf('aс')).toEqual(['U+0061', 'U+0441']);
  });
});

describe('fontsourceLocal with keep', () => {
  it('cuts a subset to the kept characters: a smaller file holding them all, and a range naming only them', async () => {
    const letters = 'ӘәҒғҚқҢңӨөҮүҺһ';
    const provider = fontsourceLocal('@fontsource/noto-sans', { keep: { 'cyrillic-ext': letters } });
    const result = await provider.resolveFont({
      familyName: 'Noto Sans',
      weights: ['700'],
      styles: ['normal'],
      subsets: ['cyrillic', 'cyrillic-ext'],
      formats: ['woff2'],
      options: undefined,
    });
    const ext = result?.fonts.find((f) => f.meta?.subset === 'cyrillic-ext');
    const plain = result?.fonts.find((f) => f.meta?.subset === 'cyrillic');
    const url = (font: typeof ext) => (font?.src[0] && 'url' in font.src[0] ? font.src[0].url : '');
    expect(ext?.unicodeRange).toEqual(unicodeRangeOf(letters));
    const font = fontkit.create(readFileSync(url(ext))) as fontkit.Font;
    for (const letter of letters) expect(font.hasGlyphForCodePoint(letter.codePointAt(0) ?? 0), letter).toBe(true);
    expect(font.hasGlyphForCodePoint('Ѣ'.codePointAt(0) ?? 0)).toBe(false);
    expect(statSync(url(ext)).size).toBeLessThan(4 * 1024);
    // Subsets not named in keep are the package's own files, whole.
    expect(url(plain)).toMatch(/node_modules\/@fontsource\/noto-sans\/files\/noto-sans-cyrillic-700-normal\.woff2$/);
  });
});
