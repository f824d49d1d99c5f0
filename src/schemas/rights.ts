import { z } from 'astro/zod';
import { articleNumbers, description, order, sourcesField, title, translatedFrom, updated } from './common';

/** content/rights/<lang>/<slug>.mdx: explainers of the Convention for young readers. */
export const rightsSchema = z.strictObject({
  title,
  description,
  order,
  /** The Convention articles this page explains (empty for the introduction). */
  articles: articleNumbers.default([]),
  /** Pages about violence, abuse or bullying get a quick-exit button and the 111 help box. */
  sensitive: z.boolean({ error: 'sensitive must be true or false' }).default(false),
  sources: sourcesField,
  updated,
  translatedFrom,
});
export type RightsData = z.infer<typeof rightsSchema>;
