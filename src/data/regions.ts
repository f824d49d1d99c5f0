import { locales, type Locale } from '../i18n/locales';

/**
 * Kazakhstan's 17 regions (oblystar) and 3 cities of republican significance,
 * as they are since the reform in force on 8 June 2022. Names follow the
 * glossary appendix (docs/content-guide/glossary.md, "Appendix: all
 * regions"); `iso` is the ISO 3166-2 code used by the boundary data
 * (@amcharts/amcharts5-geodata, kazakhstan2023Low). `centre` is the
 * administrative centre (for a city, the city itself): the nearest-hub finder
 * measures from there.
 */
export interface Region {
  iso: `KZ-${number}`;
  kind: 'region' | 'city';
  centre: { lat: number; lon: number };
  name: Record<Locale, string>;
}

export const regions = {
  astana: {
    iso: 'KZ-71',
    kind: 'city',
    centre: { lat: 51.1694, lon: 71.4491 },
    name: { en: 'Astana', es: 'Astaná', kk: 'Астана', ru: 'Астана' },
  },
  'almaty-city': {
    iso: 'KZ-75',
    kind: 'city',
    centre: { lat: 43.2389, lon: 76.8897 },
    name: { en: 'Almaty', es: 'Almaty', kk: 'Алматы', ru: 'Алматы' },
  },
  shymkent: {
    iso: 'KZ-79',
    kind: 'city',
    centre: { lat: 42.3417, lon: 69.5901 },
    name: { en: 'Shymkent', es: 'Shymkent', kk: 'Шымкент', ru: 'Шымкент' },
  },
  abai: {
    iso: 'KZ-10',
    kind: 'region',
    centre: { lat: 50.4111, lon: 80.2275 }, // Semey
    name: { en: 'Abai region', es: 'región de Abai', kk: 'Абай облысы', ru: 'область Абай' },
  },
  akmola: {
    iso: 'KZ-11',
    kind: 'region',
    centre: { lat: 53.2848, lon: 69.3962 }, // Kokshetau
    name: { en: 'Akmola region', es: 'región de Akmola', kk: 'Ақмола облысы', ru: 'Акмолинская область' },
  },
  aktobe: {
    iso: 'KZ-15',
    kind: 'region',
    centre: { lat: 50.2839, lon: 57.167 }, // Aktobe
    name: { en: 'Aktobe region', es: 'región de Aktobe', kk: 'Ақтөбе облысы', ru: 'Актюбинская область' },
  },
  'almaty-region': {
    iso: 'KZ-19',
    kind: 'region',
    centre: { lat: 43.8667, lon: 77.0667 }, // Konaev
    name: { en: 'Almaty region', es: 'región de Almaty', kk: 'Алматы облысы', ru: 'Алматинская область' },
  },
  atyrau: {
    iso: 'KZ-23',
    kind: 'region',
    centre: { lat: 47.1167, lon: 51.8833 }, // Atyrau
    name: { en: 'Atyrau region', es: 'región de Atyrau', kk: 'Атырау облысы', ru: 'Атырауская область' },
  },
  'west-kazakhstan': {
    iso: 'KZ-27',
    kind: 'region',
    centre: { lat: 51.2333, lon: 51.3667 }, // Oral
    name: {
      en: 'West Kazakhstan region',
      es: 'región de Kazajstán Occidental',
      kk: 'Батыс Қазақстан облысы',
      ru: 'Западно-Казахстанская область',
    },
  },
  zhambyl: {
    iso: 'KZ-31',
    kind: 'region',
    centre: { lat: 42.9, lon: 71.3667 }, // Taraz
    name: { en: 'Zhambyl region', es: 'región de Zhambyl', kk: 'Жамбыл облысы', ru: 'Жамбылская область' },
  },
  jetisu: {
    iso: 'KZ-33',
    kind: 'region',
    centre: { lat: 45.0167, lon: 78.3667 }, // Taldykorgan
    name: { en: 'Jetisu region', es: 'región de Jetisu', kk: 'Жетісу облысы', ru: 'область Жетісу' },
  },
  karaganda: {
    iso: 'KZ-35',
    kind: 'region',
    centre: { lat: 49.8047, lon: 73.1094 }, // Karaganda
    name: { en: 'Karaganda region', es: 'región de Karagandá', kk: 'Қарағанды облысы', ru: 'Карагандинская область' },
  },
  kostanay: {
    iso: 'KZ-39',
    kind: 'region',
    centre: { lat: 53.2144, lon: 63.6246 }, // Kostanay
    name: { en: 'Kostanay region', es: 'región de Kostanay', kk: 'Қостанай облысы', ru: 'Костанайская область' },
  },
  kyzylorda: {
    iso: 'KZ-43',
    kind: 'region',
    centre: { lat: 44.8528, lon: 65.5092 }, // Kyzylorda
    name: { en: 'Kyzylorda region', es: 'región de Kyzylorda', kk: 'Қызылорда облысы', ru: 'Кызылординская область' },
  },
  mangystau: {
    iso: 'KZ-47',
    kind: 'region',
    centre: { lat: 43.6481, lon: 51.1722 }, // Aktau
    name: { en: 'Mangystau region', es: 'región de Mangystau', kk: 'Маңғыстау облысы', ru: 'Мангистауская область' },
  },
  pavlodar: {
    iso: 'KZ-55',
    kind: 'region',
    centre: { lat: 52.2873, lon: 76.9674 }, // Pavlodar
    name: { en: 'Pavlodar region', es: 'región de Pavlodar', kk: 'Павлодар облысы', ru: 'Павлодарская область' },
  },
  'north-kazakhstan': {
    iso: 'KZ-59',
    kind: 'region',
    centre: { lat: 54.8667, lon: 69.15 }, // Petropavl
    name: {
      en: 'North Kazakhstan region',
      es: 'región de Kazajstán Septentrional',
      kk: 'Солтүстік Қазақстан облысы',
      ru: 'Северо-Казахстанская область',
    },
  },
  turkistan: {
    iso: 'KZ-61',
    kind: 'region',
    centre: { lat: 43.3, lon: 68.25 }, // Turkistan
    name: { en: 'Turkistan region', es: 'región de Turkestán', kk: 'Түркістан облысы', ru: 'Туркестанская область' },
  },
  ulytau: {
    iso: 'KZ-62',
    kind: 'region',
    centre: { lat: 47.7833, lon: 67.7 }, // Zhezkazgan
    name: { en: 'Ulytau region', es: 'región de Ulytau', kk: 'Ұлытау облысы', ru: 'область Ұлытау' },
  },
  'east-kazakhstan': {
    iso: 'KZ-63',
    kind: 'region',
    centre: { lat: 49.9483, lon: 82.6275 }, // Oskemen
    name: {
      en: 'East Kazakhstan region',
      es: 'región de Kazajstán Oriental',
      kk: 'Шығыс Қазақстан облысы',
      ru: 'Восточно-Казахстанская область',
    },
  },
} as const satisfies Record<string, Region>;

export type RegionId = keyof typeof regions;
export const regionIds = Object.keys(regions) as RegionId[];

/** The distinctive part of a region's name: "область Абай" and "Абай облысы" sort under А. */
const sortName = (name: string) => name.replace(/^(región de|область)\s+|\s+(region|облысы|область)$/u, '');

/**
 * Regions in the reader's alphabetical order, cities first (they are what a
 * reader in Astana, Almaty or Shymkent looks for).
 * @example sortedRegionIds('ru')[0] // 'almaty-city' ('Алматы')
 */
export function sortedRegionIds(lang: Locale): RegionId[] {
  const collator = new Intl.Collator(locales[lang].intl);
  return [...regionIds].sort(
    (a, b) =>
      Number(regions[a].kind === 'region') - Number(regions[b].kind === 'region') ||
      collator.compare(sortName(regions[a].name[lang]), sortName(regions[b].name[lang])),
  );
}
