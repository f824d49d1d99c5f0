/**
 * Words a question is made of but a page is not about: "what is", "how to",
 * articles, conjunctions, the commonest prepositions. Pagefind matches every
 * query word by its beginning (`is` finds "issue", `the` finds "them"), so
 * left in, they rank pages that merely use many such words above the page
 * the question is about. The search drops them unless nothing else is left.
 * Short lists on purpose: a word that can carry meaning ("free", "rights",
 * Kazakh "бала") never belongs here.
 */
import type { Locale } from '../../i18n/locales';

export const stopWords: Record<Locale, readonly string[]> = {
  en: [
    'a', 'an', 'the', 'what', 'whats', 'which', 'who', 'whom', 'how', 'why', 'when', 'where',
    'is', 'are', 'was', 'were', 'be', 'do', 'does', 'did', 'can', 'i', 'me', 'my', 'you', 'your', 'we', 'our',
    'it', 'its', 'this', 'that', 'there', 'of', 'to', 'in', 'on', 'at', 'for', 'by', 'with', 'from', 'about',
    'and', 'or', 's',
  ],
  es: [
    'el', 'la', 'los', 'las', 'lo', 'un', 'una', 'unos', 'unas', 'que', 'qué', 'cual', 'cuál', 'cuales', 'cuáles',
    'quien', 'quién', 'como', 'cómo', 'donde', 'dónde', 'cuando', 'cuándo', 'es', 'son', 'se', 'hay',
    'de', 'del', 'al', 'a', 'en', 'y', 'e', 'o', 'u', 'por', 'para', 'con', 'sobre', 'su', 'sus', 'mi', 'me',
  ],
  kk: [
    // "what, how, which, where, who", "is/means", "this", "and/with", "about", "for", "or", question particles
    'не', 'қалай', 'қандай', 'қай', 'қайда', 'кім', 'деген', 'дегеніміз', 'бұл', 'осы',
    'және', 'мен', 'бен', 'пен', 'да', 'де', 'та', 'те', 'туралы', 'үшін', 'әлде', 'немесе', 'ма', 'ме', 'ба', 'бе', 'па', 'пе',
  ],
  ru: [
    'что', 'такое', 'это', 'как', 'какой', 'какая', 'какие', 'где', 'кто', 'когда', 'зачем', 'почему', 'ли',
    'и', 'а', 'но', 'или', 'в', 'во', 'на', 'с', 'со', 'о', 'об', 'обо', 'по', 'для', 'к', 'ко', 'у', 'из', 'от', 'до', 'за',
    'мне', 'я', 'мы', 'вы',
  ],
};
