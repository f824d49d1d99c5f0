import en from './en';
import es from './es';
import kk from './kk';
import ru from './ru';
import { locales, type Locale } from './locales';
import type { Plural, UIStrings } from './types';
import { memo } from '../lib/memo';

export const dictionaries: Record<Locale, UIStrings> = { en, es, kk, ru };

type PluralKey = { [K in keyof UIStrings]: UIStrings[K] extends Plural ? K : never }[keyof UIStrings];
/** The informal twins (`help.title.informal`): reached through the register, never by name. */
type InformalKey = Extract<keyof UIStrings, `${string}.informal`>;
type TextKey = Exclude<keyof UIStrings, PluralKey | InformalKey>;

/**
 * How a page addresses its reader (docs/content-guide/glossary.md §1): `informal` on the child-facing rights pages
 * (ты, сен, tú), `formal` elsewhere (вы, сіз; Spanish and English use tú/you on both). A shared component
 * takes the register of the page it sits on (src/i18n/register.ts); a key with a `.informal` twin in the
 * dictionaries then gives the twin's text on informal pages, and every other key is the same in both.
 */
export type Register = 'formal' | 'informal';

/** Replaces `{name}` placeholders. @example fill('Article {n}', { n: 3 }) // 'Article 3' */
export function fill(text: string, vars: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match));
}

const translators = memo((key: `${Locale} ${Register}`) => {
  const [lang, register] = key.split(' ') as [Locale, Register];
  return makeTranslations(lang, register);
});

/**
 * The translator for one language and register, made once for each (Intl rules are the costly part).
 * `t(key)` for text, `t.plural(key, n)` for counted text (Intl.PluralRules).
 */
export function useTranslations(lang: Locale, register: Register = 'formal') {
  return translators(`${lang} ${register}`);
}

function makeTranslations(lang: Locale, register: Register) {
  const dict = dictionaries[lang];
  const rules = new Intl.PluralRules(locales[lang].intl);
  const numbers = new Intl.NumberFormat(locales[lang].intl);
  const text = (key: TextKey): string => {
    const twin = `${key}.informal`;
    return register === 'informal' && twin in dict ? (dict[twin as InformalKey] as string) : (dict[key] as string);
  };
  const t = (key: TextKey, vars?: Record<string, string | number>) => fill(text(key), vars);
  t.plural = (key: PluralKey, n: number) => {
    const forms = dict[key];
    return fill(forms[rules.select(n)] ?? forms.other, { n: numbers.format(n) });
  };
  return t;
}

export type Translate = ReturnType<typeof useTranslations>;
