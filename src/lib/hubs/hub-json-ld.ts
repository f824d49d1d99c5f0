/**
 * schema.org data for hub pages (Place) and event pages (Event). Dates keep
 * the precision the sources give ("2025-11" is valid ISO 8601), so search
 * engines are never told a day nobody published.
 */
import type { LatLon } from './geo';
import { isoWhen, type When } from './event-dates';

/**
 * @example placeLd({ name: 'UNICEF Volunteer Hub in Aktau', url: 'https://x.org/en/hubs/aktau/', city: 'Aktau', coords: { lat: 43.6, lon: 51.2 } })['@type'] // 'Place'
 */
export function placeLd(hub: {
  name: string;
  description?: string;
  url: string;
  city: string;
  region?: string | undefined;
  streetAddress?: string | undefined;
  coords: LatLon;
  hasMap?: string;
}) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Place',
    name: hub.name,
    ...(hub.description ? { description: hub.description } : {}),
    url: hub.url,
    address: {
      '@type': 'PostalAddress',
      ...(hub.streetAddress ? { streetAddress: hub.streetAddress } : {}),
      addressLocality: hub.city,
      ...(hub.region ? { addressRegion: hub.region } : {}),
      addressCountry: 'KZ',
    },
    geo: { '@type': 'GeoCoordinates', latitude: hub.coords.lat, longitude: hub.coords.lon },
    ...(hub.hasMap ? { hasMap: hub.hasMap } : {}),
  };
}

/**
 * @example eventLd({ name: 'Hub opening', description: '…', url: 'https://x.org/en/hubs/events/a/', start: { precision: 'month', year: 2025, month: 11 }, place: 'Shymkent', city: 'Shymkent', organizerId: 'https://x.org/#organization', inLanguage: 'en' }).startDate // '2025-11'
 */
export function eventLd(event: {
  name: string;
  description: string;
  url: string;
  start: When;
  end?: When | undefined;
  place: string;
  city: string;
  organizerId: string;
  inLanguage: string;
}) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.name,
    description: event.description,
    url: event.url,
    inLanguage: event.inLanguage,
    startDate: isoWhen(event.start),
    ...(event.end ? { endDate: isoWhen(event.end) } : {}),
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: {
      '@type': 'Place',
      name: event.place,
      address: { '@type': 'PostalAddress', addressLocality: event.city, addressCountry: 'KZ' },
    },
    organizer: { '@id': event.organizerId },
  };
}
