/**
 * Distances on the Earth and links to map services. Used at build time (the
 * nearest hub of every region) and in the browser ("use my location"), so it
 * imports nothing.
 */

export interface LatLon {
  lat: number;
  lon: number;
}

/** Mean Earth radius (IUGG), in kilometres. */
export const EARTH_RADIUS_KM = 6371.0088;

const rad = (deg: number) => (deg * Math.PI) / 180;

/**
 * Great-circle distance in kilometres (haversine formula).
 * @example Math.round(distanceKm({ lat: 51.1694, lon: 71.4491 }, { lat: 43.2389, lon: 76.8897 })) // 972 (Astana–Almaty)
 */
export function distanceKm(a: LatLon, b: LatLon): number {
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export interface Ranked<Id extends string> {
  id: Id;
  km: number;
}

/**
 * Places sorted by distance from a point, nearest first (ties by id, so the
 * order never depends on the input order).
 * @example byDistance({ lat: 0, lon: 0 }, [{ id: 'far', coords: { lat: 0, lon: 2 } }, { id: 'near', coords: { lat: 0, lon: 1 } }])[0].id // 'near'
 */
export function byDistance<Id extends string>(from: LatLon, places: readonly { id: Id; coords: LatLon }[]): Ranked<Id>[] {
  return places
    .map((p) => ({ id: p.id, km: distanceKm(from, p.coords) }))
    .sort((a, b) => a.km - b.km || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * The nearest place to a point.
 * @example nearest({ lat: 0, lon: 0 }, [{ id: 'a', coords: { lat: 0, lon: 1 } }]) // { id: 'a', km: 111.19… }
 */
export function nearest<Id extends string>(from: LatLon, places: readonly { id: Id; coords: LatLon }[]): Ranked<Id> {
  const [first] = byDistance(from, places);
  if (!first) throw new Error('nearest(): no places to choose from');
  return first;
}

/**
 * A distance rounded the way people say it: to 5 km under 100 km, to 10 km above.
 * @example roundKm(972.4) // 970; roundKm(12) // 10; roundKm(2) // 0
 */
export function roundKm(km: number): number {
  const step = km < 100 ? 5 : 10;
  return Math.round(km / step) * step;
}

/** Coordinates as map services expect them: dot decimal, at most 5 digits (about 1 m). */
const fmt = (n: number) => String(Number(n.toFixed(5)));

export interface MapLinks {
  twoGis: string;
  yandex: string;
  google: string;
  osm: string;
}

/**
 * Links that open a point in 2GIS, Yandex Maps, Google Maps and OpenStreetMap.
 * Plain navigation: nothing is requested from these services by our pages.
 * @example mapLinks({ lat: 53.2848, lon: 69.3962 }).osm
 * // 'https://www.openstreetmap.org/?mlat=53.2848&mlon=69.3962#map=12/53.2848/69.3962'
 */
export function mapLinks({ lat, lon }: LatLon): MapLinks {
  const [la, lo] = [fmt(lat), fmt(lon)];
  return {
    twoGis: `https://2gis.kz/geo/${lo},${la}`,
    yandex: `https://yandex.kz/maps/?pt=${lo},${la}&z=12&l=map`,
    google: `https://www.google.com/maps/search/?api=1&query=${la},${lo}`,
    osm: `https://www.openstreetmap.org/?mlat=${la}&mlon=${lo}#map=12/${la}/${lo}`,
  };
}
