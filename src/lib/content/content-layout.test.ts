import { describe, expect, it } from 'vitest';
import { contentLayoutError } from './content-layout';

describe('contentLayoutError', () => {
  it('accepts <lang>/<slug>.mdx', () => {
    expect(contentLayoutError('kk/plastic-free.mdx', 'mdx', 'content/programme')).toBeUndefined();
  });
  it('rejects an unknown language folder, naming the file and the languages', () => {
    expect(contentLayoutError('kz/about.mdx', 'mdx', 'content/programme')).toBe(
      'content/programme/kz/about.mdx: the folder "kz" is not a site language (expected one of en, es, kk, ru)',
    );
  });
  it('rejects files outside a language folder and other file types', () => {
    expect(contentLayoutError('about.mdx', 'mdx', 'c')).toMatch(/language folder/);
    expect(contentLayoutError('en/about.txt', 'mdx', 'c')).toMatch(/only \.mdx/);
  });
  it('rejects slugs that are not lowercase with hyphens', () => {
    expect(contentLayoutError('en/Plastic Free.mdx', 'mdx', 'c')).toMatch(/lowercase slug/);
  });
  it('rejects slugs outside an allowed list', () => {
    expect(contentLayoutError('en/taraz.mdx', 'mdx', 'content/hubs', ['astana'])).toMatch(/"taraz" is not one of astana/);
  });
  it('checks yaml data files are named by language', () => {
    expect(contentLayoutError('ru.yaml', 'yaml', 'content/crc')).toBeUndefined();
    expect(contentLayoutError('kz.yaml', 'yaml', 'content/crc')).toMatch(/"kz" is not a site language/);
  });
});
