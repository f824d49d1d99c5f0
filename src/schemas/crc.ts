import { z } from 'astro/zod';
import { translatedFrom, updated } from './common';

/** One article of the Convention in content/crc/<lang>.yaml. */
export const crcArticleSchema = z.strictObject({
  number: z.number({ error: 'number is required: 1 to 54' }).int().min(1).max(54),
  /** Short title, as in docs/content-guide/crc-articles.md. */
  title: z.string({ error: 'title is required' }).trim().min(2),
  /** Plain summary for readers aged 10–17. */
  summary: z.string({ error: 'summary is required: one or two plain sentences' }).trim().min(20, {
    error: 'summary must have at least 20 characters',
  }),
  updated,
  translatedFrom,
});
export type CrcArticleData = z.infer<typeof crcArticleSchema>;
