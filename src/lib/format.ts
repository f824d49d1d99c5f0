import { locales, type Locale } from '../i18n/locales';

/** Kazakhstan has one time zone (UTC+5) since March 2024: events are shown in it. */
export const KZ_TIME_ZONE = 'Asia/Almaty';

// Making an Intl formatter costs far more than using one, and a build formats on every page.
type Formatter = Intl.NumberFormat | Intl.DateTimeFormat;
const formatters = new Map<string, Formatter>();
function cached<T extends Formatter>(key: string, make: () => T): T {
  const found = formatters.get(key) as T | undefined;
  if (found) return found;
  const made = make();
  formatters.set(key, made);
  return made;
}

/** @example formatNumber(59460, 'es') // '59.460'; formatNumber(9000, 'es') // '9000' */
export function formatNumber(value: number, lang: Locale, options?: Intl.NumberFormatOptions): string {
  const intl = locales[lang].intl;
  return cached(`n ${intl} ${JSON.stringify(options ?? {})}`, () => new Intl.NumberFormat(intl, options)).format(value);
}

/** @example formatDate(new Date('1989-11-20'), 'en') // '20 November 1989' */
export function formatDate(date: Date, lang: Locale, options: Intl.DateTimeFormatOptions = {}): string {
  const intl = locales[lang].intl;
  const all: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC', ...options };
  return cached(`d ${intl} ${JSON.stringify(all)}`, () => new Intl.DateTimeFormat(intl, all)).format(date);
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
