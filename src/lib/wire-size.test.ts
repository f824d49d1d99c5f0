import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { brotliSize, wireSize } from './wire-size';

describe('wireSize', () => {
  const text = Buffer.from('<p>Волонтёрские хабы ЮНИСЕФ в Казахстане.</p>\n'.repeat(40));
  it('is a gzip file’s own length: it is sent as it is stored', () => {
    const gz = gzipSync(text);
    expect(wireSize(gz)).toBe(gz.length);
  });
  it('is the brotli size of text, and never more than the file', () => {
    expect(wireSize(text)).toBe(brotliSize(text));
    expect(wireSize(text)).toBeLessThan(text.length / 10);
    const tiny = Buffer.from('x');
    expect(wireSize(tiny)).toBe(1);
  });
});
