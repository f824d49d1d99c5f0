// /icons/<name>.png: the home-screen icons, drawn at build (src/lib/offline/icons.ts).
import type { APIRoute } from 'astro';
import { appIcons, renderIcon } from '../../lib/offline/icons';

export const getStaticPaths = () => appIcons.map((icon) => ({ params: { name: icon.name }, props: icon }));

export const GET: APIRoute<(typeof appIcons)[number]> = ({ props }) =>
  new Response(new Uint8Array(renderIcon(props.size, props.maskable)), { headers: { 'content-type': 'image/png' } });
