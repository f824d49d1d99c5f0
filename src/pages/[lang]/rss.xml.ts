// /<lang>/rss.xml: the stories of one language as an RSS feed (real translations only).
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { useTranslations } from '../../i18n';
import { localeCodes, locales, type Locale } from '../../i18n/locales';
import { storiesFor } from '../../lib/story-entries';
import { routes } from '../../i18n/routes';

export const getStaticPaths = () => localeCodes.map((lang) => ({ params: { lang } }));

export const GET: APIRoute = async ({ params, site }) => {
  const lang = params.lang as Locale;
  const t = useTranslations(lang);
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
