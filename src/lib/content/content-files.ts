import { sections, type Section } from '../../i18n/routing';
import { filesUnder } from '../files';

/** The content collections that become pages, and the URL section of each. */
export const pageCollections = sections;
export type PageCollection = Section;

export interface ContentFile {
  collection: string;
  /** The language folder, as written (not yet checked against the registry). */
  lang: string;
  /** The entry's slug, shared by all its translations. */
  slug: string;
  /** Path relative to the content folder, for error messages. */
  path: string;
}

/**
 * Every MDX file under `<dir>/<collection>/<lang>/<slug>.mdx`, read from disk.
 * The page inventory for the sitemap filter and the no-file-dropped test.
 */
export function listContentFiles(dir: string): ContentFile[] {
  return filesUnder(dir)
    .map((file) => file.split('/'))
    .filter((parts) => parts.length >= 3 && /\.mdx?$/.test(parts.at(-1) ?? ''))
    .map(([collection = '', lang = '', ...rest]) => ({
      collection,
      lang,
      slug: rest.join('/').replace(/\.mdx?$/, ''),
      path: [collection, lang, ...rest].join('/'),
    }));
}
