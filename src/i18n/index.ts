import en from './en';
import es from './es';
import kk from './kk';
import ru from './ru';
import { locales, type Locale } from './locales';
import type { Plural, UIStrings } from './types';
import { memo } from '../lib/memo';

export const dictionaries: Record<Locale, UIStrings> = { en, es, kk, ru };

type PluralKey = { [K in keyof UIStrings]: UIStrings[K] extends Plural ? K : never }[keyof UIStrings];
type TextKey = Exclude<keyof UIStrings, PluralKey>;

/** Replaces `{name}` placeholders. @example fill('Article {n}', { n: 3 }) // 'Article 3' */
export function fill(text: string, vars: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match));
}

/**
 * The translator for one language, made once per language (Intl rules are the costly part).
 * `t(key)` for text, `t.plural(key, n)` for counted text (Intl.PluralRules).
 */
export const useTranslations = memo(makeTranslations);

function makeTranslations(lang: Locale) {
  const dict = dictionaries[lang];
  const rules = new Intl.PluralRules(locales[lang].intl);
  const numbers = new Intl.NumberFormat(locales[lang].intl);
  const t = (key: TextKey, vars?: Record<string, string | number>) => fill(dict[key], vars);
  t.plural = (key: PluralKey, n: number) => {
    const forms = dict[key];
    return fill(forms[rules.select(n)] ?? forms.other, { n: numbers.format(n) });
  };
  return t;
}

export type Translate = ReturnType<typeof useTranslations>;
