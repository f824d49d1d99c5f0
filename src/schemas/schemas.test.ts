import { describe, expect, it } from 'vitest';
import { programmeSchema } from './programme';
import { rightsSchema } from './rights';
import { hubSchema } from './hubs';
import { storySchema } from './stories';
import { crcArticleSchema } from './crc';

const description = 'A sentence long enough to describe the page to search engines and previews.';
/** The messages a schema gives, as "path: message". */
function problems(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return result.success ? [] : (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('programme schema', () => {
  const valid = { title: 'How to join', description, order: 5, sources: ['programme-report'] };
  it('accepts a valid page', () => {
    expect(programmeSchema.safeParse(valid).success).toBe(true);
  });
  it('names a missing field and what was expected', () => {
    const { title: _, ...noTitle } = valid;
    expect(problems(programmeSchema.safeParse(noTitle))).toEqual([
      'title: title is required: a text of up to 90 characters',
    ]);
  });
  it('rejects an unknown source id, listing the known ones', () => {
    expect(problems(programmeSchema.safeParse({ ...valid, sources: ['wikipedia'] }))[0]).toMatch(
      /^sources\.0: each source must be one of: programme-report, /,
    );
  });
  it('rejects a too-short description and unknown fields', () => {
    expect(problems(programmeSchema.safeParse({ ...valid, description: 'Short.' }))).toEqual([
      'description: description must have at least 50 characters',
    ]);
    expect(programmeSchema.safeParse({ ...valid, colour: 'red' }).success).toBe(false);
  });
});

describe('updated and translatedFrom (every collection)', () => {
  const valid = { title: 'How to join', description, order: 5, sources: ['programme-report'] };
  it('takes an updated day and a version, and leaves both out when absent', () => {
    const data = programmeSchema.parse({ ...valid, updated: '2026-11-20', translatedFrom: '2b895bc003' });
    expect(data.updated).toEqual(new Date('2026-11-20'));
    expect(data.translatedFrom).toBe('2b895bc003');
    expect(programmeSchema.parse(valid)).not.toHaveProperty('updated');
  });
  it('names the field and what is expected', () => {
    expect(problems(programmeSchema.safeParse({ ...valid, updated: '20.11.2026' }))).toEqual([
      'updated: "20.11.2026" is not a valid date: write a date such as 2026-11-10 (year-month-day)',
    ]);
    expect(problems(crcArticleSchema.safeParse({ number: 1, title: 'Definition', summary: 'Everyone under 18 is a child.', translatedFrom: 'latest' }))).toEqual([
      'translatedFrom: translatedFrom must be 10 characters 0-9 and a-f, as `npm run translations -- --mark …` writes it',
    ]);
  });
});

describe('rights schema', () => {
  it('defaults articles and sensitive', () => {
    const data = rightsSchema.parse({ title: 'Your rights', description, order: 0, sources: ['crc'] });
    expect(data).toMatchObject({ articles: [], sensitive: false });
  });
  it('rejects article numbers outside 1–54', () => {
    const result = rightsSchema.safeParse({ title: 'X rights', description, order: 1, articles: [55], sources: ['crc'] });
    expect(problems(result)).toEqual(['articles.0: the Convention has 54 articles: use a number from 1 to 54']);
  });
});

describe('hub schema', () => {
  const valid = { title: 'Hub in Aktau', description, city: 'Aktau', partners: [], sources: ['kazinform-hubs'] };
  it('accepts a hub with unknown address, hours and contact left out', () => {
    expect(hubSchema.safeParse(valid).success).toBe(true);
  });
  it('rejects an empty address instead of a missing one', () => {
    expect(problems(hubSchema.safeParse({ ...valid, address: '' }))).toEqual([
      'address: leave the field out instead of writing an empty text',
    ]);
  });
});

describe('story schema and safeguarding', () => {
  const valid = {
    title: 'Hub opens',
    summary: 'A summary that is long enough to show on a card and in a link preview.',
    date: '2026-11-10',
    hub: 'kokshetau',
    topics: ['hubs'],
    coverAlt: 'Illustration: the story title on a blue card',
    sources: ['kokshetau-launch'],
  };
  it('accepts a valid story and fills defaults', () => {
    const story = storySchema.parse(valid);
    expect(story.author).toBe('editorial');
    expect(story.date.toISOString()).toBe('2026-11-10T00:00:00.000Z');
  });
  it('reads a date quoted or not, and tells a missing date from an impossible one', () => {
    expect(storySchema.parse({ ...valid, date: new Date('2026-11-10') }).date.toISOString()).toBe('2026-11-10T00:00:00.000Z');
    const { date: _, ...undated } = valid;
    expect(problems(storySchema.safeParse(undated))).toEqual(['date: date is required: a date such as 2026-11-10 (year-month-day)']);
    for (const bad of ['2026-02-30', '10.11.2026', 'next week', '2026-13-01']) {
      expect(problems(storySchema.safeParse({ ...valid, date: bad })), bad).toEqual([
        `date: "${bad}" is not a valid date: write a date such as 2026-11-10 (year-month-day)`,
      ]);
    }
  });
  it('rejects a hub that does not exist', () => {
    expect(problems(storySchema.safeParse({ ...valid, hub: 'taraz' }))[0]).toMatch(/^hub: hub must be one of: astana/);
  });
  it('refuses a story about a child without consent', () => {
    const result = storySchema.safeParse({ ...valid, subjects: [{ firstName: 'Aru', ageBand: '14-17' }] });
    expect(problems(result)).toEqual([
      'subjects.0.consent: Aru is under 18: a consent reference is required to publish a story about a child',
    ]);
  });
  it('accepts a child with consent, and an adult without', () => {
    const subjects = [
      { firstName: 'Aru', ageBand: '14-17', consent: 'CF-2026-014' },
      { firstName: 'Daniyar', ageBand: '18-24' },
    ];
    expect(storySchema.safeParse({ ...valid, subjects }).success).toBe(true);
  });
  it('refuses a surname, an exact age or a school', () => {
    expect(problems(storySchema.safeParse({ ...valid, subjects: [{ firstName: 'Aru Bekova', ageBand: '18-24' }] }))).toEqual([
      'subjects.0.firstName: use a first name only: one word, no surname or initials',
    ]);
    expect(storySchema.safeParse({ ...valid, subjects: [{ firstName: 'Aru', ageBand: '15' }] }).success).toBe(false);
    expect(storySchema.safeParse({ ...valid, subjects: [{ firstName: 'Aru', ageBand: '18-24', school: 'No. 5' }] }).success).toBe(false);
  });
});

describe('crc article schema', () => {
  it('accepts a numbered article and rejects number 55', () => {
    expect(crcArticleSchema.safeParse({ number: 12, title: 'Respect', summary: 'Adults must listen to you.' }).success).toBe(true);
    expect(crcArticleSchema.safeParse({ number: 55, title: 'X', summary: 'Adults must listen to you.' }).success).toBe(false);
  });
});
