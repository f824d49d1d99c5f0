import type { CollectionEntry } from 'astro:content';
import type { Locale } from '../../i18n/locales';
import { locales } from '../../i18n/locales';
import { useTranslations } from '../../i18n';
import { entriesFor, localizedCollection, oncePerBuild } from './collections';
import { readingMinutes, relatedStories } from '../stories/stories';
import type { CardText } from '../images/card';
import type { StoryImageName } from '../images/story-images';
import { routes } from '../../i18n/routes';
import { routesFor } from '../../i18n/routing';
import type { LocalizedPage } from '../content/fallback';

export type StoryPage = LocalizedPage<CollectionEntry<'stories'>>;

/** A reader's stories (own or nearest translation), newest first; a new array each call. */
export async function storiesFor(lang: Locale): Promise<StoryPage[]> {
  const sorted = await oncePerBuild(`stories:${lang}`, async () =>
    (await entriesFor('stories', lang)).sort((a, b) => b.entry.data.date.getTime() - a.entry.data.date.getTime()),
  );
  return [...sorted];
}

/** Hub names in a language, from the hubs collection (the city as the hub's page gives it). */
export async function hubNames(lang: Locale): Promise<Map<string, string>> {
  const pages = await entriesFor('hubs', lang);
  return new Map(pages.map((p) => [p.slug, p.entry.data.city]));
}

/** Facts of a story for the pure helpers in lib/stories/stories.ts. */
export function storyFacts(page: StoryPage) {
  const { date, hub, topics, articles } = page.entry.data;
  return { slug: page.slug, date, hub, topics, articles, page };
}

/** Up to three stories like this one (hub, topics, articles), among those of its reader's language. */
export async function relatedTo(page: StoryPage): Promise<StoryPage[]> {
  const all = await oncePerBuild(`story-facts:${page.lang}`, async () => (await storiesFor(page.lang)).map(storyFacts));
  return relatedStories(storyFacts(page), all).map((s) => s.page);
}

export function minutesToRead(page: StoryPage): number {
  return readingMinutes(page.entry.body ?? '');
}

/** What the sharing cards of a story say, in the story's language. */
export async function cardText(page: StoryPage, address: string): Promise<CardText> {
  const lang = page.contentLang;
  const t = useTranslations(lang);
  const { title, summary, hub, topics } = page.entry.data;
  const hubName = hub ? (await hubNames(lang)).get(hub) : undefined;
  const kicker = hubName ?? t(`topic.${topics[0] ?? 'volunteering'}`);
  return { title, summary, kicker, siteName: t('site.name'), address, lang: locales[lang].bcp47, colourKey: page.slug };
}

/** A story page's images, by file name, with what each shows (see lib/images/story-images.ts). */
export interface StoryImage {
  /** Where the image goes in the built site, e.g. `kk/stories/bekind-lessons/og.png`. */
  file: string;
  name: StoryImageName;
  text: CardText;
}

/**
 * Every image of every story page in every language, or none when OG_IMAGES=off.
 * `site` and the base path make the address the vertical card prints (stories on Instagram carry no link).
 */
/** Paths inside the build folder: the routes without a base. */
const inBuild = routesFor('');

export async function storyImages(site: URL): Promise<StoryImage[]> {
  const { ogImagesEnabled, storyImageNames } = await import('../images/story-images');
  if (!ogImagesEnabled()) return [];
  const images: StoryImage[] = [];
  for (const page of await localizedCollection('stories')) {
    const address = new URL(routes.story(page.lang, page.slug), site);
    const short = await cardText(page, address.host);
    const long = await cardText(page, `${address.host}${address.pathname}`);
    for (const name of storyImageNames) {
      images.push({ file: inBuild.storyImage(page.lang, page.slug, name), name, text: name === 'card.png' ? long : short });
    }
  }
  return images;
}

/** Stories on one page of the list. */
export const STORIES_PER_PAGE = 6;

/** The hubs and topics that have stories in a language: the filter links. */
export async function storyFilters(lang: Locale) {
  const stories = await storiesFor(lang);
  const names = await hubNames(lang);
  const hubSlugs = [...new Set(stories.flatMap((s) => (s.entry.data.hub ? [s.entry.data.hub] : [])))];
  const { topics } = await import('../../schemas/stories');
  return {
    hubs: hubSlugs.map((slug) => ({ slug, name: names.get(slug) ?? slug })).sort((a, b) => a.name.localeCompare(b.name, lang)),
    topics: topics.filter((topic) => stories.some((s) => s.entry.data.topics.includes(topic))),
  };
}
