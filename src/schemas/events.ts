import { z } from 'astro/zod';
import { hubSlugs } from '../data/hubs';
import { parseWhen, compareWhen } from '../lib/hubs/event-dates';
import { description, sourcesField, title, translatedFrom, updated } from './common';

const whenHelp = 'a date in Kazakhstan time, as precisely as the source gives it: "2025", "2025-10", "2025-11-24" or "2025-11-24T15:00"';

/**
 * A date field. YAML turns an unquoted 2025 into a number and 2025-11-24 into
 * a date; both are read back as the text the editor wrote. A time must be
 * Kazakhstan time without an offset.
 */
const when = z.preprocess(
  (value) => {
    if (typeof value === 'number') return String(value);
    if (value instanceof Date && !Number.isNaN(value.getTime())) {
      const iso = value.toISOString();
      return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : `${iso} (write times in quotes, in Kazakhstan time)`;
    }
    return value;
  },
  z
    .string({ error: `expected ${whenHelp}` })
    .transform((text, ctx) => {
      const parsed = parseWhen(text);
      if (!parsed) {
        ctx.addIssue({ code: 'custom', message: `"${text}" is not ${whenHelp}` });
        return z.NEVER;
      }
      return parsed;
    }),
);

/**
 * content/events/<lang>/<slug>.mdx: an event of a hub, published only when a
 * source reports it. The slug is the same in every language.
 */
export const eventSchema = z
  .strictObject({
    title,
    description,
    /** The hub the event belongs to (a slug from src/data/hubs.ts). */
    hub: z.enum(hubSlugs, { error: `hub must be one of: ${hubSlugs.join(', ')}` }),
    /** When it starts; the precision (year, month or day) is the precision shown everywhere. */
    start: when,
    /** When it ends, at the same precision; leave out when not known. */
    end: when.optional(),
    /** Where, in this language (a venue and city); leave out when not known: the hub's city is shown. */
    place: z.string().trim().min(3, { error: 'place must be a venue or a city, or be left out' }).optional(),
    sources: sourcesField,
    updated,
    translatedFrom,
  })
  .superRefine((event, ctx) => {
    const { start, end } = event;
    if (!end) return;
    if (end.precision !== start.precision || Boolean(end.time) !== Boolean(start.time)) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'end must be written as precisely as start (both months, both days, or both with a time)' });
    } else if (compareWhen(end, start) < 0) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'end must not be before start' });
    }
  });
export type EventData = z.infer<typeof eventSchema>;
