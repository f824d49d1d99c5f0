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

/**
 * What `<Art n={19} />` prints. In running text an article reference follows the language's own rules
 * (`crc.articleInline`: "Article 19", «el artículo 19» with the editor's «el», «19-бап», «статья 19»);
 * `start` marks a reference that opens a sentence, a line or a heading (`crc.article`: «Artículo 19», «Статья 19»).
 * Another case or wording is the editor's: `<Art n={2}>статье 2</Art>`.
 */
export function articleLabel(n: number, lang: Locale, start = false): string {
  return useTranslations(lang)(start ? 'crc.article' : 'crc.articleInline', { n });
}

/** `<Art n={19} />`: where article n of the Convention lives, and its name in the text's language. */
export function articleLink(n: unknown, lang: Locale, base: string, start: unknown = false): { href: string; label: string } {
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > 54) {
    throw new Error(`<Art n={${String(n)}} />: the Convention has articles 1 to 54`);
  }
  if (start !== false && start !== true) throw new Error(`<Art n={${n}} start>: start is a bare flag, with no value`);
  return { href: routesFor(base).article(lang, n), label: articleLabel(n, lang, start) };
}

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);

/** <Num> and <Art> as HTML, for MDX rendered as Markdown: the same markup as Num.astro and Art.astro. */
export function inlineComponents(lang: Locale, base: string): Record<'Num' | 'Art', InlineComponent> {
  return {
    Num: ({ id }) => `<span class="whitespace-nowrap">${escape(figureText(id, lang))}</span>`,
    Art: ({ n, start }, children) => {
      const { href, label } = articleLink(n, lang, base, start);
      return `<a href="${escape(href)}">${children || escape(label)}</a>`;
    },
  };
}
