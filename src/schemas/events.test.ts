import { describe, expect, it } from 'vitest';
import { eventSchema } from './events';

const valid = {
  title: 'Opening of the hub in Shymkent',
  description: 'The UNICEF youth hub opened at the university, in partnership with the city akimat.',
  hub: 'shymkent',
  start: '2025-11',
  sources: ['kazpravda-shymkent'],
};
function problems(input: object) {
  const result = eventSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('event schema', () => {
  it('keeps the precision the source gives', () => {
    expect(eventSchema.parse(valid).start).toEqual({ precision: 'month', year: 2025, month: 11 });
    expect(eventSchema.parse({ ...valid, start: 2025 }).start).toEqual({ precision: 'year', year: 2025 });
  });
  it('reads a YAML date (unquoted 2025-11-24) as that day', () => {
    expect(eventSchema.parse({ ...valid, start: new Date('2025-11-24') }).start).toEqual({ precision: 'day', year: 2025, month: 11, day: 24 });
  });
  it('names the field and the expected forms for a bad date', () => {
    expect(problems({ ...valid, start: 'November 2025' })).toEqual([
      'start: "November 2025" is not a date in Kazakhstan time, as precisely as the source gives it: "2025", "2025-10", "2025-11-24" or "2025-11-24T15:00"',
    ]);
    expect(problems({ ...valid, start: new Date('2025-11-24T10:00:00Z') })[0]).toMatch(/^start: .*write times in quotes/);
  });
  it('refuses an unknown hub, listing the hubs', () => {
    expect(problems({ ...valid, hub: 'karaganda' })[0]).toMatch(/^hub: hub must be one of: astana, almaty, /);
  });
  it('wants the end as precise as the start, and not before it', () => {
    expect(problems({ ...valid, end: '2025-11-30' })).toEqual([
      'end: end must be written as precisely as start (both months, both days, or both with a time)',
    ]);
    expect(problems({ ...valid, end: '2025-10' })).toEqual(['end: end must not be before start']);
    expect(problems({ ...valid, end: '2025-12' })).toEqual([]);
  });
  it('refuses unknown fields such as a made-up time field', () => {
    expect(eventSchema.safeParse({ ...valid, time: '15:00' }).success).toBe(false);
  });
});
