import { describe, expect, it } from 'vitest';
import { suggestLocale } from './suggest-locale';

describe('suggestLocale', () => {
  it('prefers the remembered choice', () => {
    expect(suggestLocale(['ru-RU'], 'kk')).toBe('kk');
  });
  it('matches browser languages by primary subtag, in order', () => {
    expect(suggestLocale(['de-DE', 'ru-KZ', 'en'], null)).toBe('ru');
    expect(suggestLocale(['es-419'], null)).toBe('es');
  });
  it('ignores an unknown remembered value and unknown languages', () => {
    expect(suggestLocale(['fr'], 'xx')).toBeUndefined();
  });
});
