// The content itself: every entry in all four languages, the 54 articles, and the glossary's words.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { listContentFiles } from '../../src/lib/content/content-files';
import { localeCodes, type Locale } from '../../src/i18n/locales';
import { articleLabel } from '../../src/components/mdx/inline';
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

/**
 * Words and forms the glossary rules out, per language (docs/content-guide/glossary.md), and the errors the
 * native reviews of 2026 found again and again. Each rule says why; `bad` and `good` are examples it must
 * flag and pass (checked below). Rules see each line as readers see it: `<Art n={12} />` as the label the
 * site prints, other tags and link addresses removed, frontmatter and YAML values without their keys.
 */
interface Rule {
  pattern: RegExp;
  why: string;
  /** Only the MDX body and the Convention's YAML values, not the frontmatter. */
  bodyOnly?: boolean;
  bad?: string;
  good?: string;
}

/** Not after a letter: `\b` does not know Cyrillic or accented letters. */
const L = String.raw`(?<!\p{L})`;
/** A capitalised reference inside a sentence: not at a line's start or after . ! ? … ¿ ¡ (spaces, *, « and quotes skipped). */
const midSentence = String.raw`(?<!(?:^|[.!?…¿¡]|^\s*(?:#{1,6}|[-*+]|\d+\.))[\s*«„"“]*)`;
/** The lower-case label where a sentence or a line starts. */
const sentenceStart = String.raw`(?:^\s*(?:[-*+]\s+|#{1,6}\s+|\d+\.\s+)?|[.!?…]\s+)[*«"]*`;

