import { z } from 'astro/zod';
import { description, sourcesField, title, translatedFrom, updated } from './common';

const optionalText = z.string().trim().min(1, { error: 'leave the field out instead of writing an empty text' });

/**
 * content/hubs/<lang>/<slug>.mdx: one Volunteer Hub. The slug must be a hub of
 * src/data/hubs.ts (coordinates and region live there, once for all languages).
 * Address, hours and contact are optional: unknown stays empty.
 */
export const hubSchema = z.strictObject({
  title,
  description,
  /** The city's name in this language. */
  city: z.string({ error: 'city is required: the city name in this language' }).trim().min(2),
  /** Partner organisations named by the sources, in this language. */
  partners: z.array(z.string().trim().min(2), { error: 'partners must be a list of names ([] if none is known)' }),
  /** Who the hub is for, only if a source says. */
  audience: optionalText.optional(),
  address: optionalText.optional(),
  hours: optionalText.optional(),
  contact: optionalText.optional(),
  sources: sourcesField,
  updated,
  translatedFrom,
});
export type HubData = z.infer<typeof hubSchema>;
