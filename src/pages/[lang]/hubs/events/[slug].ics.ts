// /<lang>/hubs/events/<slug>.ics: one event as an iCalendar file (RFC 5545).
import type { APIRoute } from 'astro';
import { localizedPaths } from '../../../../lib/astro/collections';
import { buildTime, hubPages, toIcsEvent, type EventPage } from '../../../../lib/astro/hub-entries';
import { icsCalendar } from '../../../../lib/hubs/ics';

export const getStaticPaths = () => localizedPaths('events');

export const GET: APIRoute<{ page: EventPage }> = async ({ props, site }) => {
  const { page } = props;
  const hub = (await hubPages(page.lang)).get(page.entry.data.hub)!;
  const body = icsCalendar({
    name: page.entry.data.title,
    events: [toIcsEvent(page, page.lang, hub.entry.data.city, site?.href ?? 'https://localhost/')],
    stamp: buildTime,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
