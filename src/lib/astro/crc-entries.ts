import { getCollection } from 'astro:content';
import { crcArticles } from '../../data/crc';
import type { Locale } from '../../i18n/locales';
import { pickSource } from '../content/fallback';
import { localeCodes } from '../../i18n/locales';
import { oncePerBuild } from './collections';

export interface CrcArticleText {
  number: number;
  title: string;
  summary: string;
  /** Language the title and summary are written in (the nearest one for a missing translation). */
  contentLang: Locale;
  /** When that text last changed in substance (`updated:` of the item). */
  updated?: Date | undefined;
}

/** Titles and summaries of the 54 articles as a reader of `lang` sees them. */
export function crcTexts(lang: Locale): Promise<ReadonlyMap<number, CrcArticleText>> {
  return oncePerBuild(`crc:${lang}`, () => loadCrcTexts(lang));
}

async function loadCrcTexts(lang: Locale): Promise<Map<number, CrcArticleText>> {
  const all = await getCollection('crc');
  const byLang = new Map(all.map((e) => [e.id, e.data]));
  const texts = new Map<number, CrcArticleText>();
  for (const { number } of crcArticles) {
    const available = localeCodes.filter((code) => byLang.has(`${code}/${number}`));
    const contentLang = pickSource(lang, available);
    const data = contentLang && byLang.get(`${contentLang}/${number}`);
    if (!contentLang || !data) throw new Error(`Article ${number} of the Convention is missing from content/crc/*.yaml`);
    texts.set(number, { number, title: data.title, summary: data.summary, contentLang, updated: data.updated });
  }
  return texts;
}
