import { describe, expect, it } from 'vitest';
import { memo } from './memo';

describe('memo', () => {
  it('makes each key once and gives back the same value', () => {
    const calls: string[] = [];
    const upper = memo((s: string) => {
      calls.push(s);
      return { text: s.toUpperCase() };
    });
    const first = upper('kk');
    expect(upper('kk')).toBe(first);
    expect(upper('ru').text).toBe('RU');
    expect(calls).toEqual(['kk', 'ru']);
  });
});
