import type { Locale } from '../i18n/locales';

/**
 * The public articles the site's facts come from. A page lists the ids it
 * used in its frontmatter (`sources:`) and prints them in a "Sources" line.
 * Titles stay in the language they were published in; where a title is not
 * known, `title` describes the report instead of quoting it.
 */
export interface Source {
  title: string;
  publisher: string;
  /** Year of publication, where the article gives it. */
  year?: number;
  url?: string;
  /** The id of the same article published in another language, by language. */
  translations?: Partial<Record<Locale, string>>;
}

export const sources = {
  // A "Special Contribution" by the UNICEF Representative; the publication it
  // appeared in is not named, so the author stands in the publisher's place.
  'programme-report': {
    title: 'UNICEF’s Youth Volunteering Programme (special contribution)',
    publisher: 'UNICEF Representative in Kazakhstan',
    translations: { es: 'programme-report-es' },
  },
  'programme-report-es': {
    title: 'Programa de voluntariado juvenil de UNICEF (contribución especial)',
    publisher: 'Representante de UNICEF en Kazajstán',
  },
  // The news item cites Kazinform, which cites UNICEF in Kazakhstan; it gives
  // no date (only that a round was planned for October 2025).
  'kokshetau-launch': {
    title: 'Kazakh youth join UNICEF’s Volunteering Initiative',
    publisher: 'news item citing Kazinform',
  },
  'nvn-interview': {
    title: 'Kazakhstan’s National Volunteer Network Unleashes Power of Doing Good for Society',
    publisher: 'The Astana Times',
  },
  'intern-blog': {
    title: 'Being an intern in Kazakhstan',
    publisher: 'Blog of a former UNICEF Kazakhstan communications intern',
  },
  'year-with-volunteers': {
    title: 'A year with UNICEF volunteers',
    publisher: 'UNICEF Kazakhstan',
    year: 2021,
    url: 'https://www.unicef.org/kazakhstan/en/stories/year-unicef-volunteers',
  },
  'semey-tv': {
    title: 'News report on the UNICEF HUB in Semey',
    publisher: 'Semey TV',
    url: 'https://semeitv.kz/ru/news/16602',
  },
  'kazinform-hubs': {
    title: 'Reports on the national series “For the Rights and Well-being of Children and Youth”',
    publisher: 'Kazinform; The Caspian Post',
    year: 2025,
  },
  'kazpravda-shymkent': {
    title: 'Report on the opening of the UNICEF youth hub in Shymkent (25 November 2025)',
    publisher: 'Kazakhstanskaya Pravda',
    year: 2025,
  },
  'today-kz-shymkent': {
    title: 'Report on the UNICEF youth hub in Shymkent (24 November 2025)',
    publisher: 'today-kz.com',
    year: 2025,
  },
  'kazinform-111': {
    title: 'Report on the 111 contact centre (6 November 2025)',
    publisher: 'Kazinform',
    year: 2025,
  },
  crc: {
    title: 'Convention on the Rights of the Child (General Assembly resolution 44/25)',
    publisher: 'United Nations',
    year: 1989,
    url: 'https://www.ohchr.org/en/instruments-mechanisms/instruments/convention-rights-child',
  },
  'crc-guide': {
    title: 'The Convention on the Rights of the Child: all 54 articles (writers’ reference)',
    publisher: 'Editorial team of this site',
  },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof sources;
export const sourceIds = Object.keys(sources) as [SourceId, ...SourceId[]];
