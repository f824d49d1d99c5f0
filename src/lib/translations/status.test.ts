import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentStatus, dictionaryStatus, readContent, sourceChangeDay, updatedDay } from './status';
import { keepSnapshot, saveSnapshots, selectRows, withArticleVersions, withTranslatedFrom } from './mark';
import { readableText, sourceVersion, stringVersion } from './version';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function write(files: Record<string, string>) {
  dir = mkdtempSync(join(tmpdir(), 'translations-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}
const mdx = (fields: string, body: string) => `---\n${fields}\n---\n${body}`;

describe('contentStatus', () => {
  it('tells up to date, outdated (since the source’s updated day, with the words changed) and missing', () => {
    const en = mdx('title: "Aktau"\nupdated: 2026-11-20', 'Six hubs opened in 2025.');
    write({ 'hubs/en/aktau.mdx': en });
    const [source] = readContent(dir);
    const version = source!.version;
    // The translators worked from an older English text, kept when they marked it.
    const old = { fields: { title: 'Aktau' }, body: 'Five hubs opened in 2025.' };
    keepSnapshot(dir, 'hubs', sourceVersion(old), readableText(old));
    saveSnapshots(dir, ['hubs'], new Set([sourceVersion(old)]));
    mkdirSync(join(dir, 'hubs/ru'), { recursive: true });
    mkdirSync(join(dir, 'hubs/es'), { recursive: true });
    writeFileSync(join(dir, 'hubs/ru/aktau.mdx'), mdx(`title: "Актау"\ntranslatedFrom: ${version}`, 'Шесть хабов.'));
    writeFileSync(join(dir, 'hubs/es/aktau.mdx'), mdx(`title: "Aktau"\ntranslatedFrom: ${sourceVersion(old)}`, 'Cinco hubs.'));

    const rows = contentStatus(readContent(dir), { contentDir: dir });
    const byLang = Object.fromEntries(rows.map((r) => [r.lang, r]));
    expect(byLang.ru).toMatchObject({ state: 'current' });
    expect(byLang.es).toMatchObject({ state: 'outdated', sourceUpdated: '2026-11-20', changes: { added: ['Six'], removed: ['Five'] } });
    expect(byLang.kk).toMatchObject({ state: 'missing', collection: 'hubs', slug: 'aktau' });
  });

  it('calls a translation that was never marked outdated, and a rewrapped source still current', () => {
    write({
      'programme/en/join.mdx': mdx('title: "Join"', 'How to\njoin.'),
      'programme/ru/join.mdx': mdx('title: "Как присоединиться"', 'Текст.'),
    });
    const [row] = contentStatus(readContent(dir)).filter((r) => r.lang === 'ru');
    expect(row).toMatchObject({ state: 'outdated', translatedFrom: undefined });
    writeFileSync(join(dir, 'programme/ru/join.mdx'), withTranslatedFrom(readFileSync(join(dir, 'programme/ru/join.mdx'), 'utf8'), row!.version, 'ru'));
    writeFileSync(join(dir, 'programme/en/join.mdx'), mdx('title:   "Join"', 'How to join.\n\n'));
    expect(contentStatus(readContent(dir)).find((r) => r.lang === 'ru')).toMatchObject({ state: 'current' });
  });

  it('tracks each Convention article on its own, and marks only the articles asked', () => {
    write({
      'crc/en.yaml': '- number: 1\n  title: "Definition of the child"\n  summary: "Everyone under 18."\n- number: 2\n  title: "Non-discrimination"\n  summary: "All children."\n',
      'crc/ru.yaml': '- number: 1\n  title: "Определение"\n  summary: "Все до 18."\n- number: 2\n  title: "Недопущение"\n  summary: "Все дети."\n',
    });
    const rows = contentStatus(readContent(dir)).filter((r) => r.lang === 'ru');
    const marked = withArticleVersions(readFileSync(join(dir, 'crc/ru.yaml'), 'utf8'), new Map([['2', rows[1]!.version]]), 'ru.yaml');
    expect(marked).toBe(readFileSync(join(dir, 'crc/ru.yaml'), 'utf8').replace('"Все дети."\n', `"Все дети."\n  translatedFrom: ${rows[1]!.version}\n`));
    writeFileSync(join(dir, 'crc/ru.yaml'), marked);
    expect(contentStatus(readContent(dir)).filter((r) => r.lang === 'ru').map((r) => [r.slug, r.state])).toEqual([
      ['1', 'outdated'],
      ['2', 'current'],
    ]);
  });
});

describe('sourceChangeDay', () => {
  const row = { collection: 'hubs', slug: 'aktau', lang: 'ru', state: 'outdated', version: '0000000000' } as const;
  it('is the source’s updated day when it is later than the translation’s, and none otherwise', () => {
    expect(sourceChangeDay({ ...row, sourceUpdated: '2026-11-20', translationUpdated: '2026-10-01' })).toBe('2026-11-20');
    expect(sourceChangeDay({ ...row, sourceUpdated: '2026-11-20' })).toBe('2026-11-20');
    expect(sourceChangeDay({ ...row, sourceUpdated: '2026-09-01', translationUpdated: '2026-10-01' })).toBeUndefined();
    expect(sourceChangeDay({ ...row, translationUpdated: '2026-10-01' })).toBeUndefined();
  });
});

describe('readContent with a cache', () => {
  it('gives the same versions and dates from the cache, and reads a changed file again', () => {
    write({
      'stories/en/a.mdx': mdx('title: "A story"\ndate: 2026-11-10', 'Text.'),
      'stories/ru/a.mdx': mdx('title: "Рассказ"\ndate: 2026-11-10\nupdated: 2026-11-12', 'Текст.'),
    });
    const cacheFile = join(dir, 'cache/versions.json');
    const fresh = readContent(dir, { cacheFile });
    const cached = readContent(dir, { cacheFile });
    expect(cached.map((e) => [e.version, updatedDay(e.fields), e.body])).toEqual([
      [fresh[0]!.version, '2026-11-10', ''],
      [fresh[1]!.version, '2026-11-12', ''],
    ]);
    writeFileSync(join(dir, 'stories/en/a.mdx'), mdx('title: "A story"\ndate: 2026-11-10', 'Another text.'));
    expect(readContent(dir, { cacheFile })[0]!.version).not.toBe(fresh[0]!.version);
  });
});

describe('dictionaryStatus', () => {
  it('compares the dictionaries key by key', () => {
    dir = mkdtempSync(join(tmpdir(), 'translations-'));
    const en = { 'nav.home': 'Home', 'nav.search': 'Search' };
    const rows = dictionaryStatus(
      { en, es: en, kk: { 'nav.home': 'Басты бет' }, ru: en },
      { ru: { 'nav.home': stringVersion('Home'), 'nav.search': stringVersion('Find') } },
    );
    const states = rows.filter((r) => r.lang !== 'es').map((r) => `${r.lang}/${r.slug} ${r.state}`);
    expect(states).toEqual(['kk/nav.home outdated', 'ru/nav.home current', 'kk/nav.search missing', 'ru/nav.search outdated']);
  });
});

describe('selectRows', () => {
  const rows = [
    ['hubs', 'aktau', 'ru'],
    ['hubs', 'astana', 'ru'],
    ['crc', '12', 'ru'],
    ['hubs', 'aktau', 'kk'],
  ].map(([collection, slug, lang]) => ({ collection: collection!, slug: slug!, lang: lang as 'ru' | 'kk', state: 'outdated' as const, version: '0000000000' }));
  it('selects one entry, a collection, a language or all', () => {
    expect(selectRows(rows, 'ru/hubs/aktau')).toHaveLength(1);
    expect(selectRows(rows, 'ru/hubs')).toHaveLength(2);
    expect(selectRows(rows, 'ru')).toHaveLength(3);
    expect(selectRows(rows, 'all')).toHaveLength(4);
    expect(selectRows(rows, 'kk/crc')).toHaveLength(0);
  });
});
