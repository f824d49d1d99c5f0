import { describe, expect, it } from 'vitest';
import { layoutBars } from './bars';

describe('layoutBars', () => {
  const group = (a: number, b: number) => [
    { label: 'x', value: a, series: 0 },
    { label: 'x', value: b, series: 1 },
  ];
  it('scales each group to its own largest value', () => {
    const { groups } = layoutBars([group(59460, 22238), group(881, 80)], 200, 10, 2, 20);
    expect(groups[0]?.map((b) => b.width)).toEqual([200, 75]);
    expect(groups[1]?.map((b) => b.width)).toEqual([200, 18]);
  });
  it('can share one scale', () => {
    const { groups } = layoutBars([[{ label: 'a', value: 20000, series: 0 }], [{ label: 'b', value: 72376, series: 0 }]], 100, 10, 2, 0, 'shared');
    expect(groups.flat().map((b) => b.width)).toEqual([28, 100]);
  });
  it('stacks bars without overlap and reports the height', () => {
    const { groups, height } = layoutBars([group(1, 2)], 100, 10, 4);
    expect(groups[0]?.map((b) => b.y)).toEqual([0, 14]);
    expect(height).toBe(24);
  });
});
