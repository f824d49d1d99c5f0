import { describe, expect, it } from 'vitest';
import { ringsToPath, simplifyChain, simplifyShapes, type Point } from './map-shapes';

describe('simplifyChain', () => {
  it('keeps the ends and drops points closer than the tolerance', () => {
    expect(simplifyChain([[0, 0], [1, 0.1], [2, 0]], 0.5)).toEqual([[0, 0], [2, 0]]);
    expect(simplifyChain([[0, 0], [1, 3], [2, 0]], 0.5)).toEqual([[0, 0], [1, 3], [2, 0]]);
  });
  it('simplifies a chain and its reverse to the same points, ties included', () => {
    const chain: Point[] = [[0, 0], [1, 2], [2, 0], [3, -2], [4, 0], [5, 2], [6, 0]];
    const forward = simplifyChain(chain, 1);
    const backward = simplifyChain([...chain].reverse(), 1).reverse();
    expect(backward).toEqual(forward);
  });
});

describe('simplifyShapes', () => {
  // Two squares side by side sharing a wiggly border from (10,0) to (10,10).
  const border: Point[] = [[10, 0], [10.3, 2], [9.8, 4], [10.2, 6], [9.9, 8], [10, 10]];
  const left = { id: 'L', rings: [[[0, 0], ...border, [0, 10]] as Point[]] };
  const right = { id: 'R', rings: [[...[...border].reverse(), [20, 10], [20, 0]] as Point[]] };

  it('keeps a shared border identical in both neighbours', () => {
    const [l, r] = simplifyShapes([left, right], 1.5);
    const key = (p: Point) => p.join(',');
    const lBorder = l!.rings[0]!.filter((p) => p[0] === 10).map(key);
    const rBorder = r!.rings[0]!.filter((p) => p[0] === 10).map(key);
    expect(lBorder.sort()).toEqual(rBorder.sort());
    expect(lBorder).toContain('10,0');
    expect(lBorder).toContain('10,10');
  });

  it('rounds to whole units and drops rings that collapse', () => {
    const [s] = simplifyShapes([{ id: 'a', rings: [[[0.2, 0.1], [0.4, 0.3], [0.1, 0.4]], [[0, 0], [5.4, 0.2], [10, 0], [10, 10], [0, 10]]] }], 1);
    expect(s!.rings).toEqual([[[0, 0], [10, 0], [10, 10], [0, 10]]]);
  });

  it('simplifies a city ring inside a region the same way in both (no junctions)', () => {
    const city: Point[] = [[5, 5], [6, 4.6], [7, 5], [7.4, 6], [7, 7], [6, 7.3], [5, 7], [4.7, 6]];
    const outer: Point[] = [[0, 0], [20, 0], [20, 20], [0, 20]];
    const [region, town] = simplifyShapes([{ id: 'region', rings: [outer, [...city].reverse()] }, { id: 'city', rings: [city] }], 0.8);
    expect(new Set(region!.rings[1]!.map(String))).toEqual(new Set(town!.rings[0]!.map(String)));
  });
});

describe('ringsToPath', () => {
  it('writes relative moves with h and v shortcuts', () => {
    expect(ringsToPath([[[0, 0], [10, 0], [10, 5], [3, -2]]])).toBe('M0 0h10v5l-7-7z');
    expect(ringsToPath([[[1, 1], [2, 3]], [[5, 5], [6, 6]]])).toBe('M1 1l1 2zM5 5l1 1z');
  });
});
