/**
 * Planar shapes for maps drawn at build time: simplification that keeps
 * neighbouring regions sharing the same border, and compact SVG path data.
 * Pure geometry on already projected points; the projection lives in the map
 * component (d3-geo).
 */

export type Point = readonly [number, number];
/** One region: its id and its rings (outer rings and holes), open (first point not repeated). */
export interface Shape {
  id: string;
  rings: Point[][];
}

const key = (p: Point) => `${p[0]},${p[1]}`;

/** Squared distance from `p` to the segment `a`–`b`. */
function segmentDistance2(p: Point, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  const x = a[0] + t * dx - p[0];
  const y = a[1] + t * dy - p[1];
  return x * x + y * y;
}

/**
 * Douglas–Peucker on an open chain, keeping both ends. Ties are broken by the
 * point's coordinates, so a chain and its reverse simplify to the same points
 * (two regions walk their shared border in opposite directions).
 * @example simplifyChain([[0, 0], [1, 0.1], [2, 0]], 0.5) // [[0, 0], [2, 0]]
 */
export function simplifyChain(chain: readonly Point[], tolerance: number): Point[] {
  if (chain.length <= 2) return [...chain];
  const keep = new Uint8Array(chain.length);
  keep[0] = 1;
  keep[chain.length - 1] = 1;
  const stack: [number, number][] = [[0, chain.length - 1]];
  const tol2 = tolerance * tolerance;
  while (stack.length) {
    const [from, to] = stack.pop()!;
    let best = -1;
    let bestD = tol2;
    for (let i = from + 1; i < to; i++) {
      const d = segmentDistance2(chain[i]!, chain[from]!, chain[to]!);
      if (d > bestD || (d === bestD && best >= 0 && key(chain[i]!) < key(chain[best]!))) {
        best = i;
        bestD = d;
      }
    }
    if (best > 0) {
      keep[best] = 1;
      stack.push([from, best], [best, to]);
    }
  }
  return chain.filter((_, i) => keep[i]);
}

/** Drops repeated consecutive points (after rounding) and a closing point equal to the first. */
function dedupe(ring: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const p of ring) if (!out.length || key(out[out.length - 1]!) !== key(p)) out.push(p);
  while (out.length > 1 && key(out[0]!) === key(out[out.length - 1]!)) out.pop();
  return out;
}

/**
 * Simplifies regions that share borders so that they still fit together:
 * points where the set of neighbouring regions changes (junctions) are kept,
 * and each stretch between two junctions is simplified on its own, the same
 * way in both regions. Points are rounded to whole units first.
 * @example simplifyShapes([{ id: 'a', rings: [[[0, 0], [5, 0.2], [10, 0], [10, 10], [0, 10]]] }], 1)
 * // [{ id: 'a', rings: [[[0, 0], [10, 0], [10, 10], [0, 10]]] }]
 */
export function simplifyShapes(shapes: readonly Shape[], tolerance: number): Shape[] {
  const rounded = shapes.map((s) => ({
    id: s.id,
    rings: s.rings.map((r) => dedupe(r.map((p) => [Math.round(p[0]), Math.round(p[1])] as const))).filter((r) => r.length >= 3),
  }));
  // Which regions each point belongs to.
  const owners = new Map<string, Set<string>>();
  for (const s of rounded) {
    for (const ring of s.rings) {
      for (const p of ring) {
        const set = owners.get(key(p)) ?? new Set<string>();
        set.add(s.id);
        owners.set(key(p), set);
      }
    }
  }
  const ownerKey = (p: Point) => [...owners.get(key(p))!].sort().join('|');

  return rounded.map((s) => ({
    id: s.id,
    rings: s.rings
      .map((ring) => {
        const n = ring.length;
        const isJunction = ring.map((p, i) => {
          const here = ownerKey(p);
          return here !== ownerKey(ring[(i + n - 1) % n]!) || here !== ownerKey(ring[(i + 1) % n]!);
        });
        let anchors = isJunction.flatMap((j, i) => (j ? [i] : []));
        if (anchors.length === 0) {
          // A ring with no junction (an island, or a city inside one region):
          // start from its smallest point and split at the farthest one, which
          // both regions sharing the ring find alike.
          const start = ring.reduce((best, p, i) => (key(p) < key(ring[best]!) ? i : best), 0);
          const s0 = ring[start]!;
          const far = ring.reduce(
            (best, p, i) => {
              const d = (p[0] - s0[0]) ** 2 + (p[1] - s0[1]) ** 2;
              const b = ring[best]!;
              const bd = (b[0] - s0[0]) ** 2 + (b[1] - s0[1]) ** 2;
              return d > bd || (d === bd && key(p) < key(b)) ? i : best;
            },
            start,
          );
          anchors = far === start ? [start] : [start, far].sort((a, b) => a - b);
        }
        const out: Point[] = [];
        for (let k = 0; k < anchors.length; k++) {
          const from = anchors[k]!;
          const to = anchors[(k + 1) % anchors.length]!;
          const chain: Point[] = [];
          for (let i = from; ; i = (i + 1) % n) {
            chain.push(ring[i]!);
            if (chain.length > 1 && i === to) break;
          }
          out.push(...simplifyChain(chain, tolerance).slice(0, -1));
        }
        return out;
      })
      .filter((r) => r.length >= 3),
  }));
}

/**
 * SVG path data for rings of whole-unit points, in relative moves (shorter
 * and compresses well).
 * @example ringsToPath([[[0, 0], [10, 0], [10, 5]]]) // 'M0 0h10v5z'
 */
export function ringsToPath(rings: readonly (readonly Point[])[]): string {
  let d = '';
  for (const ring of rings) {
    ring.forEach((p, i) => {
      if (i === 0) {
        d += `M${p[0]} ${p[1]}`;
        return;
      }
      const prev = ring[i - 1]!;
      const dx = p[0] - prev[0];
      const dy = p[1] - prev[1];
      if (dy === 0) d += `h${dx}`;
      else if (dx === 0) d += `v${dy}`;
      else d += `l${dx}${dy < 0 ? '' : ' '}${dy}`;
    });
    d += 'z';
  }
  return d;
}
