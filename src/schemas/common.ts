import { z } from 'astro/zod';
import { sourceIds } from '../data/sources';
import { calendarDayOf, dayFormat } from '../lib/content/content-layout';
import { versionPattern } from '../lib/translations/version';

/** Page title: shown in the tab, in search results and in link previews. */
export const title = z
  .string({ error: 'title is required: a text of up to 90 characters' })
  .trim()
  .min(3, { error: 'title must have at least 3 characters' })
  .max(90, { error: 'title must be at most 90 characters (it is cut off in search results)' });

/** One-sentence summary for search engines and link previews. */
export const description = z
  .string({ error: 'description is required: one sentence of 50–200 characters' })
  .trim()
  .min(50, { error: 'description must have at least 50 characters' })
  .max(200, { error: 'description must be at most 200 characters' });

/** Where the page's facts come from: ids from src/data/sources.ts. */
export const sourcesField = z
  .array(z.enum(sourceIds, { error: `each source must be one of: ${sourceIds.join(', ')}` }), {
    error: 'sources is required: a list of source ids, e.g. [programme-report]',
  })
  .min(1, { error: 'sources must name at least one source' });

/** Position in the section's list, smallest first. */
export const order = z.number({ error: 'order is required: a whole number (position in the list)' }).int();

/** Articles of the Convention, by number. */
export const articleNumbers = z.array(
  z.number({ error: 'each article must be a number from 1 to 54' }).int().min(1).max(54, {
    error: 'the Convention has 54 articles: use a number from 1 to 54',
  }),
);

/**
 * A calendar day written 2026-11-10, quoted or not (YAML reads an unquoted one as a date).
 * A missing date and an impossible one (2026-02-30, 10.11.2026) get different messages.
 */
export function calendarDay(field: string) {
  return z.unknown().transform((value, ctx) => {
    if (value === undefined || value === null || value === '') {
      ctx.addIssue({ code: 'custom', message: `${field} is required: ${dayFormat}` });
      return z.NEVER;
    }
    const text = value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : String(value).trim();
    const date = calendarDayOf(text);
    if (!date) {
      ctx.addIssue({ code: 'custom', message: `"${text}" is not a valid date: write ${dayFormat}` });
      return z.NEVER;
    }
    return date;
  });
}

/**
 * On a translation: the version of the English entry it matches, written by
 * `npm run translations -- --mark …` (docs/decisions/0005-translation-status.md).
 */
export const translatedFrom = z
  .string({ error: 'translatedFrom must be text: leave it to `npm run translations -- --mark …`' })
  .regex(versionPattern, { error: 'translatedFrom must be 10 characters 0-9 and a-f, as `npm run translations -- --mark …` writes it' })
  .optional();

/** The day the page last changed in substance (not for a typo fix), set by editors; shown on the page and in the sitemap. */
export const updated = calendarDay('updated').optional();
