/**
 * iCalendar files (RFC 5545) for events, written at build time. A date known
 * only to the month or the year becomes an all-day event spanning that month
 * or year, and says so in its description: no day or time is made up.
 * https://www.rfc-editor.org/rfc/rfc5545
 */
import { daySpan, periodOf, type When } from './event-dates';

export interface IcsEvent {
  /** Stable and globally unique: the same event keeps its UID in every language's file. */
  uid: string;
  summary: string;
  description: string;
  location?: string | undefined;
  url?: string | undefined;
  start: When;
  end?: When | undefined;
}

/**
 * Escapes TEXT values (RFC 5545 §3.3.11): backslash, semicolon, comma, newline.
 * @example escapeText('a, b; c\nd') // 'a\\, b\\; c\\nd'
 */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/**
 * Folds a content line to at most 75 octets per line (RFC 5545 §3.1), never
 * inside a UTF-8 character: Kazakh and Russian letters take two octets.
 * @example foldLine('X'.repeat(80)).split('\r\n').map((l) => l.length) // [75, 6]
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines start with a space, which counts towards their 75 octets.
    if (octets + size > 75) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n');
}

const p2 = (n: number) => String(n).padStart(2, '0');
const dateValue = ([y, m, d]: [number, number, number]) => `${y}${p2(m)}${p2(d)}`;
/** @example utcValue(new Date('2025-11-24T10:00:00Z')) // '20251124T100000Z' */
export const utcValue = (date: Date) => date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/** DTSTART/DTEND lines: all-day dates for day, month and year precision; UTC times for timed events. */
function dateLines(start: When, end: When | undefined): string[] {
  if (start.time) {
    const lines = [`DTSTART:${utcValue(periodOf(start).start)}`];
    if (end?.time) lines.push(`DTEND:${utcValue(periodOf(end).start)}`);
    return lines;
  }
  return [`DTSTART;VALUE=DATE:${dateValue(daySpan(start).first)}`, `DTEND;VALUE=DATE:${dateValue(daySpan(end ?? start).after)}`];
}

/**
 * A whole calendar (VCALENDAR) with its events, lines ending in CRLF.
 * `stamp` is when the file was made (DTSTAMP, required in every event). A
 * calendar must hold at least one event (RFC 5545 §3.6).
 * @example icsCalendar({ name: 'Hub events', events: [event], stamp: new Date() }) // 'BEGIN:VCALENDAR\r\n…'
 */
export function icsCalendar({
  name,
  events,
  stamp,
  prodId = '-//UNICEF Volunteers Kazakhstan//Hub events//EN',
}: {
  name: string;
  events: readonly IcsEvent[];
  stamp: Date;
  prodId?: string;
}): string {
  if (!events.length) throw new Error(`icsCalendar(${name}): a calendar needs at least one event`);
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${prodId}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${escapeText(name)}`];
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${utcValue(stamp)}`,
      ...dateLines(event.start, event.end),
      `SUMMARY:${escapeText(event.summary)}`,
      `DESCRIPTION:${escapeText(event.description)}`,
    );
    if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
    if (event.url) lines.push(`URL:${event.url}`);
    // A month- or year-long placeholder must not show the reader as busy.
    if (!event.start.time) lines.push('TRANSP:TRANSPARENT');
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
