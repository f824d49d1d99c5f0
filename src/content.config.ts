import { defineCollection } from 'astro:content';
import { localizedGlob, localizedYaml } from './lib/astro/loaders';
import { programmeSchema } from './schemas/programme';
import { rightsSchema } from './schemas/rights';
import { hubSchema } from './schemas/hubs';
import { storySchema } from './schemas/stories';
import { eventSchema } from './schemas/events';
import { crcArticleSchema } from './schemas/crc';
import { siteSettings } from './lib/settings';
import { hubSlugs } from './data/hubs';
import { inlineComponents } from './components/mdx/inline';

const { contentDir, base } = siteSettings(process.env);

// Stories are the collection that grows into thousands: they use only <Num> and <Art>, and are
// rendered when content is loaded (see GlobOptions.inline) instead of compiled as MDX modules.
export const collections = {
  programme: defineCollection({ loader: localizedGlob(contentDir, 'programme'), schema: programmeSchema }),
  rights: defineCollection({ loader: localizedGlob(contentDir, 'rights'), schema: rightsSchema }),
  hubs: defineCollection({ loader: localizedGlob(contentDir, 'hubs', { allowedSlugs: hubSlugs }), schema: hubSchema }),
  stories: defineCollection({ loader: localizedGlob(contentDir, 'stories', { inline: (lang) => inlineComponents(lang, base) }), schema: storySchema }),
  events: defineCollection({ loader: localizedGlob(contentDir, 'events'), schema: eventSchema }),
  crc: defineCollection({ loader: localizedYaml(contentDir, 'crc'), schema: crcArticleSchema }),
};
