import { describe, expect, it } from 'vitest';
import { formatDate, formatFigure, formatNumber } from './format';

describe('formatNumber', () => {
  it('groups digits as each language writes them', () => {
    expect(formatNumber(59460, 'en')).toBe('59,460');
    expect(formatNumber(59460, 'es')).toBe('59.460');
    expect(formatNumber(9000, 'es')).toBe('9000');
    expect(formatNumber(59460, 'kk')).toBe('59\u00a0460');
    expect(formatNumber(1796, 'ru')).toBe('1\u00a0796');
  });
});

describe('formatFigure', () => {
  it('writes percentages and factors per language', () => {
    expect(formatFigure({ value: 81.9, unit: 'percent' }, 'en')).toBe('81.9%');
    expect(formatFigure({ value: 81.9, unit: 'percent' }, 'ru')).toBe('81,9\u00a0%');
    expect(formatFigure({ value: 81.9, unit: 'percent' }, 'kk')).toBe('81,9%');
    expect(formatFigure({ value: 3.6, unit: 'factor' }, 'es')).toBe('3,6');
  });
});

describe('formatDate', () => {
  it('writes long dates per language', () => {
    const day = new Date('1989-11-20T00:00:00Z');
    expect(formatDate(day, 'en')).toBe('20 November 1989');
    expect(formatDate(day, 'es')).toBe('20 de noviembre de 1989');
    expect(formatDate(day, 'ru')).toBe('20 ноября 1989 г.');
    expect(formatDate(day, 'kk')).toMatch(/^1989 ж\.\s20 қараша$/);
  });
});
