import { describe, expect, it } from 'vitest';
import { byDistance, distanceKm, mapLinks, nearest, roundKm } from './geo';

const astana = { lat: 51.1694, lon: 71.4491 };
const almaty = { lat: 43.2389, lon: 76.8897 };

describe('distanceKm (great circle)', () => {
  it('is zero from a point to itself and the same both ways', () => {
    expect(distanceKm(astana, astana)).toBe(0);
    expect(distanceKm(astana, almaty)).toBeCloseTo(distanceKm(almaty, astana), 9);
  });
  it('gives one degree of a meridian as about 111.2 km', () => {
    expect(distanceKm({ lat: 0, lon: 0 }, { lat: 1, lon: 0 })).toBeCloseTo(111.195, 2);
  });
  it('gives half the Earth between antipodes', () => {
    expect(distanceKm({ lat: 0, lon: 0 }, { lat: 0, lon: 180 })).toBeCloseTo(Math.PI * 6371.0088, 6);
  });
  it('matches known city distances (Astana–Almaty about 970 km, not the 1,200 km by road)', () => {
    expect(distanceKm(astana, almaty)).toBeGreaterThan(960);
    expect(distanceKm(astana, almaty)).toBeLessThan(980);
  });
  it('shrinks a degree of longitude towards the poles (not a flat-map distance)', () => {
    const atEquator = distanceKm({ lat: 0, lon: 70 }, { lat: 0, lon: 71 });
    const at51 = distanceKm({ lat: 51, lon: 70 }, { lat: 51, lon: 71 });
    expect(at51 / atEquator).toBeCloseTo(Math.cos((51 * Math.PI) / 180), 3);
  });
});

describe('byDistance and nearest', () => {
  const places = [
    { id: 'b', coords: { lat: 0, lon: 1 } },
    { id: 'c', coords: { lat: 0, lon: 3 } },
    { id: 'a', coords: { lat: 0, lon: -1 } },
  ];
  it('sorts nearest first, ties by id', () => {
    expect(byDistance({ lat: 0, lon: 0 }, places).map((p) => p.id)).toEqual(['a', 'b', 'c']);
    expect(byDistance({ lat: 0, lon: 2.5 }, places).map((p) => p.id)).toEqual(['c', 'b', 'a']);
  });
  it('returns the nearest place with its distance', () => {
    const result = nearest({ lat: 0, lon: 2.9 }, places);
    expect(result.id).toBe('c');
    expect(result.km).toBeCloseTo(11.12, 1);
  });
  it('refuses to choose from nothing', () => {
    expect(() => nearest({ lat: 0, lon: 0 }, [])).toThrow(/no places/);
  });
});

describe('roundKm', () => {
  it('rounds to 5 km below 100 km and to 10 km above', () => {
    expect([roundKm(2), roundKm(12), roundKm(97.4), roundKm(972.4), roundKm(975)]).toEqual([0, 10, 95, 970, 980]);
  });
});

describe('mapLinks', () => {
  it('builds the four services’ links, longitude first where they expect it', () => {
    expect(mapLinks({ lat: 53.2848, lon: 69.3962 })).toEqual({
      twoGis: 'https://2gis.kz/geo/69.3962,53.2848',
      yandex: 'https://yandex.kz/maps/?pt=69.3962,53.2848&z=12&l=map',
      google: 'https://www.google.com/maps/search/?api=1&query=53.2848,69.3962',
      osm: 'https://www.openstreetmap.org/?mlat=53.2848&mlon=69.3962#map=12/53.2848/69.3962',
    });
  });
  it('keeps at most five decimals and never writes exponents', () => {
    const links = mapLinks({ lat: 43.123456789, lon: 1e-7 });
    expect(links.google).toBe('https://www.google.com/maps/search/?api=1&query=43.12346,0');
  });
});
