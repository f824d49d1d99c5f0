// Every character the site shows exists in the fonts it ships (the Kazakh letters included).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { bodyText, distDir, distFiles, pages } from '../support/dist';

const fontFiles = distFiles.filter((f) => f.endsWith('.woff2'));

function covered(): Set<number> {
  const points = new Set<number>();
  for (const file of fontFiles) {
    const font = fontkit.create(readFileSync(join(distDir, file))) as fontkit.Font;
    for (const cp of font.characterSet) points.add(cp);
  }
  return points;
}

describe('shipped fonts', () => {
  it('are self-hosted woff2 files', () => {
    expect(fontFiles.length).toBeGreaterThan(0);
  });

  it('cover every character of every page’s text', () => {
    const have = covered();
    const missing = new Map<string, string>();
    for (const page of pages) {
      for (const char of bodyText(page.doc)) {
        const cp = char.codePointAt(0) ?? 0;
        if (/\s/u.test(char) || have.has(cp) || missing.has(char)) continue;
        missing.set(char, `U+${cp.toString(16).toUpperCase().padStart(4, '0')} on ${page.url}`);
      }
    }
    expect([...missing.entries()].map(([c, where]) => `${c} ${where}`)).toEqual([]);
  });

  it('include every Kazakh letter', () => {
    const have = covered();
    for (const char of 'ӘәҒғҚқҢңӨөҰұҮүҺһІі') expect(have.has(char.codePointAt(0) ?? 0), char).toBe(true);
  });
});
