import { z } from 'astro/zod';
import { description, order, sourcesField, title, translatedFrom, updated } from './common';

/** content/programme/<lang>/<slug>.mdx: pages about the programme. */
export const programmeSchema = z.strictObject({
  title,
  description,
  order,
  /** Pages about violence, abuse or bullying get a quick-exit button and the 111 help box. */
  sensitive: z.boolean({ error: 'sensitive must be true or false' }).default(false),
  sources: sourcesField,
  updated,
  translatedFrom,
});
export type ProgrammeData = z.infer<typeof programmeSchema>;
