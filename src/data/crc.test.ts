import { describe, expect, it } from 'vitest';
import { crcArticles, crcGroups, generalPrinciples, groupMembers } from './crc';

describe('the Convention data', () => {
  it('has 54 articles numbered 1 to 54', () => {
    expect(crcArticles.map((a) => a.number)).toEqual(Array.from({ length: 54 }, (_, i) => i + 1));
  });
  it('puts each article in exactly one known group', () => {
    const listed = crcGroups.flatMap((g) => groupMembers[g]).sort((a, b) => a - b);
    expect(listed).toEqual(Array.from({ length: 54 }, (_, i) => i + 1));
    for (const a of crcArticles) expect(crcGroups).toContain(a.group);
  });
  it('has articles 2, 3, 6 and 12 as the general principles', () => {
    expect(generalPrinciples).toEqual([2, 3, 6, 12]);
    expect(crcArticles.filter((a) => a.group === 'general-principles').map((a) => a.number)).toEqual([2, 3, 6, 12]);
  });
  it('relates articles only to other existing articles', () => {
    for (const a of crcArticles) {
      expect(a.related.length, `article ${a.number}`).toBeGreaterThan(0);
      for (const n of a.related) {
        expect(n).not.toBe(a.number);
        expect(n >= 1 && n <= 54).toBe(true);
      }
    }
  });
});
