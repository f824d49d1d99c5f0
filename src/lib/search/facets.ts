/**
 * Where a page sits, for the search filters: its section from its address,
 * and for a hub page the hub itself. Entry.astro passes what the address
 * cannot tell (a story's hub, a date).
 */
import { sections, type Section } from '../../i18n/routing';

export const searchSections = sections;
export type SearchSection = Section;

export interface PathFacets {
  section?: SearchSection;
  /** The hub's slug, on a hub's own page. */
  hub?: string;
}

/**
 * @example facetsFromPath('hubs/aktau/') // { section: 'hubs', hub: 'aktau' }
 * @example facetsFromPath('rights/articles/12/') // { section: 'rights' }
 * @example facetsFromPath('') // {} (the home page)
 */
export function facetsFromPath(rest: string): PathFacets {
  const [first = '', slug = ''] = rest.split('/');
  const section = searchSections.find((s) => s === first);
  if (!section) return {};
  return section === 'hubs' && slug ? { section, hub: slug } : { section };
}

/**
 * A date as the search stores it (YYYY-MM-DD), so the browser can format it in the reader's language.
 * @example isoDay(new Date('2026-11-10T00:00:00Z')) // '2026-11-10'
 */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
