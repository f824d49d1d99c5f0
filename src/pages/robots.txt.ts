import type { APIRoute } from 'astro';
import { routes } from '../i18n/routes';

// Built from the site setting, so the sitemap address follows SITE_URL and BASE_PATH.
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(routes.file('sitemap-index.xml'), site);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`);
};
