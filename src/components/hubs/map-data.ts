/**
 * Kazakhstan's regions as SVG path data, projected and simplified once per
 * build from the boundary data in @amcharts/amcharts5-geodata (2023 edition:
 * the 17 regions and 3 cities after the 2022 reform). Linkware licence: the
 * map shows a credit link to amCharts, and public/licenses/amcharts-geodata.txt
 * ships their licence.
 */
import { geoConicEqualArea } from 'd3-geo';
import type { FeatureCollection, Polygon, MultiPolygon } from 'geojson';
import kazakhstan from '@amcharts/amcharts5-geodata/json/kazakhstan2023Low.json';
import { ringsToPath, simplifyShapes, type Point } from '../../lib/hubs/map-shapes';
import type { LatLon } from '../../lib/hubs/geo';
import type { CardMark } from '../../lib/images/card';

export const MAP_WIDTH = 600;
export const MAP_HEIGHT = 340;
/** Simplification tolerance in map units (the map is 600 units wide): about 9 km, under a pixel on a phone. */
const TOLERANCE = 1.6;

const data = kazakhstan as unknown as FeatureCollection<Polygon | MultiPolygon, { id: string }>;

// An equal-area conic projection centred on Kazakhstan, with its standard
// parallels inside the country: shapes and areas look as they should.
const projection = geoConicEqualArea()
  .parallels([45, 52])
  .rotate([-67, 0])
  .fitExtent(
    [
      [4, 4],
      [MAP_WIDTH - 4, MAP_HEIGHT - 4],
    ],
    data,
  );

/** A point on the map, in map units (one decimal). */
export function project({ lat, lon }: LatLon): [number, number] {
  const [x, y] = projection([lon, lat]) ?? [0, 0];
  return [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
}

const shapes = data.features.map((feature) => {
  const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
  return {
    id: String(feature.id),
    rings: polygons.flat().map((ring) => ring.map(([lon, lat]) => projection([lon!, lat!]) as Point)),
  };
});

/** Each region's ISO 3166-2 code and its outline as SVG path data. */
export const regionPaths: { iso: string; d: string }[] = simplifyShapes(shapes, TOLERANCE).map((s) => ({
  iso: s.id,
  d: ringsToPath(s.rings),
}));

/** The map on a link preview (lib/images/page-cards.ts): the regions and a ring at each place. */
export function cardMap(places: readonly LatLon[]): CardMark {
  return { kind: 'map', width: MAP_WIDTH, height: MAP_HEIGHT, paths: regionPaths.map((r) => r.d), points: places.map(project) };
}
