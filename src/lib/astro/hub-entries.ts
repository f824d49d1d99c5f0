/**
 * What the hub pages read from the collections, worked out the same way for
 * every page: hubs and events as a reader of `lang` sees them, events split
 * into upcoming and past at build time, calendar entries for .ics files.
 */
import type { CollectionEntry } from 'astro:content';
import { entriesFor } from './collections';
import type { LocalizedPage } from '../content/fallback';
import type { Locale } from '../../i18n/locales';
import { useTranslations } from '../../i18n';
import { compareWhen, isPast } from '../hubs/event-dates';
import type { IcsEvent } from '../hubs/ics';
import { absoluteUrl } from '../../i18n/routing';
import { routes } from '../../i18n/routes';
import type { HubSlug } from '../../data/hubs';

export type HubPage = LocalizedPage<CollectionEntry<'hubs'>>;
export type EventPage = LocalizedPage<CollectionEntry<'events'>>;

/**
 * One moment for the whole build, so every page agrees on what is upcoming:
 * SOURCE_DATE_EPOCH when set (reproducible builds), else the start of today
 * (UTC). A day's precision keeps two builds of a commit byte-identical,
 * calendar files' DTSTAMP included.
 */
export const buildTime = (() => {
  const epoch = Number(process.env['SOURCE_DATE_EPOCH']);
  if (Number.isFinite(epoch) && epoch > 0) return new Date(epoch * 1000);
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
})();

/** Every hub as a reader of `lang` sees it, keyed by slug. */
export async function hubPages(lang: Locale): Promise<Map<HubSlug, HubPage>> {
  const pages = await entriesFor('hubs', lang);
  return new Map(pages.map((p) => [p.slug as HubSlug, p]));
}

/**
 * Events (all, or one hub's): upcoming soonest first, past latest first.
 * An event counts as past only when its whole known period (month, year) is over.
 */
export async function eventsByTime(lang: Locale, hub?: HubSlug, now = buildTime) {
  const pages = (await entriesFor('events', lang)).filter((p) => !hub || p.entry.data.hub === hub);
  const past = (p: EventPage) => isPast(p.entry.data.start, p.entry.data.end, now);
  return {
    upcoming: pages.filter((p) => !past(p)).sort((a, b) => compareWhen(a.entry.data.start, b.entry.data.start)),
    past: pages.filter(past).sort((a, b) => compareWhen(b.entry.data.start, a.entry.data.start)),
  };
}

/** The note an event needs about its date's precision, in the reader's language ('' for a known day). */
export function precisionNote(event: EventPage, lang: Locale): string {
  const t = useTranslations(lang);
  const { start } = event.entry.data;
  if (start.precision === 'year') return t('hubs.events.yearOnly');
  if (start.precision === 'month') return t('hubs.events.monthOnly');
  return start.time ? t('hubs.events.timeZone') : '';
}

/** An event as a calendar entry; the same UID in every language, so two files never make two events. */
export function toIcsEvent(event: EventPage, lang: Locale, hubCity: string, site: string): IcsEvent {
  const { data } = event.entry;
  // The note is in the language of the text it follows.
  const note = precisionNote(event, event.contentLang);
  return {
    uid: `event-${event.slug}@${new URL(site).hostname}`,
    summary: data.title,
    description: note ? `${data.description}\n\n${note}` : data.description,
    location: data.place ?? hubCity,
    url: absoluteUrl(routes.event(lang, event.slug), site),
    start: data.start,
    end: data.end,
  };
}

