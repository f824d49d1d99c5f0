/**
 * Geometry of a horizontal bar chart, in SVG user units. Pure, so the
 * charts drawn at build time are unit-tested without a browser.
 */
export interface Bar {
  label: string;
  value: number;
  /** Series index, for the fill colour. */
  series: number;
}
export interface PlacedBar extends Bar {
  y: number;
  width: number;
}

/**
 * Places bars one under another; each group (a metric) has its own scale,
 * so 59,460 children and 80 children can share one chart; or one `shared` scale.
 * @example layoutBars([[{label:'a',value:5,series:0},{label:'b',value:10,series:1}]], 100, 10, 4)
 *   // [{…a, y: 0, width: 50}, {…b, y: 14, width: 100}]
 */
export function layoutBars(
  groups: Bar[][],
  maxWidth: number,
  barHeight: number,
  gap: number,
  groupGap = 0,
  scale: 'per-group' | 'shared' = 'per-group',
) {
  const placed: PlacedBar[][] = [];
  const sharedMax = Math.max(...groups.flat().map((b) => b.value), 1);
  let y = 0;
  for (const group of groups) {
    const max = scale === 'shared' ? sharedMax : Math.max(...group.map((b) => b.value), 1);
    placed.push(
      group.map((bar) => {
        const out = { ...bar, y, width: Math.max(1, Math.round((bar.value / max) * maxWidth)) };
        y += barHeight + gap;
        return out;
      }),
    );
    y += groupGap;
  }
  return { groups: placed, height: y - gap - groupGap };
}
