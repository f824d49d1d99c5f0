import { describe, expect, it } from 'vitest';
import { absoluteUrl, localePath, splitLocale, switchLocale } from './routing';

describe('splitLocale', () => {
  it('reads the locale from the first segment after the base', () => {
    expect(splitLocale('/kk/hubs/astana/')).toEqual({ locale: 'kk', rest: 'hubs/astana/' });
    expect(splitLocale('/volunteers/ru/', '/volunteers/')).toEqual({ locale: 'ru', rest: '' });
  });
  it('finds no locale in paths outside the language tree', () => {
    expect(splitLocale('/404.html').locale).toBeUndefined();
    expect(splitLocale('/kz/hubs/').locale).toBeUndefined();
  });
});

describe('switchLocale', () => {
  it('keeps the slug and swaps only the prefix', () => {
    expect(switchLocale('/en/rights/health/', 'ru')).toBe('/ru/rights/health/');
    expect(switchLocale('/volunteers/es/', 'kk', '/volunteers/')).toBe('/volunteers/kk/');
  });
});

describe('localePath', () => {
  it('builds trailing-slash paths under the base', () => {
    expect(localePath('kk', 'hubs/astana')).toBe('/kk/hubs/astana/');
    expect(localePath('en', '', '/v/')).toBe('/v/en/');
    expect(localePath('es', '/stories/')).toBe('/es/stories/');
  });
});

describe('absoluteUrl', () => {
  it('joins a path to the site origin', () => {
    expect(absoluteUrl('/en/', 'https://example.org')).toBe('https://example.org/en/');
  });
});
