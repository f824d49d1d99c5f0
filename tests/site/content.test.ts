// The content itself: every entry in all four languages, the 54 articles, and the glossary's words.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { listContentFiles } from '../../src/lib/content/content-files';
import { localeCodes } from '../../src/i18n/locales';
import { siteSettings } from '../../src/lib/settings';

const { contentDir } = siteSettings(process.env);
const files = listContentFiles(contentDir);

describe('translations', () => {
  it('has every entry in all four languages with the same slug', () => {
    const missing: string[] = [];
    const slugs = new Set(files.map((f) => `${f.collection}/${f.slug}`));
    for (const key of slugs) {
      const [collection, ...slug] = key.split('/');
      for (const lang of localeCodes) {
        if (!files.some((f) => f.collection === collection && f.slug === slug.join('/') && f.lang === lang)) {
          missing.push(`${collection}/${lang}/${slug.join('/')}.mdx`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('rights explainers', () => {
  it('each have the four sections, the last one with discussion questions', () => {
    const problems: string[] = [];
    for (const file of files.filter((f) => f.collection === 'rights' && f.slug !== 'convention')) {
      const text = readFileSync(join(contentDir, file.path), 'utf8');
      const sections = text.split(/^## /m).slice(1);
      if (sections.length !== 4) problems.push(`${file.path}: ${sections.length} sections instead of 4`);
      const questions = (sections.at(-1) ?? '').match(/^\d+\. .+\?/gm) ?? [];
      if (questions.length < 4) problems.push(`${file.path}: ${questions.length} numbered questions in the last section`);
    }
    expect(problems).toEqual([]);
  });
});

describe('the 54 articles of the Convention', () => {
  for (const lang of localeCodes) {
    it(`are all in content/crc/${lang}.yaml, numbered 1 to 54`, () => {
      const items = parse(readFileSync(join(contentDir, 'crc', `${lang}.yaml`), 'utf8')) as { number: number }[];
      expect(items.map((i) => i.number)).toEqual(Array.from({ length: 54 }, (_, i) => i + 1));
    });
  }
});

/** Words the glossary rules out, per language (content-guide/glossary.md). */
const banned: Record<string, { pattern: RegExp; why: string; bodyOnly?: boolean }[]> = {
  en: [
    { pattern: /\bdisabled children\b/i, why: 'write “children with disabilities”' },
    { pattern: /\byouths\b/i, why: 'write “young people”' },
    { pattern: /\bprogram\b/, why: 'UN spelling: “programme”' },
    { pattern: /Semipalatinsk/, why: 'the city is Semey' },
  ],
  es: [
    { pattern: /Kazajist[aá]n/, why: 'the glossary uses “Kazajstán”' },
    { pattern: /(?<!The )\bAstana\b(?! Times)/, why: 'Spanish writes “Astaná”' },
    { pattern: /\b(vosotros|vosotras)\b/i, why: 'use tú or ustedes' },
    { pattern: /\w@\w|\bniñes\b|\btodes\b/i, why: 'no @, x or -e inclusive forms' },
    { pattern: /"[^"\n]*"/, why: 'Spanish quotes are « »', bodyOnly: true },
  ],
  kk: [
    { pattern: /(?<!БҰҰ )\bерікті(?!лер\b)/i, why: 'волонтер, not ерікті' },
    { pattern: /\bкемтар|\bмүгедек\s/i, why: 'мүгедектігі бар адам/бала' },
    { pattern: /\bСемипалатинск/i, why: 'the city is Семей' },
    { pattern: /[а-яәғқңөұүһі][a-z][а-яәғқңөұүһі]/i, why: 'a Latin letter inside a Kazakh word' },
  ],
  ru: [
    { pattern: /ё/i, why: 'the site writes е, not ё' },
    { pattern: /доброволец|добровольц/i, why: 'волонтер, not доброволец' },
    { pattern: /ЮНИСЕФа|ЮНИСЕФу|ЮНИСЕФом/, why: 'ЮНИСЕФ is not declined' },
    { pattern: /дети-инвалиды|детей-инвалидов|\bинвалид(?!ностью|ности|ность)/i, why: 'дети с инвалидностью' },
    { pattern: /Семипалатинск/, why: 'the city is Семей' },
    { pattern: /Министерств\w+ образования(?! и науки)/, why: 'today’s ministry is Министерство просвещения' },
  ],
};

describe('glossary', () => {
  it('is followed in every content file', () => {
    const problems: string[] = [];
    const texts = [
      ...files.map((f) => ({ lang: f.lang, path: f.path, text: readFileSync(join(contentDir, f.path), 'utf8') })),
      ...localeCodes.map((lang) => ({ lang, path: `crc/${lang}.yaml`, text: readFileSync(join(contentDir, 'crc', `${lang}.yaml`), 'utf8') })),
    ];
    for (const { lang, path, text } of texts) {
      // Quotations keep the speaker's words; links keep their addresses.
      const prose = text.replace(/\]\([^)]*\)/g, ']').replace(/^---[\s\S]*?^---/m, (fm) => fm.replace(/^(sources|topics|hub|articles):.*$/gm, ''));
      // The body as readers see it: no frontmatter, no MDX tags, no YAML quoting.
      const body = prose
        .replace(/^---[\s\S]*?^---/m, '')
        .replace(/<[^>]+>/g, '')
        .replace(/^(\s*(?:- )?\w+: )"(.*)"$/gm, '$1$2');
      for (const rule of banned[lang] ?? []) {
        const match = rule.pattern.exec(rule.bodyOnly ? body : prose);
        if (match) problems.push(`${path}: “${match[0]}” — ${rule.why}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
