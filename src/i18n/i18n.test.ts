import { describe, expect, it } from 'vitest';
import { dictionaries, fill, useTranslations } from '.';
import { isLocale, localeCodes, locales } from './locales';

describe('locale registry', () => {
  it('has the four site languages with Intl and Open Graph locales', () => {
    expect(localeCodes).toEqual(['en', 'es', 'kk', 'ru']);
    expect(locales.kk).toMatchObject({ bcp47: 'kk', intl: 'kk', og: 'kk_KZ', label: 'Қазақша' });
    expect(locales.en.intl).toBe('en-GB');
  });
  it('rejects the country code kz and unknown values', () => {
    expect(isLocale('kz')).toBe(false);
    expect(isLocale('toString')).toBe(false);
    expect(isLocale('ru')).toBe(true);
  });
});

describe('dictionaries', () => {
  it('have the same keys in every language', () => {
    const keys = Object.keys(dictionaries.en).sort();
    for (const code of localeCodes) expect(Object.keys(dictionaries[code]).sort()).toEqual(keys);
  });
  it('have no empty strings', () => {
    for (const code of localeCodes) {
      for (const [key, value] of Object.entries(dictionaries[code])) {
        const texts: string[] = typeof value === 'string' ? [value] : Object.values(value);
        for (const text of texts) expect(text.trim(), `${code}: ${key}`).not.toBe('');
      }
    }
  });
  it('keep every placeholder of the English text', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{\w+\}/g)].map((m) => m[0]).sort();
    for (const [key, value] of Object.entries(dictionaries.en)) {
      if (typeof value !== 'string') continue;
      for (const code of localeCodes) {
        const other = dictionaries[code][key as keyof typeof dictionaries.en];
        expect(placeholders(other as string), `${code}: ${key}`).toEqual(placeholders(value));
      }
    }
  });
  it('write Kazakh with Kazakh letters, not Latin look-alikes', () => {
    for (const value of Object.values(dictionaries.kk).flatMap((v) => (typeof v === 'string' ? [v] : Object.values(v)))) {
      // A Latin i or Cyrillic и inside a Cyrillic word is a wrong letter in Kazakh.
      expect(value).not.toMatch(/[а-яәғқңөұүһі][i][а-яәғқңөұүһі]/i);
    }
  });
});

describe('t()', () => {
  it('fills placeholders', () => {
    expect(fill('Article {n}', { n: 3 })).toBe('Article 3');
    expect(useTranslations('kk')('crc.article', { n: 12 })).toBe('12-бап');
  });
  it('writes an article reference inside a sentence as each language does: lower case in ES and RU', () => {
    const inline = localeCodes.map((code) => useTranslations(code)('crc.articleInline', { n: 12 }));
    expect(inline).toEqual(['Article 12', 'artículo 12', '12-бап', 'статья 12']);
    // At the start of a line or heading the label is capitalised where the language capitalises sentences.
    for (const code of localeCodes) {
      const label = useTranslations(code)('crc.article', { n: 12 });
      expect(label.charAt(0), code).toBe(label.charAt(0).toLocaleUpperCase(locales[code].intl));
    }
  });
  it('uses Russian one/few/many plural forms', () => {
    const t = useTranslations('ru');
    expect(t.plural('list.count', 1)).toBe('1 страница');
    expect(t.plural('list.count', 3)).toBe('3 страницы');
    expect(t.plural('list.count', 5)).toBe('5 страниц');
    expect(t.plural('list.count', 21)).toBe('21 страница');
    expect(t.plural('list.count', 1000)).toBe('1\u00a0000 страниц');
  });
  it('gives the reading time of a story with Russian plural agreement', () => {
    const t = useTranslations('ru');
    expect([1, 2, 5, 11, 22].map((n) => t.plural('story.readingTime', n))).toEqual([
      '1 минута чтения',
      '2 минуты чтения',
      '5 минут чтения',
      '11 минут чтения',
      '22 минуты чтения',
    ]);
    expect(useTranslations('es').plural('story.readingTime', 1)).toBe('1 minuto de lectura');
  });
  it('uses English one/other', () => {
    const t = useTranslations('en');
    expect(t.plural('list.count', 1)).toBe('1 page');
    expect(t.plural('list.count', 2)).toBe('2 pages');
  });
});
