import { locales, type Locale } from '../i18n/locales';
import { memo } from './memo';

/** Kazakhstan has one time zone (UTC+5) since March 2024: events are shown in it. */
export const KZ_TIME_ZONE = 'Asia/Almaty';

// Making an Intl formatter costs far more than using one, and a build formats on every page.
const numberFormat = memo((key: string) => new Intl.NumberFormat(...(JSON.parse(key) as [string, Intl.NumberFormatOptions])));
const dateFormat = memo((key: string) => new Intl.DateTimeFormat(...(JSON.parse(key) as [string, Intl.DateTimeFormatOptions])));

/** @example formatNumber(59460, 'es') // '59.460'; formatNumber(9000, 'es') // '9000' */
export function formatNumber(value: number, lang: Locale, options?: Intl.NumberFormatOptions): string {
  return numberFormat(JSON.stringify([locales[lang].intl, options ?? {}])).format(value);
}

/** @example formatDate(new Date('1989-11-20'), 'en') // '20 November 1989' */
export function formatDate(date: Date, lang: Locale, options: Intl.DateTimeFormatOptions = {}): string {
  const all: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC', ...options };
  return dateFormat(JSON.stringify([locales[lang].intl, all])).format(date);
}

/**
 * A stored figure as the reader's language writes it.
 * @example formatFigure({ value: 81.9, unit: 'percent', … }, 'ru') // '81,9 %'
 */
export function formatFigure(figure: { value: number; unit: 'count' | 'percent' | 'factor' }, lang: Locale): string {
  if (figure.unit === 'percent') {
    return formatNumber(figure.value / 100, lang, { style: 'percent', maximumFractionDigits: 1 });
  }
  return formatNumber(figure.value, lang, { maximumFractionDigits: 1 });
}
