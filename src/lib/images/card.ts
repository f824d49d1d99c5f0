/**
 * The layout of a sharing card, pure: its sizes, colour, title size and the element tree satori
 * draws (render.ts). The Open Graph card is 1200×630, the vertical card for Instagram and TikTok
 * stories 1080×1920.
 */
import { createHash } from 'node:crypto';

export const cardSizes = {
  /** Link previews (Open Graph, X/Twitter, WhatsApp, Telegram, VK). */
  og: { width: 1200, height: 630 },
  /** A vertical card readers download for Instagram and TikTok stories. */
  story: { width: 1080, height: 1920 },
} as const;
export type CardFormat = keyof typeof cardSizes;

/** What a card says, already in the card's language. */
export interface CardText {
  /** The story title. */
  title: string;
  /** The line over the title: the hub, or the story's topic when it has no hub. */
  kicker: string;
  /** The site name, at the foot of the card. */
  siteName: string;
  /** The vertical card's text under the title (the story summary). */
  summary?: string;
  /** Where to read the story, printed on the vertical card (stories have no links). */
  address?: string;
  /** BCP-47 language of the text, so satori picks language-specific shapes. */
  lang: string;
  /** Chooses the card colour, so a story keeps its colour in every language. */
  colourKey: string;
  /** A set colour (one of `palette`), instead of the one `colourKey` picks: a section's own colour. */
  colour?: string | undefined;
  /** What tells this card apart at a glance, drawn beside the title on the link preview (page-cards.ts). */
  mark?: CardMark | undefined;
}

/**
 * The picture beside a link preview's title: a map of Kazakhstan with points (a hub's city, or every
 * hub), a Convention article's number, or a project's name. `paths` are the map's regions as SVG path
 * data in a `width`×`height` box, `points` in the same units.
 */
export type CardMark =
  | { kind: 'map'; width: number; height: number; paths: readonly string[]; points: readonly (readonly [number, number])[] }
  | { kind: 'number'; value: number; label: string }
  | { kind: 'project'; name: string };

/** Dark backgrounds with white text at 7:1 or more, so the card reads on any phone. */
export const palette = ['#00589f', '#1b5e20', '#6a1b9a', '#0b5563', '#8e2c12', '#374785'] as const;

/**
 * A colour from the palette, the same for one key every time.
 * @example cardColour('kokshetau-hub-launch') === cardColour('kokshetau-hub-launch') // true
 */
export function cardColour(key: string): string {
  const digest = createHash('sha256').update(key).digest();
  return palette[digest.readUInt32BE(0) % palette.length] ?? palette[0];
}

/**
 * Title size that keeps up to 90 characters inside the card.
 * @example titleSize(30, 'og') // 72
 */
export function titleSize(length: number, format: CardFormat): number {
  const sizes = format === 'og' ? [72, 60, 52] : [96, 84, 72];
  const [large, medium, small] = sizes as [number, number, number];
  return length <= 40 ? large : length <= 65 ? medium : small;
}

export type Node = { type: string; props: Record<string, unknown> & { children?: unknown; style?: Record<string, unknown> } };
const h = (type: string, style: Record<string, unknown>, children?: unknown, props: Record<string, unknown> = {}): Node => ({
  type,
  props: { ...props, style, children },
});

/** One family per subset: satori takes glyphs from the first family in the list that has them. */
const fontFamily = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext'].map((s) => `Noto Sans ${s}`).join(', ');

/** The width of the mark beside the title on the link preview. */
const MARK_WIDTH = 340;
const MARK_GAP = 48;

