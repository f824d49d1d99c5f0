// /<lang>/manifest.webmanifest: the web app manifest of a language, so a reader can add the site
// to the home screen under its name in their language, opening at that language's home page.
import type { APIRoute } from 'astro';
import { routes } from '../../i18n/routes';
import { locales } from '../../i18n/locales';
import { languagePaths } from '../../i18n/static-paths';
import { appIcons } from '../../lib/offline/icons';

export const getStaticPaths = () => languagePaths();

export const GET: APIRoute = ({ locals }) => {
  const { lang, t } = locals;
  const manifest = {
    id: routes.home(lang),
    name: t('site.name'),
    short_name: t('app.shortName'),
    description: t('site.tagline'),
    lang: locales[lang].bcp47,
    dir: locales[lang].dir,
    start_url: routes.home(lang),
    scope: routes.base,
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#00589f',
    icons: appIcons
      .filter((icon) => icon.name.startsWith('icon-'))
      .map((icon) => ({ src: routes.appIcon(icon.name), sizes: `${icon.size}x${icon.size}`, type: 'image/png', purpose: icon.maskable ? 'maskable' : 'any' })),
  };
  return new Response(JSON.stringify(manifest), { headers: { 'content-type': 'application/manifest+json' } });
};
