import { localeCodes, locales } from '../i18n/locales';

/** Structured data (schema.org) shared by every page. */
export function organizationLd(site: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    '@id': `${site}#organization`,
    name: 'UNICEF Kazakhstan',
    alternateName: ['ЮНИСЕФ Қазақстан', 'ЮНИСЕФ в Казахстане', 'UNICEF Kazajstán'],
    url: 'https://www.unicef.org/kazakhstan/',
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
