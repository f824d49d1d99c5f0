import { defineCollection } from 'astro:content';
import { localizedGlob, localizedYaml } from './lib/loaders';
import { programmeSchema } from './schemas/programme';
import { rightsSchema } from './schemas/rights';
import { hubSchema } from './schemas/hubs';
import { storySchema } from './schemas/stories';
import { eventSchema } from './schemas/events';
import { crcArticleSchema } from './schemas/crc';
import { siteSettings } from './lib/settings';
import { hubSlugs } from './data/hubs';

const { contentDir } = siteSettings(process.env);

export const collections = {
  programme: defineCollection({ loader: localizedGlob(contentDir, 'programme'), schema: programmeSchema }),
  rights: defineCollection({ loader: localizedGlob(contentDir, 'rights'), schema: rightsSchema }),
  hubs: defineCollection({ loader: localizedGlob(contentDir, 'hubs', hubSlugs), schema: hubSchema }),
  stories: defineCollection({ loader: localizedGlob(contentDir, 'stories'), schema: storySchema }),
  events: defineCollection({ loader: localizedGlob(contentDir, 'events'), schema: eventSchema }),
  crc: defineCollection({ loader: localizedYaml(contentDir, 'crc'), schema: crcArticleSchema }),
};
