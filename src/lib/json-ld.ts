import { localeCodes, locales } from '../i18n/locales';

/** UNICEF Kazakhstan's official website: where readers are sent for contacts (the site publishes none of its own). */
export const unicefKazakhstan = 'https://www.unicef.org/kazakhstan/';

/** Structured data (schema.org) shared by every page. */
export function organizationLd(site: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    '@id': `${site}#organization`,
    name: 'UNICEF Kazakhstan',
    alternateName: ['ЮНИСЕФ Қазақстан', 'ЮНИСЕФ в Казахстане', 'UNICEF Kazajstán'],
    url: unicefKazakhstan,
  };
}

export function websiteLd(site: string, base: string, name: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    '@id': `${site}#website`,
    name,
    url: new URL(base, site).href,
    inLanguage: localeCodes.map((code) => locales[code].bcp47),
    publisher: { '@id': `${site}#organization` },
  };
}
