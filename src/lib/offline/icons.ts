/**
 * The home-screen icons, drawn at build from the favicon's shapes (public/favicon.svg: a white
 * heart on the programme's blue) by resvg: no image file to keep in step with the favicon.
 */
import { Resvg } from '@resvg/resvg-js';

const BLUE = '#00589f';
const HEART = 'M16 24s-7-4.4-7-9.2A3.9 3.9 0 0 1 16 12a3.9 3.9 0 0 1 7 2.8C23 19.6 16 24 16 24z';

/** The icons of the manifest and the Apple touch icon: file name, size, and whether it is maskable. */
export const appIcons = [
  { name: 'icon-192.png', size: 192, maskable: false },
  { name: 'icon-512.png', size: 512, maskable: false },
  { name: 'icon-maskable-512.png', size: 512, maskable: true },
  { name: 'apple-touch-icon.png', size: 180, maskable: true },
] as const;

/**
 * The icon as SVG: a round badge, or a full square for maskable icons (the launcher cuts its own
 * shape; the heart stays inside the middle 80 %, the safe zone).
 */
export function iconSvg(maskable: boolean): string {
  const ground = maskable ? `<rect width="32" height="32" fill="${BLUE}"/>` : `<circle cx="16" cy="16" r="15" fill="${BLUE}"/>`;
  // The maskable heart is drawn smaller around the centre, so no launcher shape cuts it.
  const heart = maskable ? `<path d="${HEART}" fill="#fff" transform="translate(16 17) scale(.8) translate(-16 -17)"/>` : `<path d="${HEART}" fill="#fff"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">${ground}${heart}</svg>`;
}

/** A PNG of the icon, `size` pixels square. */
export function renderIcon(size: number, maskable: boolean): Buffer {
  return new Resvg(iconSvg(maskable), { fitTo: { mode: 'width', value: size } }).render().asPng();
}
