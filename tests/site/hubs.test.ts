// The hubs section as a reader finds it in the built site: the directory and its map,
// the nearest-hub answer for every region, hub pages, events and their calendar files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { distDir, distFiles, pageByUrl, resolves, settings } from '../support/dist';
import { localeCodes, type Locale } from '../../src/i18n/locales';
import { dictionaries } from '../../src/i18n';
import { regionIds, regions } from '../../src/data/regions';
import { hubSlugs, hubs, hubsByRegion } from '../../src/data/hubs';
import { listContentFiles } from '../../src/lib/content/content-files';

const url = (path: string) => `${settings.base}${path}`;
function page(path: string) {
  const found = pageByUrl.get(url(path));
  if (!found) throw new Error(`no page at ${url(path)}`);
  return found;
}
const jsonLd = (path: string) =>
  page(path)
    .doc.querySelectorAll('script[type="application/ld+json"]')
    .flatMap((s) => [JSON.parse(s.text) as Record<string, unknown>].flat());
/** A hub's city as its page in `lang` names it. */
const cityIn = (lang: Locale, slug: string) =>
  page(`${lang}/hubs/${slug}/`).doc.querySelector('[aria-labelledby=facts] dd')?.text.trim();

const events = listContentFiles(settings.contentDir).filter((f) => f.collection === 'events' && f.lang === 'en');
/** An event's `start` and `end` as its editor wrote them ("2025", "2025-11", "2025-11-24", "2025-11-24T15:00"). */
function eventDates(slug: string): { start: string; end: string | undefined } {
  const text = readFileSync(join(settings.contentDir, 'events', 'en', `${slug}.mdx`), 'utf8');
  const field = (name: string) => new RegExp(`^${name}: "?([^"\\n]+)"?$`, 'm').exec(text)?.[1];
  return { start: field('start') ?? '', end: field('end') };
}

/** The days an all-day event covers: its first day, and the day after its last (iCalendar's DTEND). */
function allDaySpan(start: string, end = start): [string, string] {
  const [y = 0, m = 1, d = 1] = start.split('-').map(Number);
  const [ey = 0, em, ed] = end.split('-').map(Number);
  const after = new Date(Date.UTC(ey, em === undefined ? 12 : ed === undefined ? em : em - 1, ed === undefined ? 1 : ed + 1));
  return [new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10), after.toISOString().slice(0, 10)];
}
/** A field of a hub page's frontmatter, as the editor wrote it. */
function hubField(lang: Locale, slug: string, field: string): string | undefined {
  const text = readFileSync(join(settings.contentDir, 'hubs', lang, `${slug}.mdx`), 'utf8');
  return new RegExp(`^${field}: "?([^"\\n]+)"?$`, 'm').exec(text.split(/^---$/m)[1] ?? '')?.[1];
}
const eventHub = (slug: string) => /^hub: (\S+)/m.exec(readFileSync(join(settings.contentDir, 'events', 'en', `${slug}.mdx`), 'utf8'))?.[1];

