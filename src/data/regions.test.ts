import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { geoContains } from 'd3-geo';
import type { Feature, FeatureCollection } from 'geojson';
import { localeCodes } from '../i18n/locales';
import { regionIds, regions, sortedRegionIds } from './regions';
import { hubSlugs, hubs, hubsByRegion } from './hubs';

const geodata = JSON.parse(
  readFileSync(createRequire(import.meta.url).resolve('@amcharts/amcharts5-geodata/json/kazakhstan2023Low.json'), 'utf8'),
) as FeatureCollection;
const featureOf = (iso: string) => geodata.features.find((f) => f.id === iso) as Feature;

describe('regions', () => {
  it('are the 17 regions and 3 cities of republican significance since 2022', () => {
    expect(regionIds.filter((id) => regions[id].kind === 'region')).toHaveLength(17);
    expect(regionIds.filter((id) => regions[id].kind === 'city').sort()).toEqual(['almaty-city', 'astana', 'shymkent']);
  });

  it('use the ISO codes of the boundary data, one region each, with the same kind', () => {
    expect(regionIds.map((id) => regions[id].iso).sort()).toEqual(geodata.features.map((f) => String(f.id)).sort());
    for (const id of regionIds) {
      expect(featureOf(regions[id].iso).properties?.['TYPE'], id).toBe(regions[id].kind === 'city' ? 'City' : 'Region');
    }
  });

  it('have their administrative centre inside their own boundary', () => {
    for (const id of regionIds) {
      const { lat, lon } = regions[id].centre;
      expect(geoContains(featureOf(regions[id].iso), [lon, lat]), id).toBe(true);
    }
  });

  it('are named in every language, in the right script', () => {
    for (const id of regionIds) {
      for (const lang of localeCodes) expect(regions[id].name[lang].length, `${id} ${lang}`).toBeGreaterThan(3);
      expect(regions[id].name.kk, id).toMatch(/^[\p{Script=Cyrillic}\s-]+$/u);
      expect(regions[id].name.ru, id).toMatch(/^[\p{Script=Cyrillic}\s-]+$/u);
      expect(regions[id].name.ru, `${id}: no ё in Russian`).not.toMatch(/ё/);
    }
  });

  it('list cities first, then regions by the distinctive part of their name', () => {
    const ru = sortedRegionIds('ru').map((id) => regions[id].name.ru);
    expect(ru.slice(0, 4)).toEqual(['Алматы', 'Астана', 'Шымкент', 'область Абай']);
    expect(ru.indexOf('область Ұлытау')).toBeGreaterThan(ru.indexOf('Павлодарская область'));
    expect(sortedRegionIds('es').map((id) => regions[id].name.es)[3]).toBe('región de Abai');
  });
});

describe('hubs and their regions', () => {
  it('lie inside the region they name', () => {
    for (const slug of hubSlugs) {
      const { lat, lon } = hubs[slug].coords;
      expect(geoContains(featureOf(regions[hubs[slug].region].iso), [lon, lat]), slug).toBe(true);
    }
  });

  it('every region resolves to a hub, with all six ranked', () => {
    for (const id of regionIds) {
      const ranked = hubsByRegion[id];
      expect(ranked.map((r) => r.id).sort(), id).toEqual([...hubSlugs].sort());
      for (let i = 1; i < ranked.length; i++) expect(ranked[i]!.km).toBeGreaterThanOrEqual(ranked[i - 1]!.km);
    }
  });

  it('a region with a hub resolves to its own hub, at no distance', () => {
    for (const slug of hubSlugs) {
      const first = hubsByRegion[hubs[slug].region][0];
      expect(first, slug).toEqual({ id: slug, km: 0 });
    }
  });

  it('chooses the hubs a look at the map suggests', () => {
    const expected = {
      pavlodar: 'semey',
      'east-kazakhstan': 'semey',
      karaganda: 'astana',
      ulytau: 'astana',
      'north-kazakhstan': 'kokshetau',
      kostanay: 'kokshetau',
      atyrau: 'aktau',
      zhambyl: 'shymkent',
      turkistan: 'shymkent',
      kyzylorda: 'shymkent',
      'almaty-region': 'almaty',
      jetisu: 'almaty',
    } as const;
    for (const [region, hub] of Object.entries(expected)) {
      expect(hubsByRegion[region as keyof typeof expected][0].id, region).toBe(hub);
    }
  });
});
