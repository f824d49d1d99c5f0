// `npm run translations`: which translations match their English source (docs/decisions/0005-translation-status.md).
//   npm run translations                      the table, and every translation that is outdated or missing
//   npm run translations -- --mark ru/hubs/aktau   marks one translation as matching the source now
//   npm run translations -- --mark ru         …every translation in Russian (ru/hubs, ru/crc, ru/ui: a part)
//   npm run translations -- --mark all        …every existing translation (after a full review)
//   npm run translations -- --strict          exits with 1 while any is outdated or missing (for CI)
// Runs on Node's own TypeScript support: the modules it imports name their `.ts` files.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { siteSettings } from '../src/lib/settings.ts';
import { localeCodes, locales, type Locale } from '../src/i18n/locales.ts';
import { readableText } from '../src/lib/translations/version.ts';
import {
  contentStatus,
  dictionaryStatus,
  readContent,
  sourceLocale,
  statusKey,
  summarize,
  targetLocales,
  type TranslationStatus,
} from '../src/lib/translations/status.ts';
import {
  keepSnapshot,
  saveSnapshots,
  readVersions,
  selectRows,
  withArticleVersions,
  withTranslatedFrom,
  writeVersions,
} from '../src/lib/translations/mark.ts';

const { values } = parseArgs({
  options: { mark: { type: 'string', multiple: true }, strict: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
});
if (values.help) {
  console.log(readFileSync(new URL(import.meta.url), 'utf8').split('\n').filter((l) => l.startsWith('//   ')).map((l) => l.slice(3)).join('\n'));
  process.exit(0);
}

const { contentDir } = siteSettings(process.env);
const dictionaryDir = 'src/i18n';
const versionsPath = (lang: Locale) => join(dictionaryDir, 'versions', `${lang}.json`);

async function loadDictionaries() {
  const entries = await Promise.all(
    localeCodes.map(async (code) => [code, ((await import(`../src/i18n/${code}.ts`)) as { default: Record<string, unknown> }).default] as const),
  );
  return Object.fromEntries(entries) as Record<Locale, Record<string, unknown>>;
}

async function status() {
  const entries = readContent(contentDir);
  const dictionaries = await loadDictionaries();
  const versions = Object.fromEntries(targetLocales.map((lang) => [lang, readVersions(versionsPath(lang))]));
  const rows = [...contentStatus(entries, { contentDir }), ...dictionaryStatus(dictionaries, versions, { contentDir })];
  return { entries, dictionaries, versions, rows };
}

async function mark(targets: readonly string[]) {
  const { entries, dictionaries, versions, rows } = await status();
  const byKey = new Map(entries.map((e) => [statusKey(e.collection, e.lang, e.slug), e]));
  const chosen = targets.flatMap((target) => {
    const rows_ = selectRows(rows, target).filter((r) => r.state !== 'missing');
    if (!rows_.length) throw new Error(`--mark ${target}: no translation there (write it as ru/hubs/aktau, ru/hubs, ru, ru/crc/12, ru/ui/nav.home or all)`);
    return rows_;
  });
  const articleVersions = new Map<string, Map<string, string>>();
  let marked = 0;
  for (const row of chosen) {
    // The source text is kept for current ones too, so a mark always leaves it to compare with later.
    if (row.collection === 'ui') {
      const value = dictionaries[sourceLocale][row.slug];
      keepSnapshot(contentDir, 'ui', row.version, typeof value === 'string' ? value : Object.values(value as object).join('\n'));
    } else {
      keepSnapshot(contentDir, row.collection, row.version, readableText(byKey.get(statusKey(row.collection, sourceLocale, row.slug))!));
    }
    if (row.state === 'current') continue;
    marked++;
    if (row.collection === 'ui') {
      versions[row.lang]![row.slug] = row.version;
      continue;
    }
    const file = join(contentDir, byKey.get(statusKey(row.collection, row.lang, row.slug))!.file);
    if (row.collection === 'crc') {
      const map = articleVersions.get(file) ?? new Map<string, string>();
      map.set(row.slug, row.version);
      articleVersions.set(file, map);
    } else {
      writeFileSync(file, withTranslatedFrom(readFileSync(file, 'utf8'), row.version, file));
    }
  }
  for (const [file, map] of articleVersions) writeFileSync(file, withArticleVersions(readFileSync(file, 'utf8'), map, file));
  for (const lang of targetLocales) if (chosen.some((r) => r.lang === lang && r.collection === 'ui')) writeVersions(versionsPath(lang), versions[lang]!);
  // Keep only the texts some translation still refers to.
  const after = await status();
  const referenced = new Set(after.rows.map((r) => r.translatedFrom).filter((v): v is string => Boolean(v)));
  const pruned = saveSnapshots(contentDir, [...new Set(after.rows.map((r) => r.collection))], referenced);
  console.log(`Marked ${marked} translation${marked === 1 ? '' : 's'} as matching the source now (${chosen.length - marked} already did)${pruned ? `; ${pruned} old source texts removed` : ''}.`);
}

const stateWords = { current: 'up to date', outdated: 'outdated', missing: 'missing' } as const;

function quote(words: readonly string[], max = 12): string {
  return words.length > max ? `${words.slice(0, max).join(' ')} …` : words.join(' ');
}

function describe(row: TranslationStatus): string {
  const where = row.collection === 'ui' ? `${row.lang}/ui/${row.slug}` : `${row.lang}/${row.collection}/${row.slug}`;
  if (row.state === 'missing') return `  missing   ${where}`;
  const since = row.sourceUpdated ? `source changed ${row.sourceUpdated}` : 'source changed (no updated: date)';
  let what = row.translatedFrom ? 'the text it was made from was not kept' : 'never marked';
  if (row.changes) {
    const { added, removed } = row.changes;
    what = `+${added.length} words, −${removed.length}` + (added.length ? `\n              added:   ${quote(added)}` : '') + (removed.length ? `\n              removed: ${quote(removed)}` : '');
  }
  return `  outdated  ${where}: ${since}; ${what}`;
}

function report(rows: readonly TranslationStatus[]) {
  const counts = summarize(rows);
  const collections = [...new Set(rows.map((r) => r.collection))];
  console.log(`Translations of the ${locales[sourceLocale].label} source (up to date / outdated / missing)\n`);
  const header = ['collection', ...targetLocales.map((l) => l.padStart(14))].join('');
  console.log(header);
  for (const collection of collections) {
    const cells = targetLocales.map((lang) => {
      const c = counts.get(`${collection} ${lang}`) ?? { current: 0, outdated: 0, missing: 0 };
      return `${c.current} / ${c.outdated} / ${c.missing}`.padStart(14);
    });
    console.log([collection.padEnd(10), ...cells].join(''));
  }
  const open = rows.filter((r) => r.state !== 'current');
  if (open.length) {
    console.log(`\n${open.length} not up to date:`);
    for (const row of open) console.log(describe(row));
    console.log('\nAfter updating a translation: npm run translations -- --mark <lang>/<collection>/<slug>');
  } else {
    console.log(`\nEvery translation is ${stateWords.current}.`);
  }
  return open.length;
}

try {
  if (values.mark?.length) {
    await mark(values.mark);
  } else {
    const open = report((await status()).rows);
    if (values.strict && open) process.exitCode = 1;
  }
} catch (error) {
  // Content errors and a wrong --mark name say what to fix; a stack trace would hide it.
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 2;
}