describe('the hubs page', () => {
  it.each(localeCodes)('%s: lists every hub and draws all of them on the map, labelled in the language', (lang) => {
    const { doc } = page(`${lang}/hubs/`);
    for (const slug of hubSlugs) {
      expect(doc.querySelector(`#all-hubs ~ ul a[href="${url(`${lang}/hubs/${slug}/`)}"]`), slug).not.toBeNull();
      const marker = doc.querySelector(`svg[data-hub-map] [data-hub="${slug}"]`);
      expect(marker, slug).not.toBeNull();
      expect(marker?.querySelector('text')?.text.trim(), slug).toBe(cityIn(lang, slug));
    }
  });

  it('draws the outline and every region from the boundary data, with a text alternative naming every hub city', () => {
    for (const lang of localeCodes) {
      const svg = page(`${lang}/hubs/`).doc.querySelector('svg[data-hub-map]')!;
      const drawn = svg.querySelectorAll('path[data-region]').map((p) => p.getAttribute('data-region'));
      expect(drawn.sort()).toEqual(regionIds.map((id) => regions[id].iso).sort());
      for (const path of svg.querySelectorAll('path[data-region]')) expect(path.getAttribute('d')).toMatch(/^M[\d ]+[hvl]/);
      expect(svg.getAttribute('role')).toBe('img');
      const title = svg.querySelector('title');
      expect(svg.getAttribute('aria-labelledby')).toBe(title?.getAttribute('id'));
      for (const slug of hubSlugs) expect(title?.text).toContain(cityIn(lang, slug));
    }
  });

  it('credits the boundary data beside the map and ships its licence', () => {
    for (const lang of localeCodes) {
      const caption = page(`${lang}/hubs/`).doc.querySelector('figure figcaption')!;
      expect(caption.querySelector('a[href="https://www.amcharts.com/"]')).not.toBeNull();
      expect(caption.querySelector(`a[href="${url('licenses/amcharts-geodata.txt')}"]`)).not.toBeNull();
    }
    expect(readFileSync(join(distDir, 'licenses/amcharts-geodata.txt'), 'utf8')).toMatch(/amCharts/);
  });

  it('loads nothing from elsewhere: no map tiles, scripts, styles or images from other origins', () => {
    for (const lang of localeCodes) {
      for (const path of [`${lang}/hubs/`, `${lang}/hubs/kokshetau/`, `${lang}/hubs/near/pavlodar/`]) {
        const refs = page(path)
          .doc.querySelectorAll('script[src], link[href], img[src], iframe, use[href], image')
          .map((e) => e.getAttribute('src') ?? e.getAttribute('href') ?? 'iframe/image');
        // Canonical and hreflang links name our own origin; anything else would be a third party.
        const foreign = refs.filter((r) => r === 'iframe/image' || (/^(https?:)?\/\//.test(r) && !r.startsWith(new URL(settings.site).origin)));
        expect(foreign, path).toEqual([]);
      }
    }
  });
});

describe('the nearest-hub finder without JavaScript', () => {
  it.each(localeCodes)('%s: links every region and city to a page naming its nearest hub', (lang) => {
    const index = page(`${lang}/hubs/`).doc;
    for (const id of regionIds) {
      const link = index.querySelector(`a[data-region="${id}"]`);
      expect(link?.text.trim(), id).toBe(regions[id].name[lang]);
      expect(link?.getAttribute('href')).toBe(url(`${lang}/hubs/near/${id}/`));
      const answer = page(`${lang}/hubs/near/${id}/`).doc.querySelector('[data-nearest]')!;
      const nearest = hubsByRegion[id][0].id;
      expect(answer.getAttribute('data-nearest'), id).toBe(nearest);
      expect(answer.querySelector('a')?.getAttribute('href')).toBe(url(`${lang}/hubs/${nearest}/`));
    }
  });

  it('says the hub is right there for its own region, and how far it is for the others', () => {
    const here = page('en/hubs/near/akmola/').doc.querySelector('[data-nearest]')!.text;
    expect(here).toContain('The hub is right here, in Kokshetau.');
    const far = page('en/hubs/near/pavlodar/').doc.querySelector('[data-nearest]')!;
    expect(far.getAttribute('data-nearest')).toBe('semey');
    expect(far.text).toMatch(/About \d+ km in a straight line/);
    const ru = page('ru/hubs/near/ulytau/').doc;
    expect(ru.querySelector('h1')?.text).toBe('Область Ұлытау: ближайший хаб');
  });
});

describe('hub pages', () => {
  it.each(localeCodes)('%s: facts, six directions, map, map links, events and the way to reach the programme', (lang) => {
    const t = dictionaries[lang];
    for (const slug of hubSlugs) {
      const { doc } = page(`${lang}/hubs/${slug}/`);
      const text = doc.querySelector('main')!.text;
      expect(doc.querySelectorAll('[aria-labelledby=directions] li'), slug).toHaveLength(6);
      // What the sources don't give is said once, on a hub whose frontmatter has none of it.
      const given = ['address', 'hours', 'contact'].map((field) => hubField(lang, slug, field)).filter(Boolean);
      const unknown = t['hubs.facts.unpublished'].split(/(?<=\.) /)[0] ?? '';
      expect(text.split(unknown).length - 1, `${lang}/${slug}: “${unknown}”`).toBe(given.length ? 0 : 1);
      for (const value of given) expect(text, slug).toContain(value);
      expect(doc.querySelector(`svg[data-hub-map] g[data-hub="${slug}"] text`)?.text.trim()).toBe(cityIn(lang, slug));
      const links = doc.querySelectorAll('a[data-map-service]').map((a) => a.getAttribute('href')?.replace(/&amp;/g, '&'));
      // Four map services, each pointed at the hub's own coordinates (geo.test.ts checks each format).
      const { lat, lon } = hubs[slug].coords;
      expect(links, slug).toHaveLength(4);
      for (const link of links) {
        const numbers = (link ?? '').match(/-?\d+\.\d+/g)?.map(Number) ?? [];
        expect(numbers.some((n) => Math.abs(n - lat) < 1e-3) && numbers.some((n) => Math.abs(n - lon) < 1e-3), `${slug}: ${link}`).toBe(true);
      }
      expect(doc.querySelector('#hub-events'), slug).not.toBeNull();
      expect(resolves(doc.querySelector('a[data-ics]')?.getAttribute('href') ?? ''), slug).toBe(true);
    }
  });

  it('en: say nothing about facts being “unpublished”, announced by someone, or to be asked of the hub', () => {
    for (const slug of hubSlugs) {
      const text = page(`en/hubs/${slug}/`).doc.querySelector('main')!.text.replace(/\s+/g, ' ');
      expect(text.match(/our sources don[’']t/gi) ?? [], slug).toHaveLength(1);
      expect(text, slug).not.toMatch(/not (?:yet )?been published|are announced by|ask the hub/i);
    }
  });

  it.each(localeCodes)('%s: each tell their own hub in their own words, sharing no long sentence', (lang) => {
    const seen = new Map<string, string>();
    const shared: string[] = [];
    for (const slug of hubSlugs) {
      const mdx = readFileSync(join(settings.contentDir, 'hubs', lang, `${slug}.mdx`), 'utf8').replace(/^---[\s\S]*?^---/m, '');
      const sentences = mdx.split(/(?<=[.!?:])\s+|\n+/).map((x) => x.trim()).filter((x) => x.length >= 60);
      for (const sentence of new Set(sentences)) {
        const other = seen.get(sentence);
        if (other && other !== slug) shared.push(`${other} and ${slug}: ${sentence}`);
        else seen.set(sentence, slug);
      }
    }
    expect(shared).toEqual([]);
  });

  it('carries a schema.org Place with the city and its coordinates', () => {
    for (const slug of hubSlugs) {
      const place = jsonLd(`en/hubs/${slug}/`).find((d) => d['@type'] === 'Place');
      expect(place, slug).toMatchObject({
        address: { addressCountry: 'KZ' },
        geo: { latitude: hubs[slug].coords.lat, longitude: hubs[slug].coords.lon },
      });
    }
  });

  it('shows the opening date at the precision the sources give, and the partners they name', () => {
    const shymkent = page('en/hubs/shymkent/').doc.querySelector('[aria-labelledby=facts]')!.text;
    expect(shymkent).toContain('November 2025');
    expect(shymkent).toContain('South Kazakhstan Pedagogical University named after U. Zhanibekov');
    expect(page('ru/hubs/astana/').doc.querySelector('[aria-labelledby=facts]')!.text).toContain('Город республиканского значения');
  });

  it('lists the stories about the hub', () => {
    for (const lang of localeCodes) {
      const link = page(`${lang}/hubs/kokshetau/`).doc.querySelector(`#hub-stories ~ ul a[href="${url(`${lang}/stories/kokshetau-hub-launch/`)}"]`);
      expect(link, lang).not.toBeNull();
    }
  });
});

describe('events', () => {
  it('are written in every language, with the same slug', () => {
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) for (const lang of localeCodes) expect(pageByUrl.has(url(`${lang}/hubs/events/${e.slug}/`)), `${lang} ${e.slug}`).toBe(true);
  });

  it('show only the precision the sources give, say so, and carry a schema.org Event', () => {
    const shymkent = page('en/hubs/events/shymkent-hub-opening/').doc;
    expect(shymkent.querySelector('time')?.getAttribute('datetime')).toBe('2025-11');
    expect(shymkent.querySelector('time')?.text).toBe('November 2025');
    expect(shymkent.querySelector('[data-precision-note]')?.text).toBe(dictionaries.en['hubs.events.monthOnly']);
    expect(page('kk/hubs/events/kokshetau-hub-launch/').doc.querySelector('[data-precision-note]')?.text).toMatch(/^Тек жылы белгілі/);
    for (const e of events) {
      const ld = jsonLd(`en/hubs/events/${e.slug}/`).find((d) => d['@type'] === 'Event');
      expect(ld?.['startDate'], e.slug).toMatch(/^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}[+-]\d{2}:\d{2})?)?)?$/);
    }
  });

  it('are split into upcoming and past, each in date order, on the hubs page', () => {
    for (const lang of localeCodes) {
      const doc = page(`${lang}/hubs/`).doc;
      const times = (group: string) => doc.querySelectorAll(`[data-events=${group}] time`).map((t) => t.getAttribute('datetime') ?? '');
      const past = times('past');
      const upcoming = times('upcoming');
      expect(past.length + upcoming.length).toBe(events.length);
      expect([...past].sort().reverse()).toEqual(past);
      expect([...upcoming].sort()).toEqual(upcoming);
    }
  });
});

