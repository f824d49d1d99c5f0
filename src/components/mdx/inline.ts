// What <Num> and <Art> say, shared by the Astro components and by stories rendered as Markdown
// (src/lib/content/inline-mdx.ts), so both write the same HTML.
import { figures, isFigureId } from '../../data/figures';
import { useTranslations } from '../../i18n';
import type { Locale } from '../../i18n/locales';
import { formatFigure } from '../../lib/format';
import type { InlineComponent } from '../../lib/content/inline-mdx';
import { routesFor } from '../../i18n/routing';

/** `<Num id="…" />`: a stored figure, formatted in the text's language. */
export function figureText(id: unknown, lang: Locale): string {
  if (typeof id !== 'string' || !isFigureId(id)) {
    throw new Error(`<Num id="${String(id)}" />: there is no figure "${String(id)}" in src/data/figures.ts`);
  }
  return formatFigure(figures[id], lang);
}

/** `<Art n={19} />`: where article n of the Convention lives, and its name in the text's language. */
export function articleLink(n: unknown, lang: Locale, base: string): { href: string; label: string } {
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > 54) {
    throw new Error(`<Art n={${String(n)}} />: the Convention has articles 1 to 54`);
  }
  return { href: routesFor(base).article(lang, n), label: useTranslations(lang)('crc.article', { n }) };
}

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);

/** <Num> and <Art> as HTML, for MDX rendered as Markdown: the same markup as Num.astro and Art.astro. */
export function inlineComponents(lang: Locale, base: string): Record<'Num' | 'Art', InlineComponent> {
  return {
    Num: ({ id }) => `<span class="whitespace-nowrap">${escape(figureText(id, lang))}</span>`,
    Art: ({ n }, children) => {
      const { href, label } = articleLink(n, lang, base);
      return `<a href="${escape(href)}">${children || escape(label)}</a>`;
    },
  };
}
