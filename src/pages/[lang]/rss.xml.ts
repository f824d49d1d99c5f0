// /<lang>/rss.xml: the stories of one language as an RSS feed (real translations only).
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { locales } from '../../i18n/locales';
import { languagePaths } from '../../i18n/static-paths';
import { storiesFor } from '../../lib/astro/story-entries';
import { routes } from '../../i18n/routes';

export const getStaticPaths = () => languagePaths();

export const GET: APIRoute = async ({ locals, site }) => {
  const { lang, t } = locals;
  const stories = (await storiesFor(lang)).filter((s) => s.contentLang === lang);
  return rss({
    title: `${t('feed.title')} — ${t('site.name')}`,
    description: t('stories.description'),
    site: new URL(routes.home(lang), site).href,
    customData: `<language>${locales[lang].bcp47}</language>`,
    items: stories.map(({ slug, entry }) => ({
      title: entry.data.title,
      description: entry.data.summary,
      pubDate: entry.data.date,
      link: routes.story(lang, slug),
      categories: [...entry.data.topics],
    })),
  });
};
