import { describe, expect, it } from 'vitest';
import { fontsourceLocal, parseFontsourceCss } from './fontsource-provider';

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