/** The mark's tree: white on the card's colour, `MARK_WIDTH` wide. */
function markTree(mark: CardMark, lang: string): Node {
  const box = { display: 'flex', flexDirection: 'column', alignItems: 'center', justifyContent: 'center', width: MARK_WIDTH, flexShrink: 0 };
  if (mark.kind === 'number') {
    return h('div', box, [
      h('div', { display: 'flex', fontSize: mark.value >= 10 ? 190 : 220, fontWeight: 700, lineHeight: 1 }, String(mark.value)),
      h('div', { display: 'flex', marginTop: 12, fontSize: 30, fontWeight: 700, opacity: 0.92 }, mark.label, { lang }),
    ]);
  }
  if (mark.kind === 'project') {
    return h('div', box, [
      h('div', { display: 'flex', padding: '28px 32px', border: '6px solid #ffffff', borderRadius: 28, fontSize: mark.name.length > 8 ? 52 : 64, fontWeight: 700, lineHeight: 1.1, textAlign: 'center' }, mark.name),
    ]);
  }
  const scale = MARK_WIDTH / mark.width;
  const svg: Node = {
    type: 'svg',
    props: {
      width: MARK_WIDTH,
      height: Math.round(mark.height * scale),
      viewBox: `0 0 ${mark.width} ${mark.height}`,
      children: [
        ...mark.paths.map((d) => ({ type: 'path', props: { d, fill: 'rgba(255,255,255,0.2)', stroke: 'rgba(255,255,255,0.55)', strokeWidth: 1 } })),
        // A ring and a dot: the city reads as a place, not a stain, at a chat's thumbnail size.
        ...mark.points.flatMap(([cx, cy]) => [
          { type: 'circle', props: { cx, cy, r: 20, fill: 'none', stroke: '#ffffff', strokeWidth: 5 } },
          { type: 'circle', props: { cx, cy, r: 9, fill: '#ffffff' } },
        ]),
      ],
    },
  };
  return h('div', box, [svg]);
}

/** The layout tree satori draws (plain objects: satori's JSX without JSX). */
export function cardTree(text: CardText, format: CardFormat): Node {
  const { width, height } = cardSizes[format];
  const og = format === 'og';
  const pad = og ? 72 : 96;
  const small = og ? 30 : 40;
  // Only the link preview has a mark: the title keeps the rest of the width.
  const mark = og ? text.mark : undefined;
  const titleLength = mark ? text.title.length + 25 : text.title.length;
  const children: Node[] = [
    h('div', { display: 'flex', fontSize: small, fontWeight: 700, opacity: 0.92, textTransform: 'uppercase', letterSpacing: 1 }, text.kicker),
    h(
      'div',
      { display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'center' },
      [
        h('div', { display: 'flex', fontSize: titleSize(titleLength, format), fontWeight: 700, lineHeight: 1.15 }, text.title, { lang: text.lang }),
        ...(!og && text.summary ? [h('div', { display: 'flex', marginTop: 48, fontSize: 44, lineHeight: 1.35, opacity: 0.95 }, text.summary)] : []),
      ],
    ),
    h('div', { display: 'flex', flexDirection: 'column', borderTop: '4px solid rgba(255,255,255,0.6)', paddingTop: og ? 24 : 36 }, [
      h('div', { display: 'flex', fontSize: small, fontWeight: 700 }, text.siteName),
      ...(!og && text.address ? [h('div', { display: 'flex', marginTop: 12, fontSize: 32, opacity: 0.92 }, text.address)] : []),
    ]),
  ];
  // The margin is a fixed inner box: satori sizes a padded root by its content box and overflows.
  const inner = { width: width - 2 * pad, height: height - 2 * pad };
  const content = mark
    ? h('div', { display: 'flex', marginLeft: pad, marginTop: pad, ...inner }, [
        h('div', { display: 'flex', flexDirection: 'column', width: inner.width - MARK_WIDTH - MARK_GAP, height: inner.height }, children),
        h('div', { display: 'flex', marginLeft: MARK_GAP }, [markTree(mark, text.lang)]),
      ])
    : h('div', { display: 'flex', flexDirection: 'column', marginLeft: pad, marginTop: pad, ...inner }, children);
  return h('div', { display: 'flex', width, height, backgroundColor: text.colour ?? cardColour(text.colourKey), color: '#ffffff', fontFamily }, [content]);
}
