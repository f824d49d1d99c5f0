import { z } from 'astro/zod';
import { hubSlugs } from '../data/hubs';
import { articleNumbers, calendarDay, sourcesField, title, translatedFrom, updated } from './common';

export const topics = [
  'hubs',
  'rights',
  'history',
  'volunteering',
  'bekind',
  'plastic-free',
  'environment',
  'schools',
  'campaigns',
] as const;
export type Topic = (typeof topics)[number];

/** Age bands, never exact ages (UNICEF's ethical reporting principles). */
export const ageBands = ['under-10', '10-13', '14-17', '18-24', '25-plus'] as const;
const childBands = new Set<string>(['under-10', '10-13', '14-17']);

/**
 * A person a story is about. A child (under 18) appears with a first name
 * only, an age band, and a reference to the signed consent on file.
 */
const subject = z.strictObject({
  firstName: z
    .string({ error: 'firstName is required' })
    .trim()
    .regex(/^\p{L}[\p{L}'’-]*$/u, { error: 'use a first name only: one word, no surname or initials' }),
  ageBand: z.enum(ageBands, { error: `ageBand must be one of: ${ageBands.join(', ')}` }),
  /** Reference of the consent form signed by the child and a parent or guardian. */
  consent: z.string().trim().min(3).optional(),
});

/** content/stories/<lang>/<slug>.mdx: a volunteer story, made to be shared. */
export const storySchema = z
  .strictObject({
    title,
    /** One or two sentences for cards and link previews. */
    summary: z
      .string({ error: 'summary is required: one or two sentences of 50–200 characters' })
      .trim()
      .min(50, { error: 'summary must have at least 50 characters' })
      .max(200, { error: 'summary must be at most 200 characters' }),
    /** Date of publication on this site. */
    date: calendarDay('date'),
    /** "editorial" for the editorial team, or a person's name. */
    author: z.string().trim().min(2).default('editorial'),
    /** The hub the story is about (a slug from src/data/hubs.ts). */
    hub: z.enum(hubSlugs, { error: `hub must be one of: ${hubSlugs.join(', ')}` }).optional(),
    topics: z.array(z.enum(topics, { error: `each topic must be one of: ${topics.join(', ')}` })).min(1, {
      error: 'topics must name at least one topic',
    }),
    /** Related Convention articles. */
    articles: articleNumbers.default([]),
    /** Alt text of the cover illustration, in this language. */
    coverAlt: z.string({ error: 'coverAlt is required: a short description of the cover image' }).trim().min(10),
    /** Credit of the cover image; our drawn covers are credited to the editorial team. */
    coverCredit: z.string().trim().min(2).optional(),
    /** Stories about violence, abuse or bullying get a quick-exit button and the 111 help box. */
    sensitive: z.boolean({ error: 'sensitive must be true or false' }).default(false),
    /** People the story is about; children need consent (see the safeguarding rules in README). */
    subjects: z.array(subject).default([]),
    sources: sourcesField,
    updated,
    translatedFrom,
  })
  .superRefine((story, ctx) => {
    story.subjects.forEach((person, i) => {
      if (childBands.has(person.ageBand) && !person.consent) {
        ctx.addIssue({
          code: 'custom',
          path: ['subjects', i, 'consent'],
          message: `${person.firstName} is under 18: a consent reference is required to publish a story about a child`,
        });
      }
    });
  });
export type StoryData = z.infer<typeof storySchema>;
