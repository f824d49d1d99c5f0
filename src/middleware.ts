// Works out each page's context once (Starlight's locals.ts pattern): its language from the URL
// (Astro.currentLocale), the translator for it in the page's register, the base path and the site's origin. Pages and
// components read them from Astro.locals instead of each deriving them again.
import { defineMiddleware } from 'astro:middleware';
import { defaultLocale, isLocale } from './i18n/locales';
import { useTranslations } from './i18n';
import { registerForPath } from './i18n/register';
import { routes } from './i18n/routes';

export const onRequest = defineMiddleware((context, next) => {
  const lang = isLocale(context.currentLocale) ? context.currentLocale : defaultLocale;
  context.locals.lang = lang;
  // In the page's register: shared components say ты/сен on the child-facing rights pages, вы/сіз elsewhere.
  context.locals.t = useTranslations(lang, registerForPath(context.url.pathname, routes.base));
  context.locals.site = context.site?.href ?? context.url.origin;
  return next();
});
