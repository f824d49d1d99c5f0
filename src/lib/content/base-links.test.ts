import { describe, expect, it } from 'vitest';
import { baseLinks, withBase } from './base-links';

describe('withBase', () => {
  it('prefixes root-relative links with the base path', () => {
    expect(withBase('/en/hubs/', '/volunteers/')).toBe('/volunteers/en/hubs/');
    expect(withBase('/en/hubs/#map', '/volunteers/')).toBe('/volunteers/en/hubs/#map');
  });
  it('leaves other links, already based links and the root base alone', () => {
    expect(withBase('https://www.unicef.org/kazakhstan/', '/volunteers/')).toBe('https://www.unicef.org/kazakhstan/');
    expect(withBase('//cdn.example/x', '/volunteers/')).toBe('//cdn.example/x');
    expect(withBase('#top', '/volunteers/')).toBe('#top');
    expect(withBase('mailto:a@b.c', '/volunteers/')).toBe('mailto:a@b.c');
    expect(withBase('/volunteers/en/', '/volunteers/')).toBe('/volunteers/en/');
    expect(withBase('/en/', '/')).toBe('/en/');
  });
});

describe('baseLinks', () => {
  it('rewrites the URL of links, images and definitions through the processor context', () => {
    const set: [string, string][] = [];
    const ctx = { setProperty: (node: never, _key: 'url', value: string) => set.push([(node as { url: string }).url, value]) };
    const plugin = baseLinks('/v/');
    plugin.link({ url: '/kk/hubs/' }, ctx);
    plugin.image({ url: 'https://example.org/a.webp' }, ctx);
    plugin.definition({ url: '/en/' }, ctx);
    expect(set).toEqual([
      ['/kk/hubs/', '/v/kk/hubs/'],
      ['/en/', '/v/en/'],
    ]);
  });
});
