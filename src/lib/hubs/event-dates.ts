import { locales, type Locale } from '../../i18n/locales';
import { KZ_TIME_ZONE } from '../format';

/**
 * A date as precisely as a source gives it: a year ("2025"), a month
 * ("2025-10"), a day ("2025-11-24") or a day and a time ("2025-11-24T15:00",
 * Kazakhstan time). Nothing more precise than the source is ever made up:
 * a month stays a month on the page and in calendars.
 */
export interface When {
  precision: 'year' | 'month' | 'day';
  year: number;
  /** 1–12, from month precision on. */
  month?: number;
  /** From day precision on. */
  day?: number;
  /** Local time in Kazakhstan, only with day precision. */
  time?: { hour: number; minute: number };
}

const pattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}))?)?)?$/;

/**
 * Reads "YYYY", "YYYY-MM", "YYYY-MM-DD" or "YYYY-MM-DDTHH:mm"; undefined for
 * anything else, including dates that do not exist (2025-02-30).
 * @example parseWhen('2025-11') // { precision: 'month', year: 2025, month: 11 }
 */
export function parseWhen(text: string): When | undefined {
  const m = pattern.exec(text.trim());
  if (!m) return undefined;
  const [, y, mo, d, h, mi] = m;
  const year = Number(y);
  if (mo === undefined) return { precision: 'year', year };
  const month = Number(mo);
  if (month < 1 || month > 12) return undefined;
  if (d === undefined) return { precision: 'month', year, month };
  const day = Number(d);
  if (day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
  if (h === undefined || mi === undefined) return { precision: 'day', year, month, day };
  const hour = Number(h);
  const minute = Number(mi);
  if (hour > 23 || minute > 59) return undefined;
  return { precision: 'day', year, month, day, time: { hour, minute } };
}

/** Offset of a time zone from UTC at an instant, in minutes (+300 for Kazakhstan since March 2024). */
function offsetMinutes(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

/**
 * The instant of a wall-clock time in a time zone (tz database rules, so a
 * date before 1 March 2024 gets Kazakhstan's old UTC+6).
 * @example zonedTimeToUtc(2025, 11, 24, 15, 0).toISOString() // '2025-11-24T10:00:00.000Z'
 */
export function zonedTimeToUtc(year: number, month: number, day: number, hour = 0, minute = 0, timeZone = KZ_TIME_ZONE): Date {
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  let instant = wall - offsetMinutes(wall, timeZone) * 60_000;
  instant = wall - offsetMinutes(instant, timeZone) * 60_000;
  return new Date(instant);
}

/**
 * The calendar days a date covers, as [first day, day after the last day)
 * (the form iCalendar's all-day events use).
 * @example daySpan(parseWhen('2025-11')!) // { first: [2025, 11, 1], after: [2025, 12, 1] }
 */
export function daySpan(when: When): { first: [number, number, number]; after: [number, number, number] } {
  const month = when.month ?? 1;
  const day = when.day ?? 1;
  const next =
    when.precision === 'year'
      ? new Date(Date.UTC(when.year + 1, 0, 1))
      : when.precision === 'month'
        ? new Date(Date.UTC(when.year, month, 1))
        : new Date(Date.UTC(when.year, month - 1, day + 1));
  return {
    first: [when.year, month, day],
    after: [next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()],
  };
}

/**
 * The instants a date covers in Kazakhstan: from its first moment to the
 * first moment after it (a timed event is a single instant).
 * @example periodOf(parseWhen('2025')!).start.toISOString() // '2024-12-31T19:00:00.000Z'
 */
export function periodOf(when: When): { start: Date; end: Date } {
  if (when.time) {
    const at = zonedTimeToUtc(when.year, when.month!, when.day!, when.time.hour, when.time.minute);
    return { start: at, end: at };
  }
  const { first, after } = daySpan(when);
  return { start: zonedTimeToUtc(...first), end: zonedTimeToUtc(...after) };
}

/**
 * Whether an event is over at `now`: only when the whole period the sources
 * give (a month, a year) has passed. An event in the current month still counts
 * as upcoming, since its day is not known; a timed event counts until its day ends.
 * @example isPast(parseWhen('2025-10')!, undefined, new Date('2025-10-20')) // false
 */
export function isPast(start: When, end: When | undefined, now: Date): boolean {
  if (end?.time) return periodOf(end).end <= now;
  // Without an end time, an event is over when its (last) day is: its length is not known.
  const { time: _, ...lastDay } = end ?? start;
  return periodOf(lastDay).end <= now;
}

/** Sorts by the first moment of each date, then by precision (a known day before "sometime that month"). */
export function compareWhen(a: When, b: When): number {
  const order = { day: 0, month: 1, year: 2 } as const;
  return periodOf(a).start.getTime() - periodOf(b).start.getTime() || order[a.precision] - order[b.precision];
}

/**
 * A date as precisely as it is known, the way the reader's language writes it.
 * @example formatWhen(parseWhen('2025-11')!, 'en') // 'November 2025'
 * @example formatWhen(parseWhen('2025-11')!, 'ru') // 'ноябрь 2025 г.'
 */
export function formatWhen(when: When, lang: Locale): string {
  const intl = locales[lang].intl;
  // Formatted at noon UTC so that no time zone moves the date to another day.
  const date = new Date(Date.UTC(when.year, (when.month ?? 1) - 1, when.day ?? 1, 12));
  if (when.precision === 'year') return new Intl.DateTimeFormat(intl, { year: 'numeric', timeZone: 'UTC' }).format(date);
  if (when.precision === 'month') {
    return new Intl.DateTimeFormat(intl, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(date);
  }
  const day = new Intl.DateTimeFormat(intl, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(date);
  if (!when.time) return day;
  const time = `${String(when.time.hour).padStart(2, '0')}:${String(when.time.minute).padStart(2, '0')}`;
  return `${day}, ${time}`;
}

/**
 * ISO 8601 form, reduced to the known precision (for `<time datetime>` and
 * schema.org): "2025", "2025-11", "2025-11-24", "2025-11-24T15:00+05:00".
 * @example isoWhen(parseWhen('2025-11-24T15:00')!) // '2025-11-24T15:00+05:00'
 */
export function isoWhen(when: When): string {
  const p2 = (n: number) => String(n).padStart(2, '0');
  let text = String(when.year);
  if (when.month) text += `-${p2(when.month)}`;
  if (when.day) text += `-${p2(when.day)}`;
  if (when.time && when.month && when.day) {
    const at = zonedTimeToUtc(when.year, when.month, when.day, when.time.hour, when.time.minute);
    const offset = Math.round((Date.UTC(when.year, when.month - 1, when.day, when.time.hour, when.time.minute) - at.getTime()) / 60_000);
    const sign = offset < 0 ? '-' : '+';
    text += `T${p2(when.time.hour)}:${p2(when.time.minute)}${sign}${p2(Math.floor(Math.abs(offset) / 60))}:${p2(Math.abs(offset) % 60)}`;
  }
  return text;
}
