// /<lang>/hubs/<hub>/events.ics: all of one hub's events as an iCalendar file (RFC 5545).
import type { APIRoute } from 'astro';
import { languagePaths } from '../../../../i18n/static-paths';
import { buildTime, eventsByTime, hubPages, toIcsEvent } from '../../../../lib/astro/hub-entries';
import { hubSlugs, type HubSlug } from '../../../../data/hubs';
import { icsCalendar } from '../../../../lib/hubs/ics';

export const getStaticPaths = () =>
  languagePaths(async (lang) => {
    const paths = [];
    for (const slug of hubSlugs) {
      const { upcoming, past } = await eventsByTime(lang, slug);
      // A calendar needs at least one event: a hub without any has no file (and no link to one).
      if (upcoming.length + past.length) paths.push({ params: { slug } });
    }
    return paths;
  });

export const GET: APIRoute = async ({ params, locals, site }) => {
  const { lang, t } = locals;
  const slug = params['slug'] as HubSlug;
  const hub = (await hubPages(lang)).get(slug)!;
  const { upcoming, past } = await eventsByTime(lang, slug);
  const body = icsCalendar({
    name: t('hubs.events.calendarName', { hub: hub.entry.data.title }),
    events: [...upcoming, ...past].map((e) => toIcsEvent(e, lang, hub.entry.data.city, site?.href ?? 'https://localhost/')),
    stamp: buildTime,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