const banned: Record<string, Rule[]> = {
  en: [
    { pattern: /\bdisabled children\b/i, why: 'write “children with disabilities”' },
    { pattern: /\byouths\b/i, why: 'write “young people”' },
    { pattern: /\bprogram\b/, why: 'UN spelling: “programme”' },
    { pattern: /Semipalatinsk/, why: 'the city is Semey' },
    // The fact check of ba31699: no invented process, and what we don't know is about our sources.
    { pattern: /announced by UNICEF Kazakhstan and the hubs?/i, why: 'no source says who announces dates' },
    { pattern: /(?:has|have) not (?:yet )?been published/i, why: 'say what our sources don’t give' },
    { pattern: /\bask (?:the|your nearest) hub\b/i, why: 'no source gives a way to contact a hub' },
  ],
  es: [
    { pattern: /Kazajist[aá]n/, why: 'the glossary uses “Kazajstán”' },
    { pattern: /(?<!The )\bAstana\b(?! Times)/, why: 'Spanish writes “Astaná”' },
    { pattern: /\b(vosotros|vosotras)\b/i, why: 'use tú or ustedes' },
    { pattern: /\w@\w|\bniñes\b|\btodes\b/i, why: 'no @, x or -e inclusive forms' },
    { pattern: /"[^"\n]*"/, why: 'Spanish quotes are « »', bodyOnly: true },
    {
      pattern: new RegExp(`${midSentence}Art[ií]culos? \\d`, 'mu'),
      why: 'in a sentence the RAE writes «el artículo 12» in lower case; capitalise only at the start (<Art n={12} start />)',
      bad: 'Según el Artículo 12, tu opinión cuenta (Artículo 13).',
      good: 'Artículo 12. Opinión del niño. El artículo 12 dice (artículo 13).',
    },
    {
      pattern: new RegExp(`${sentenceStart}art[ií]culos? \\d`, 'mu'),
      why: 'a sentence starts with a capital: «El artículo 12…» (or <Art n={12} start />)',
      bad: 'Lo dice la Convención. artículo 12 de la Convención.',
      good: 'Lo dice la Convención. El artículo 12 de la Convención.',
    },
    {
      pattern: new RegExp(`${L}(?:el|del|al|de|a)\\s+el\\s+art[ií]culo`, 'iu'),
      why: '<Art> prints «artículo 12»: write «el <Art />», «del <Art />», never «de el» or «el el»',
      bad: 'Como dice el el artículo 1 y el texto de el artículo 2.',
      good: 'Como dice el artículo 1 y el texto del artículo 2.',
    },
    {
      pattern: new RegExp(`(?<!${L}(?:el|del|al|un|este|ese|cada|mismo|nuevo|su|tu)\\s)(?<=\\p{L},?\\s)art[ií]culo \\d`, 'iu'),
      why: 'an article named in a sentence takes its determiner: «según el artículo 12», «del artículo 12»',
      bad: 'Según artículo 12, tu opinión cuenta.',
      good: 'Según el artículo 12 (artículo 13 también), tu opinión cuenta.',
    },
    {
      pattern: new RegExp(`(?<!teléfono\\s)${L}móvil(?:es)?(?!\\p{L})`, 'iu'),
      why: '«móvil» is Peninsular: neutral Spanish says «teléfono» (es.md row 32)',
      bad: 'Estar con el móvil no siempre es descansar.',
      good: 'Estar con el teléfono no siempre es descansar.',
    },
    {
      pattern: /centros? juvenil(?:es)?/iu,
      why: 'a hub is a «centro de voluntariado» (glossary 2.2; es.md rows 24, 39)',
      bad: 'El centro juvenil de UNICEF en Shymkent abrió.',
      good: 'El centro de voluntariado de UNICEF en Shymkent abrió.',
    },
    {
      pattern: /compromet\p{L}* por ley/iu,
      why: '“legally bound” is «quedar jurídicamente obligado»: «por ley» means “by a (national) law” (es.md rows 7, 20)',
      bad: 'Kazajstán la ratificó en 1994, es decir, se comprometió por ley a cumplirla.',
      good: 'Kazajstán la ratificó en 1994, es decir, quedó jurídicamente obligado a cumplirla.',
    },
    {
      pattern: /del Sur U\. Zhanibekov/u,
      why: 'the eponym comes before the place: «Universidad Pedagógica U. Zhanibekov de Kazajstán del Sur» (es.md row 36)',
      bad: 'la Universidad Pedagógica de Kazajstán del Sur U. Zhanibekov',
      good: 'la Universidad Pedagógica U. Zhanibekov de Kazajstán del Sur',
    },
  ],
  kk: [
    {
      pattern: new RegExp(`(?<!БҰҰ |«)${L}ерікті(?!лер(?!\\p{L}))`, 'iu'),
      why: 'волонтер, not ерікті',
      bad: 'Ол ерікті болып жұмыс істейді.',
      good: 'Ол волонтер болып жұмыс істейді; БҰҰ еріктілері.',
    },
    {
      pattern: new RegExp(`${L}(?<!«)(?:кемтар|мүгедек\\s)`, 'iu'),
      why: 'мүгедектігі бар адам/бала',
      bad: 'Ол кемтар бала емес.',
      good: '«Мүгедек», «кемтар» деген сөздердің орнына «мүгедектігі бар бала» де.',
    },
    { pattern: /Семипалатинск/iu, why: 'the city is Семей' },
    { pattern: /[а-яәғқңөұүһі][a-z][а-яәғқңөұүһі]/i, why: 'a Latin letter inside a Kazakh word' },
    {
      pattern: new RegExp(`${L}пилот(?!тық)\\p{L}*`, 'iu'),
      why: 'bare «пилот» is an aircraft pilot: write «пилоттық жоба» (kk.md #25, 13 occurrences)',
      bad: 'Пилот кезінде волонтерлер сабақ өткізді. Пилоттан түйген сабақтар.',
      good: 'Пилоттық жоба кезінде волонтерлер сабақ өткізді. Пилоттық жобадан түйген сабақтар.',
    },
    {
      pattern: /медиа контент/iu,
      why: 'one word: «медиаконтент», like «медиасауаттылық» (kk.md #44)',
      bad: 'медиа контент жасау',
      good: 'медиаконтент жасау',
    },
    {
      pattern: /буллингке қарсы\s+(?:\p{L}+\s+){0,3}сабақ/iu,
      why: 'the glossary’s term is «буллингтің алдын алу сабақтары» (kk.md #27)',
      bad: 'буллингке қарсы және экологиялық сабақтар',
      good: 'буллингтің алдын алу сабақтары',
    },
    {
      pattern: /тұрақты даму мақсат/u,
      why: 'a name: «Тұрақты даму мақсаттары» with a capital (glossary 2.8; kk.md #45)',
      bad: 'тұрақты даму мақсаттарының бірі',
      good: 'Тұрақты даму мақсаттарының бірі',
    },
    {
      pattern: /сенім артатын (?:үлкен|адам)/iu,
      why: 'with no subject it reads “an adult who trusts”: write «өзің сенетін үлкен/адам» (kk.md #26)',
      bad: 'Сенім артатын үлкенге айт.',
      good: 'Өзің сенетін үлкенге айт.',
    },
    {
      pattern: /тәртіп[^.]*?қадір-қасиет\p{L}* құрметтеу(?:ге|і)\s+(?:тиіс|керек)/iu,
      why: 'discipline cannot “respect” dignity in Kazakh: «тәртіп … қадір-қасиетін құрметтей отырып сақталуға тиіс» (kk.md #34)',
      bad: 'Мектептегі тәртіп баланың қадір-қасиетін құрметтеуге тиіс.',
      good: 'Мектептегі тәртіп баланың адамдық қадір-қасиетін құрметтей отырып сақталуға тиіс.',
    },
  ],
  ru: [
    { pattern: /ё/i, why: 'the site writes е, not ё' },
    { pattern: /доброволец|добровольц/i, why: 'волонтер, not доброволец' },
    { pattern: /ЮНИСЕФа|ЮНИСЕФу|ЮНИСЕФом/, why: 'ЮНИСЕФ is not declined' },
    {
      pattern: new RegExp(`(?<!«)(?:дети-инвалиды|детей-инвалидов|${L}инвалид(?!ност))`, 'iu'),
      why: 'дети с инвалидностью',
      bad: 'помощь детям-инвалидам и инвалидам',
      good: 'помощь детям с инвалидностью; говори «ребенок с инвалидностью», а не «инвалид»',
    },
    { pattern: /Семипалатинск/, why: 'the city is Семей' },
    { pattern: /Министерств\w+ образования(?! и науки)/u, why: 'today’s ministry is Министерство просвещения' },
    {
      pattern: new RegExp(`${midSentence}Стать(?:я|и|е|ю|ей) \\d`, 'mu'),
      why: 'inside a sentence or in brackets «статья 12» is lower case; capitalise only at the start (<Art n={12} start />) (ru.md F1)',
      bad: 'Так говорит Статья 12 Конвенции (Статья 1).',
      good: 'Статья 12. Участие ребенка. Так говорит статья 12 Конвенции (статья 1). Статья 3 требует…',
    },
    {
      pattern: new RegExp(`${sentenceStart}статья \\d`, 'mu'),
      why: 'a sentence starts with a capital: write <Art n={12} start /> where the reference opens it',
      bad: 'Это главное. статья 6 Конвенции говорит…',
      good: 'Это главное. Статья 6 Конвенции говорит…',
    },
    {
      pattern: /(?<!«)воркшоп/iu,
      why: 'an Anglicism opaque to many teachers and parents: «семинар» or «интерактивное занятие» (ru.md T1, 22 occurrences)',
      bad: 'Открытие хаба совместили с воркшопом по Конвенции.',
      good: 'Открытие хаба совместили с семинаром по Конвенции.',
    },
    {
      pattern: new RegExp(`${L}пилот(?:а|у|ом|е|ы|ов)?(?!\\p{L})`, 'iu'),
      why: '«пилот» for a pilot project is business jargon: «пилотный проект» (ru.md T2)',
      bad: 'Для пилота отобрали волонтеров. Выводы пилота.',
      good: 'Для пилотного проекта отобрали волонтеров. Выводы пилотного проекта.',
    },
    {
      pattern: /урок\p{L}*\s+против\s+(?:буллинга|травли)/iu,
      why: 'the glossary’s term is «уроки по профилактике буллинга» (ru.md T3)',
      bad: 'онлайн-уроки против буллинга',
      good: 'онлайн-уроки по профилактике буллинга',
    },
    {
      pattern: /цел\p{L}* устойчивого развития/u,
      why: 'a name: «Цели устойчивого развития (ЦУР)» with a capital (glossary 2.8; ru.md T4)',
      bad: 'работает на четыре цели устойчивого развития',
      good: 'помогает достичь четырех Целей устойчивого развития',
    },
    {
      pattern: /сокращени\p{L}* пластика/iu,
      why: 'one reduces the use of plastic: «сокращение использования пластика» (ru.md F6)',
      bad: 'сокращение пластика в жизни школьников',
      good: 'сокращение использования пластика среди школьников',
    },
    {
      pattern: /за (?:\p{L}+ )?месяц\p{L}* перед/iu,
      why: 'the collocation is «за месяц до» (ru.md F17)',
      bad: 'за месяц перед открытием',
      good: 'за месяц до открытия',
    },
    {
      pattern: /хаб\p{L}* в сво\p{L}+ город/iu,
      why: 'there are hubs in six cities only: «ближайший к вам хаб» (ru.md F12)',
      bad: 'Найдите хаб в своем городе.',
      good: 'Найдите ближайший к вам хаб.',
    },
    {
      pattern: new RegExp(`${L}дисциплин\\p{L}*[^.]{0,60}?уважа\\p{L}*\\s+(?:\\p{L}+\\s+)?достоинств`, 'iu'),
      why: 'discipline cannot “respect” dignity in Russian: «порядок в школе нельзя поддерживать, унижая достоинство» (ru.md F15)',
      bad: 'Школьная дисциплина должна уважать достоинство ребенка.',
      good: 'Порядок в школе нельзя поддерживать, унижая достоинство ребенка.',
    },
    {
      pattern: /сквозн\p{L}* стратеги/iu,
      why: '“cross-sectoral” is «межсекторальный»; «сквозной» is “cross-cutting” (ru.md F10)',
      bad: 'одной из ключевых сквозных стратегий',
      good: 'одной из ключевых межсекторальных стратегий',
    },
  ],
};