describe('calendar files (.ics), parsed with ical.js', () => {
  const parse = (file: string) => {
    const text = readFileSync(join(distDir, file), 'utf8');
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line), file).toBeLessThanOrEqual(75);
    expect(text.replace(/\r\n/g, ''), `${file}: bare line breaks`).not.toMatch(/[\r\n]/);
    const cal = new ICAL.Component(ICAL.parse(text));
    expect(cal.getFirstPropertyValue('version')).toBe('2.0');
    expect(cal.getFirstPropertyValue('prodid')).toBeTruthy();
    return cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  };

  it('exist for every event in every language, as precise as its frontmatter: a period all day, a time as a time', () => {
    for (const lang of localeCodes) {
      for (const e of events) {
        const { start, end } = eventDates(e.slug);
        const [event, ...rest] = parse(`${lang}/hubs/events/${e.slug}.ics`);
        expect(rest).toHaveLength(0);
        expect(event!.uid).toMatch(new RegExp(`^event-${e.slug}@`));
        expect(event!.summary).toBe(page(`${lang}/hubs/events/${e.slug}/`).doc.querySelector('h1')?.text.trim());
        if (start.includes('T')) {
          expect(event!.startDate.isDate, e.slug).toBe(false);
          continue;
        }
        expect(event!.startDate.isDate, e.slug).toBe(true);
        expect([event!.startDate.toString(), event!.endDate.toString()], e.slug).toEqual(allDaySpan(start, end));
        // A month or a year: the description says the day was not published, in the calendar's language.
        const t = dictionaries[lang];
        const note = start.length === 4 ? t['hubs.events.yearOnly'] : start.length === 7 ? t['hubs.events.monthOnly'] : undefined;
        if (note) expect(event!.description.endsWith(note), e.slug).toBe(true);
        else expect([t['hubs.events.yearOnly'], t['hubs.events.monthOnly']].some((n) => event!.description.endsWith(n)), e.slug).toBe(false);
      }
    }
  });

  it('exist for each hub with all its events, linked from its page', () => {
    for (const lang of localeCodes) {
      for (const slug of hubSlugs) {
        const file = `${lang}/hubs/${slug}/events.ics`;
        const own = events.filter((e) => eventHub(e.slug) === slug);
        if (!own.length) {
          expect(distFiles).not.toContain(file);
          continue;
        }
        expect(parse(file).map((e) => /^event-(.+)@/.exec(e.uid)?.[1]).sort()).toEqual(own.map((e) => e.slug).sort());
        expect(page(`${lang}/hubs/${slug}/`).doc.querySelector(`a[data-ics][href="${url(file)}"]`)).not.toBeNull();
      }
    }
  });
});
