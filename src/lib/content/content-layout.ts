import { isLocale, localeCodes } from '../../i18n/locales';

/**
 * Checks where a content file sits, so that a misplaced file fails the build
 * instead of silently not becoming a page.
 * @example contentLayoutError('xx/about.mdx', 'mdx') // 'content/…/xx/about.mdx: the folder "xx" is not a site language …'
 */
export function contentLayoutError(
  relativePath: string,
  kind: 'mdx' | 'yaml',
  where: string,
  allowedSlugs?: readonly string[],
): string | undefined {
  const shown = `${where}/${relativePath}`;
  const parts = relativePath.split('/');
  const languages = localeCodes.join(', ');
  if (kind === 'yaml') {
    const match = /^([^/]+)\.ya?ml$/.exec(relativePath);
    if (!match) return `${shown}: expected one file per language, named <lang>.yaml (${languages})`;
    if (!isLocale(match[1])) return `${shown}: "${match[1]}" is not a site language (expected one of ${languages})`;
    return undefined;
  }
  if (parts.length < 2) return `${shown}: a page must sit in a language folder: <lang>/<slug>.mdx (${languages})`;
  const [lang = ''] = parts;
  if (!isLocale(lang)) return `${shown}: the folder "${lang}" is not a site language (expected one of ${languages})`;
  if (!/\.mdx?$/.test(relativePath)) return `${shown}: only .mdx files become pages here`;
  const slug = parts.slice(1).join('/').replace(/\.mdx?$/, '');
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
    return `${shown}: the file name must be a lowercase slug with hyphens (e.g. plastic-free.mdx), shared by every language`;
  }
  if (allowedSlugs && !allowedSlugs.includes(slug)) {
    return `${shown}: "${slug}" is not one of ${allowedSlugs.join(', ')} (add it to src/data first)`;
  }
  return undefined;
}

/** How a calendar day is written, for error messages. */
export const dayFormat = 'a date such as 2026-11-10 (year-month-day)';

/**
 * The day `text` names, when it is a real day written year-month-day.
 * @example calendarDayOf('2026-02-30') // undefined
 */
export function calendarDayOf(text: string): Date | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return undefined;
  const day = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === text ? day : undefined;
}

/**
 * Frontmatter dates written without quotes that are not real days. YAML reads `date: 2026-02-30`
 * as 2 March without a word, so the schema never sees what the editor wrote: check the text.
 * @example impossibleDates('---\ndate: 2026-02-30\n---') // ['date: "2026-02-30" is not a valid date: …']
 */
export function impossibleDates(text: string): string[] {
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  return [...frontmatter.matchAll(/^(\w+):\s*(\d{4}-\d{2}-\d{2})\s*$/gm)]
    .filter(([, , text = '']) => !calendarDayOf(text))
    .map(([, field, text]) => `${field}: "${text}" is not a valid date: write ${dayFormat}`);
}
