import { describe, expect, it } from 'vitest';
import { eventLd, placeLd } from './hub-json-ld';

describe('placeLd', () => {
  it('describes a hub as a Place with the city and coordinates, and no street address when none is known', () => {
    const ld = placeLd({ name: 'Hub', url: 'https://x.org/en/hubs/semey/', city: 'Semey', region: 'Abai region', coords: { lat: 50.41, lon: 80.23 } });
    expect(ld).toMatchObject({
      '@type': 'Place',
      address: { addressLocality: 'Semey', addressRegion: 'Abai region', addressCountry: 'KZ' },
      geo: { '@type': 'GeoCoordinates', latitude: 50.41, longitude: 80.23 },
    });
    expect(ld.address).not.toHaveProperty('streetAddress');
  });
});

describe('eventLd', () => {
  const base = {
    name: 'Opening',
    description: 'The hub opened.',
    url: 'https://x.org/en/hubs/events/a/',
    place: 'University, Shymkent',
    city: 'Shymkent',
    organizerId: 'https://x.org/#organization',
    inLanguage: 'en',
  };
  it('keeps the precision of the date: a month stays a month', () => {
    expect(eventLd({ ...base, start: { precision: 'month', year: 2025, month: 11 } }).startDate).toBe('2025-11');
    expect(eventLd({ ...base, start: { precision: 'year', year: 2025 } }).startDate).toBe('2025');
  });
  it('gives a timed event its Kazakhstan offset', () => {
    const ld = eventLd({ ...base, start: { precision: 'day', year: 2026, month: 3, day: 2, time: { hour: 15, minute: 0 } } });
    expect(ld.startDate).toBe('2026-03-02T15:00+05:00');
    expect(ld).not.toHaveProperty('endDate');
  });
});
