import { byDistance, type LatLon, type Ranked } from '../lib/hubs/geo';
import { regionIds, regions, type RegionId } from './regions';

/**
 * Language-neutral facts about each Volunteer Hub. Text lives in
 * content/hubs/<lang>/<slug>.mdx; this file holds what is the same in every
 * language, so it is written once.
 */
export interface HubFacts {
  /** Region id from src/data/regions.ts (the hub's own region or city). */
  region: RegionId;
  /** Latitude and longitude of the city centre: no street address is known. */
  coords: LatLon;
  /**
   * When it opened, as precisely as a source reporting that hub's opening says
   * (YYYY or YYYY-MM). Left out where no source reports the opening itself:
   * that UNICEF "began opening" hubs in six cities in 2025 (Semey TV) does not
   * date each one.
   */
  opened?: string;
}

export const hubs = {
  astana: { region: 'astana', coords: { lat: 51.1694, lon: 71.4491 } },
  almaty: { region: 'almaty-city', coords: { lat: 43.2389, lon: 76.8897 } },
  shymkent: { region: 'shymkent', coords: { lat: 42.3417, lon: 69.5901 }, opened: '2025-11' },
  kokshetau: { region: 'akmola', coords: { lat: 53.2848, lon: 69.3962 }, opened: '2025' },
  aktau: { region: 'mangystau', coords: { lat: 43.6481, lon: 51.1722 } },
  semey: { region: 'abai', coords: { lat: 50.4111, lon: 80.2275 }, opened: '2025' },
} as const satisfies Record<string, HubFacts>;

export type HubSlug = keyof typeof hubs;
export const hubSlugs = Object.keys(hubs) as [HubSlug, ...HubSlug[]];

const hubPlaces = hubSlugs.map((id) => ({ id, coords: hubs[id].coords }));

/**
 * Every hub by great-circle distance from a point, nearest first.
 * @example hubsByDistance({ lat: 53.28, lon: 69.39 })[0].id // 'kokshetau'
 */
export function hubsByDistance(from: LatLon): Ranked<HubSlug>[] {
  return byDistance(from, hubPlaces);
}

/**
 * Each region's hubs, nearest first, measured from the region's
 * administrative centre. Worked out once, at build time.
 */
export const hubsByRegion = Object.fromEntries(
  regionIds.map((id) => [id, hubsByDistance(regions[id].centre)]),
) as Record<RegionId, [Ranked<HubSlug>, ...Ranked<HubSlug>[]]>;
