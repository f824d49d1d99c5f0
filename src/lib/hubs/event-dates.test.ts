import { describe, expect, it } from 'vitest';
import { compareWhen, daySpan, formatWhen, isoWhen, isPast, parseWhen, periodOf, zonedTimeToUtc, type When } from './event-dates';

const w = (text: string) => parseWhen(text) as When;

describe('parseWhen', () => {
  it('reads each precision the sources give', () => {
    expect(parseWhen('2025')).toEqual({ precision: 'year', year: 2025 });
    expect(parseWhen('2025-10')).toEqual({ precision: 'month', year: 2025, month: 10 });
    expect(parseWhen('2025-11-24')).toEqual({ precision: 'day', year: 2025, month: 11, day: 24 });
    expect(parseWhen('2025-11-24T09:30')).toEqual({ precision: 'day', year: 2025, month: 11, day: 24, time: { hour: 9, minute: 30 } });
  });
  it('refuses dates that do not exist and other forms', () => {
    for (const bad of ['2025-13', '2025-02-29', '2025-04-31', '2025-11-24T24:00', '24.11.2025', '2025-11-24 15:00', '2025-11-24T15:00+05:00', 'soon']) {
      expect(parseWhen(bad), bad).toBeUndefined();
    }
    expect(parseWhen('2024-02-29')).toBeDefined();
  });
});

describe('time zone', () => {
  it('reads times as Kazakhstan time: UTC+5 since 1 March 2024', () => {
    expect(zonedTimeToUtc(2025, 11, 24, 15, 0).toISOString()).toBe('2025-11-24T10:00:00.000Z');
  });
  it('follows the tz database for earlier dates (UTC+6 in Almaty before March 2024)', () => {
    expect(zonedTimeToUtc(2023, 6, 1, 12, 0).toISOString()).toBe('2023-06-01T06:00:00.000Z');
  });
  it('writes ISO 8601 at the known precision, with the offset for times', () => {
    expect(['2025', '2025-11', '2025-11-24', '2025-11-24T15:00'].map((t) => isoWhen(w(t)))).toEqual([
      '2025',
      '2025-11',
      '2025-11-24',
      '2025-11-24T15:00+05:00',
    ]);
  });
});

describe('periods', () => {
  it('spans whole days, months and years, ending on the day after', () => {
    expect(daySpan(w('2025'))).toEqual({ first: [2025, 1, 1], after: [2026, 1, 1] });
    expect(daySpan(w('2025-12'))).toEqual({ first: [2025, 12, 1], after: [2026, 1, 1] });
    expect(daySpan(w('2025-02-28'))).toEqual({ first: [2025, 2, 28], after: [2025, 3, 1] });
  });
  it('covers the period in Kazakhstan time', () => {
    const { start, end } = periodOf(w('2025-10'));
    expect(start.toISOString()).toBe('2025-09-30T19:00:00.000Z');
    expect(end.toISOString()).toBe('2025-10-31T19:00:00.000Z');
  });
  it('counts an event as past only once its whole known period is over', () => {
    expect(isPast(w('2025-10'), undefined, new Date('2025-10-31T18:59:00Z'))).toBe(false);
    expect(isPast(w('2025-10'), undefined, new Date('2025-10-31T19:00:00Z'))).toBe(true);
    expect(isPast(w('2025'), undefined, new Date('2025-11-30T00:00:00Z'))).toBe(false);
    expect(isPast(w('2025-11-24T15:00'), undefined, new Date('2025-11-24T12:00:00Z'))).toBe(false);
    expect(isPast(w('2025-11-24T15:00'), w('2025-11-24T17:00'), new Date('2025-11-24T12:00:00Z'))).toBe(true);
    expect(isPast(w('2025-10'), w('2025-11'), new Date('2025-11-15T00:00:00Z'))).toBe(false);
  });
  it('sorts by first moment, a known day before a whole month starting the same day', () => {
    const sorted = ['2025-11', '2025', '2025-11-01', '2025-10'].map(w).sort(compareWhen).map(isoWhen);
    expect(sorted).toEqual(['2025', '2025-10', '2025-11-01', '2025-11']);
  });
});

describe('formatWhen', () => {
  it('shows only what is known, as each language writes it', () => {
    expect(formatWhen(w('2025-11'), 'en')).toBe('November 2025');
    expect(formatWhen(w('2025-11'), 'es')).toBe('noviembre de 2025');
    expect(formatWhen(w('2025-11'), 'ru')).toMatch(/^ноябрь 2025\sг\.$/);
    expect(formatWhen(w('2025-11'), 'kk')).toMatch(/^2025\sж\.\sқараша$/);
    expect(formatWhen(w('2025'), 'en')).toBe('2025');
  });
  it('writes days and 24-hour times', () => {
    expect(formatWhen(w('2025-11-24'), 'en')).toBe('24 November 2025');
    expect(formatWhen(w('2025-11-24T09:05'), 'en')).toBe('24 November 2025, 09:05');
  });
});
