import { describe, expect, it } from 'vitest';
import { contentLayoutError, impossibleDates } from './content-layout';

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

describe('impossibleDates', () => {
  it('finds an unquoted day that does not exist, which YAML would silently move', () => {
    expect(impossibleDates('---\ntitle: x\ndate: 2026-02-30\n---\nbody date: 2026-02-31')).toEqual([
      'date: "2026-02-30" is not a valid date: write a date such as 2026-11-10 (year-month-day)',
    ]);
    expect(impossibleDates('---\nupdated: 2026-13-01\n---')).toHaveLength(1);
  });
  it('accepts real days, including 29 February of a leap year', () => {
    expect(impossibleDates('---\ndate: 2028-02-29\nupdated: 2026-12-31\n---')).toEqual([]);
  });
});
