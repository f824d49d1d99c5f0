import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { routesFor } from './routing';

/** Where site paths may be written as strings: the route builders and the pure path helpers. */
const allowed = new Set(['i18n/routing.ts', 'i18n/routes.ts']);

/** What an internal URL built by hand looks like. */
const handBuilt: [RegExp, string][] = [
  [/\blocalePath\(|\bswitchLocale\(/, 'a path helper called outside the routes module'],
  [/import\.meta\.env\.BASE_URL/, 'the base path read outside the routes module'],
  [/\$\{base\}\$\{/, 'the base path joined to another part'],
  [/\/\$\{(?:\w+\.)?(?:lang|code|locale|contentLang)\}\//, 'a /${lang}/ path'],
  [/['"`]\/?(?:programme|rights|hubs|stories|search)\/[\w$#{]/, 'a section path in a string'],
  [/\}\/(?:programme|rights|hubs|stories|search)\//, 'a section path after an interpolation'],
  [/\$\{Astro\.url\.pathname\}\w/, 'a path built on the current page'],
];

function offenders(text: string): string[] {
  return text
    .split('\n')
    .flatMap((line, i) => handBuilt.filter(([re]) => re.test(line.replace(/^\s*(\/\/|\*).*$/, ''))).map(([, why]) => `${i + 1}: ${why}`));
}

describe('internal URLs', () => {
  it('are built only by the route builders (src/i18n/routes.ts)', () => {
    const src = join(import.meta.dirname, '..');
    const files = readdirSync(src, { recursive: true, encoding: 'utf8' })
      .map((f) => f.split('\\').join('/'))
      .filter((f) => /\.(astro|ts)$/.test(f) && !f.endsWith('.test.ts') && !f.endsWith('.d.ts') && !allowed.has(f));
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((f) => offenders(readFileSync(join(src, f), 'utf8')).map((o) => `src/${f}:${o}`));
    expect(found).toEqual([]);
  });

  it('the check catches the usual ways of writing one', () => {
    for (const line of [
      "href={localePath(lang, 'hubs', base)}",
      'const path = `${base}${lang}/hubs/events/${slug}.ics`;',
      '<a href={`/${lang}/stories/`}>',
      "const url = base + 'rights/articles/' + n;",
      'file: `${page.lang}/stories/${page.slug}/og.png`',
      'src={`${Astro.url.pathname}cover.webp`}',
    ]) {
      expect(offenders(line), line).not.toEqual([]);
    }
  });
});

describe('routesFor', () => {
  const routes = routesFor('/volunteers/');
  it('puts the base and the language before every page', () => {
    expect(routes.home('kk')).toBe('/volunteers/kk/');
    expect(routes.story('ru', 'bekind-lessons')).toBe('/volunteers/ru/stories/bekind-lessons/');
    expect(routes.article('es', 19)).toBe('/volunteers/es/rights/articles/19/');
    expect(routes.eventIcs('en', 'launch')).toBe('/volunteers/en/hubs/events/launch.ics');
    expect(routes.hubIcs('en', 'astana')).toBe('/volunteers/en/hubs/astana/events.ics');
    expect(routes.storiesPage('en', 1)).toBe('/volunteers/en/stories/');
    expect(routes.storiesPage('en', 2)).toBe('/volunteers/en/stories/page/2/');
    expect(routes.storyImage('kk', 'a', 'og.png')).toBe('/volunteers/kk/stories/a/og.png');
    expect(routes.rss('ru')).toBe('/volunteers/ru/rss.xml');
    expect(routes.translation('/volunteers/en/hubs/astana/', 'kk')).toBe('/volunteers/kk/hubs/astana/');
  });
});
