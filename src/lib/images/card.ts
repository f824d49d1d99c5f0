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
}

/** Dark backgrounds with white text at 7:1 or more, so the card reads on any phone. */
const palette = ['#00589f', '#1b5e20', '#6a1b9a', '#0b5563', '#8e2c12', '#374785'] as const;

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

/** The layout tree satori draws (plain objects: satori's JSX without JSX). */
export function cardTree(text: CardText, format: CardFormat): Node {
  const { width, height } = cardSizes[format];
  const og = format === 'og';
  const pad = og ? 72 : 96;
  const small = og ? 30 : 40;
  const children: Node[] = [
    h('div', { display: 'flex', fontSize: small, fontWeight: 700, opacity: 0.92, textTransform: 'uppercase', letterSpacing: 1 }, text.kicker),
    h(
      'div',
      { display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'center' },
      [
        h('div', { display: 'flex', fontSize: titleSize(text.title.length, format), fontWeight: 700, lineHeight: 1.15 }, text.title, { lang: text.lang }),
        ...(!og && text.summary ? [h('div', { display: 'flex', marginTop: 48, fontSize: 44, lineHeight: 1.35, opacity: 0.95 }, text.summary)] : []),
      ],
    ),
    h('div', { display: 'flex', flexDirection: 'column', borderTop: '4px solid rgba(255,255,255,0.6)', paddingTop: og ? 24 : 36 }, [
      h('div', { display: 'flex', fontSize: small, fontWeight: 700 }, text.siteName),
      ...(!og && text.address ? [h('div', { display: 'flex', marginTop: 12, fontSize: 32, opacity: 0.92 }, text.address)] : []),
    ]),
  ];
  // The margin is a fixed inner box: satori sizes a padded root by its content box and overflows.
  return h('div', { display: 'flex', width, height, backgroundColor: cardColour(text.colourKey), color: '#ffffff', fontFamily }, [
    h('div', { display: 'flex', flexDirection: 'column', marginLeft: pad, marginTop: pad, width: width - 2 * pad, height: height - 2 * pad }, children),
  ]);
}
