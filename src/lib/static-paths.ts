import { localeCodes } from '../i18n/locales';

/** `getStaticPaths` for pages that exist once per language. */
export function languagePaths() {
  return localeCodes.map((lang) => ({ params: { lang } }));
}
