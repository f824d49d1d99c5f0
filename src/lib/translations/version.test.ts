import { describe, expect, it } from 'vitest';
import { normalizeText, parseMdx, sourceVersion, stringVersion, wordChanges } from './version';

const page = (frontmatter: string, body: string) => parseMdx(`---\n${frontmatter}\n---\n${body}`, 'test.mdx');
const base = page(
  'title: "Aktau hub"\ndescription: "Aktau is one of six cities."\norder: 1\nsources: [kazinform-hubs]',
  '\nThe hub opened in 2025.\nIt trains <Num id="hubs.directions" /> directions.\n\n- first item\n- second item\n',
);

describe('sourceVersion', () => {
  it('is a short hex hash, the same for the same content', () => {
    expect(sourceVersion(base)).toMatch(/^[0-9a-f]{10}$/);
    expect(sourceVersion(base)).toBe(sourceVersion({ ...base }));
  });

  it('ignores formatting: line wrapping, blank lines, indentation, trailing spaces, YAML quoting', () => {
    const rewrapped = page(
      "title:   'Aktau hub'\ndescription: >-\n  Aktau is one of\n  six cities.\norder: 1\nsources: [kazinform-hubs]",
      'The hub opened\nin 2025.   It trains <Num id="hubs.directions" />   directions.\n\n\n-   first item\n- second item   \n\n',
    );
    expect(normalizeText(rewrapped.body)).not.toBe(rewrapped.body);
    expect(sourceVersion(rewrapped)).toBe(sourceVersion(base));
  });

  it('detects a changed sentence', () => {
    const changed = { ...base, body: base.body.replace('opened in 2025', 'opened in 2024') };
    expect(sourceVersion(changed)).not.toBe(sourceVersion(base));
  });

  it('detects a changed figure id', () => {
    const changed = { ...base, body: base.body.replace('hubs.directions', 'hubs.cities') };
    expect(sourceVersion(changed)).not.toBe(sourceVersion(base));
  });

  it('detects a changed or added list item', () => {
    expect(sourceVersion({ ...base, body: base.body.replace('second item', 'another item') })).not.toBe(sourceVersion(base));
    expect(sourceVersion({ ...base, body: `${base.body}- third item\n` })).not.toBe(sourceVersion(base));
  });

  it('detects a changed text field, but not a change to a field that is the same in every language', () => {
    expect(sourceVersion({ ...base, fields: { ...base.fields, title: 'Aktau Volunteer Hub' } })).not.toBe(sourceVersion(base));
    expect(sourceVersion({ ...base, fields: { ...base.fields, order: 2, updated: '2026-12-01', translatedFrom: 'abcdef0123' } })).toBe(
      sourceVersion(base),
    );
  });
});

describe('stringVersion', () => {
  it('ignores spacing in an interface string and sees a changed word', () => {
    expect(stringVersion('Skip  to\ncontent')).toBe(stringVersion('Skip to content'));
    expect(stringVersion('Skip to the content')).not.toBe(stringVersion('Skip to content'));
    expect(stringVersion({ one: '{n} story', other: '{n} stories' })).not.toBe(stringVersion({ one: '{n} story', other: '{n} tales' }));
  });
});

describe('wordChanges', () => {
  it('lists the words added and removed, not the ones moved or rewrapped', () => {
    expect(wordChanges('Six hubs opened\nin 2025.', 'Seven hubs opened in 2025. More to come.')).toEqual({
      added: ['Seven', 'More', 'to', 'come.'],
      removed: ['Six'],
    });
    expect(wordChanges('a b a', 'a\nb')).toEqual({ added: [], removed: ['a'] });
  });
});

describe('parseMdx', () => {
  it('names the file when there is no frontmatter', () => {
    expect(() => parseMdx('# Title', 'content/hubs/ru/aktau.mdx')).toThrow('content/hubs/ru/aktau.mdx: no frontmatter');
  });
});
