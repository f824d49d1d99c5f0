import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { escapeText, foldLine, icsCalendar, type IcsEvent } from './ics';
import { parseWhen, type When } from './event-dates';

const w = (text: string) => parseWhen(text) as When;
const stamp = new Date('2026-11-20T08:00:00Z');
const event = (over: Partial<IcsEvent> = {}): IcsEvent => ({
  uid: 'event-x@volunteers.example.org',
  summary: 'Открытие хаба ЮНИСЕФ в Шымкенте',
  description: 'Точный день не опубликован; в календаре указан весь месяц.',
  location: 'Шымкент, Казахстан',
  url: 'https://volunteers.example.org/ru/hubs/events/x/',
  start: w('2025-11'),
  ...over,
});

/** Parses with ical.js, a real iCalendar parser, and returns the events. */
function parse(text: string) {
  const component = new ICAL.Component(ICAL.parse(text));
  return component.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

describe('escapeText and foldLine', () => {
  it('escapes the characters TEXT values reserve', () => {
    expect(escapeText('a, b; c\\d\ne')).toBe('a\\, b\\; c\\\\d\\ne');
  });
  it('folds at 75 octets without splitting a Cyrillic letter', () => {
    const folded = foldLine(`SUMMARY:${'қ'.repeat(60)}`);
    for (const line of folded.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${'қ'.repeat(60)}`);
  });
});

describe('icsCalendar', () => {
  it('writes CRLF lines of at most 75 octets with the required properties', () => {
    const text = icsCalendar({ name: 'Хаб', events: [event({ description: 'Ұзын сипаттама '.repeat(20) })], stamp });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    for (const prop of ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:', 'UID:', 'DTSTAMP:20261120T080000Z', 'END:VCALENDAR']) {
      expect(text).toContain(prop);
    }
  });

  it('makes a month-precision event an all-day event spanning the month, parsed by ical.js', () => {
    const [parsed] = parse(icsCalendar({ name: 'x', events: [event()], stamp }));
    expect(parsed!.summary).toBe('Открытие хаба ЮНИСЕФ в Шымкенте');
    expect(parsed!.startDate.isDate).toBe(true);
    expect(parsed!.startDate.toString()).toBe('2025-11-01');
    expect(parsed!.endDate.toString()).toBe('2025-12-01');
    expect(parsed!.description).toBe('Точный день не опубликован; в календаре указан весь месяц.');
    expect(parsed!.location).toBe('Шымкент, Казахстан');
  });

  it('spans a whole year for year precision, and a single day for a known day', () => {
    const [year, day] = parse(
      icsCalendar({ name: 'x', events: [event({ uid: 'a', start: w('2025') }), event({ uid: 'b', start: w('2025-11-24') })], stamp }),
    );
    expect([year!.startDate.toString(), year!.endDate.toString()]).toEqual(['2025-01-01', '2026-01-01']);
    expect([day!.startDate.toString(), day!.endDate.toString()]).toEqual(['2025-11-24', '2025-11-25']);
  });

  it('writes timed events in UTC from Kazakhstan time', () => {
    const [timed] = parse(icsCalendar({ name: 'x', events: [event({ start: w('2025-11-24T15:00'), end: w('2025-11-24T17:30') })], stamp }));
    expect(timed!.startDate.isDate).toBe(false);
    expect(timed!.startDate.toJSDate().toISOString()).toBe('2025-11-24T10:00:00.000Z');
    expect(timed!.endDate.toJSDate().toISOString()).toBe('2025-11-24T12:30:00.000Z');
  });

  it('keeps commas, semicolons and newlines through a round trip', () => {
    const [parsed] = parse(icsCalendar({ name: 'x', events: [event({ summary: 'A, B; C', description: 'one\ntwo' })], stamp }));
    expect(parsed!.summary).toBe('A, B; C');
    expect(parsed!.description).toBe('one\ntwo');
  });

  it('refuses an empty calendar (RFC 5545 needs a component)', () => {
    expect(() => icsCalendar({ name: 'x', events: [], stamp })).toThrow(/at least one event/);
  });
});
