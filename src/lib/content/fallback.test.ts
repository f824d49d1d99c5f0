import { describe, expect, it } from 'vitest';
import { groupBySlug, localizePages, pickSource } from './fallback';

describe('pickSource', () => {
  it('prefers the reader’s own language', () => {
    expect(pickSource('kk', ['en', 'kk', 'ru'])).toBe('kk');
  });
  it('follows kk → ru → en, ru → en, es → en', () => {
    expect(pickSource('kk', ['en', 'ru'])).toBe('ru');
    expect(pickSource('kk', ['en'])).toBe('en');
    expect(pickSource('ru', ['en', 'es'])).toBe('en');
    expect(pickSource('es', ['en', 'ru'])).toBe('en');
  });
  it('still finds a translation outside the chain, so no URL is missing', () => {
    expect(pickSource('en', ['ru'])).toBe('ru');
    expect(pickSource('en', [])).toBeUndefined();
  });
});

describe('groupBySlug', () => {
  it('groups ids by slug in registry order', () => {
    expect(groupBySlug(['ru/a', 'en/a', 'en/b'])).toEqual(
      new Map([
        ['a', ['en', 'ru']],
        ['b', ['en']],
      ]),
    );
  });
});

describe('localizePages', () => {
  it('makes one page per language, marking fallback copies', () => {
    const pages = localizePages([{ id: 'en/join' }, { id: 'ru/join' }]);
    expect(pages.map((p) => [p.lang, p.contentLang])).toEqual([
      ['en', 'en'],
      ['es', 'en'],
      ['kk', 'ru'],
      ['ru', 'ru'],
    ]);
    expect(pages[2]?.entry.id).toBe('ru/join');
    expect(pages[2]?.translations).toEqual(['en', 'ru']);
  });
});