interface ReaderLine {
  line: number;
  text: string;
  body: boolean;
}

const frontmatterIds = /^(sources|topics|hub|articles):/;
/** A YAML value without its key and quotes: `  title: "A"` → `A`. */
const yamlValue = (line: string) => line.replace(/^\s*(?:- )?\w+:\s?/, '').replace(/^(["'])(.*)\1$/, '$2');

/** Each line of a content file as readers see it (see `Rule`). */
function readerLines(lang: Locale, path: string, text: string): ReaderLine[] {
  const lines = text.split('\n');
  if (path.endsWith('.yaml')) {
    return lines.map((line, i) => ({ line: i + 1, text: /^\s*(?:- )?number:/.test(line) ? '' : yamlValue(line), body: true }));
  }
  const out: ReaderLine[] = [];
  let frontmatter = lines[0] === '---';
  let skipping = false;
  lines.forEach((raw, i) => {
    if (i > 0 && frontmatter && raw === '---') {
      frontmatter = false;
      return;
    }
    if (frontmatter) {
      if (i === 0) return;
      // Source, topic and hub ids and article numbers are not prose.
      if (frontmatterIds.test(raw)) skipping = true;
      else if (!/^\s+-/.test(raw)) skipping = false;
      if (!skipping) out.push({ line: i + 1, text: yamlValue(raw), body: false });
      return;
    }
    const text = raw
      .replace(/\]\([^)]*\)/g, ']')
      .replace(/<Art\s+n=\{(\d+)\}(\s+start)?\s*\/>/g, (_, n: string, start?: string) => articleLabel(Number(n), lang, Boolean(start)))
      .replace(/<[^>]+>/g, '');
    out.push({ line: i + 1, text, body: true });
  });
  return out;
}

/** What the rules find in one file: one entry per rule and line. */
function lint(lang: Locale, path: string, text: string): string[] {
  const problems: string[] = [];
  for (const { line, text: shown, body } of readerLines(lang, path, text)) {
    for (const rule of banned[lang] ?? []) {
      if (rule.bodyOnly && !body) continue;
      const match = rule.pattern.exec(shown);
      if (match) problems.push(`${path}:${line}: “${match[0].trim()}” — ${rule.why}`);
    }
  }
  return problems;
}

describe('glossary rules', () => {
  for (const lang of localeCodes) {
    for (const rule of banned[lang] ?? []) {
      if (rule.bad === undefined || rule.good === undefined) continue;
      it(`${lang}: ${rule.why}`, () => {
        expect(lint(lang, 'example.mdx', rule.bad!), 'the bad example').not.toEqual([]);
        expect(lint(lang, 'example.mdx', rule.good!), 'the good example').toEqual([]);
      });
    }
  }
  it('read <Art> as the label the site prints', () => {
    expect(lint('ru', 'example.mdx', 'Так говорит <Art n={12} /> Конвенции. <Art n={3} start /> требует…')).toEqual([]);
    expect(lint('ru', 'example.mdx', 'Это главное. <Art n={6} /> говорит…')).toHaveLength(1);
    expect(lint('es', 'example.mdx', 'El <Art n={12} /> dice (<Art n={2} />).')).toEqual([]);
    expect(lint('es', 'example.mdx', 'Como dice el el <Art n={1} />.')).toHaveLength(1);
  });
});

describe('glossary', () => {
  it('is followed in every content file', () => {
    const problems: string[] = [];
    const texts = [
      ...files.map((f) => ({ lang: f.lang, path: f.path, text: readFileSync(join(contentDir, f.path), 'utf8') })),
      ...localeCodes.map((lang) => ({ lang, path: `crc/${lang}.yaml`, text: readFileSync(join(contentDir, 'crc', `${lang}.yaml`), 'utf8') })),
    ];
    for (const { lang, path, text } of texts) problems.push(...lint(lang as Locale, path, text));
    // The findings, and how many lines have one per language, for the editors.
    const lines = new Set(problems.map((p) => p.slice(0, p.indexOf(': “'))));
    const perLang = localeCodes.map((lang) => `${lang} ${[...lines].filter((l) => l.split('/')[1] === lang || l === `crc/${lang}.yaml` || l.startsWith(`crc/${lang}.yaml:`)).length}`);
    if (problems.length) console.log(`${problems.join('\n')}\n\n${lines.size} lines break the glossary (${perLang.join(', ')})`);
    expect(problems).toEqual([]);
  });
});

describe('names the glossary has not confirmed', () => {
  // Rows marked "(?)" in the glossary's terminology tables, except places (§2.7 and the appendix):
  // a region's name is needed to place a hub, so its spelling waits for a check instead.
  const glossary = readFileSync('docs/content-guide/glossary.md', 'utf8');
  const terms = glossary.slice(glossary.indexOf('### 2.1'), glossary.indexOf('### 2.7')) + glossary.slice(glossary.indexOf('### 2.8'), glossary.indexOf('### 2.9'));
  const unconfirmed = terms
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .flatMap((line) => {
      const cells = line.split('|').slice(1, 5).map((cell) => cell.trim());
      return localeCodes.flatMap((lang, i) =>
        (cells[i] ?? '')
          .split(';')
          .map((part) => part.trim())
          .filter((part) => part.endsWith('(?)'))
          .map((part) => ({ lang, name: part.replace(/\s*\(\?\)$/, '').replace(/\s*\(.*?\)/g, '').replace(/[*«»"]/g, '').trim() }))
          .filter(({ name }) => name.length >= 4),
      );
    });

  it('stay out of the content of their language', () => {
    expect(unconfirmed.length).toBeGreaterThan(0);
    const found = unconfirmed.flatMap(({ lang, name }) =>
      [...files.filter((f) => f.lang === lang).map((f) => f.path), `crc/${lang}.yaml`]
        .filter((path) => readFileSync(join(contentDir, path), 'utf8').includes(name))
        .map((path) => `${path}: “${name}” is marked (?) in the glossary`),
    );
    expect(found).toEqual([]);
  });
});
