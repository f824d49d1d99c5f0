import { z } from 'astro/zod';
import { description, order, sourcesField, title } from './common';

/** content/programme/<lang>/<slug>.mdx: pages about the programme. */
export const programmeSchema = z.strictObject({
  title,
  description,
  order,
  sources: sourcesField,
});
export type ProgrammeData = z.infer<typeof programmeSchema>;
