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
import { mapLinks } from '../../src/lib/hubs/geo';
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
      expect(text, slug).toContain(t['hubs.facts.unpublished']);
      expect(doc.querySelector(`svg[data-hub-map] g[data-hub="${slug}"] text`)?.text.trim()).toBe(cityIn(lang, slug));
      const links = doc.querySelectorAll('a[data-map-service]').map((a) => a.getAttribute('href')?.replace(/&amp;/g, '&'));
      expect(links, slug).toEqual(Object.values(mapLinks(hubs[slug].coords)));
      expect(doc.querySelector('#hub-events'), slug).not.toBeNull();
      expect(resolves(doc.querySelector('a[data-ics]')?.getAttribute('href') ?? ''), slug).toBe(true);
    }
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
    expect(events.length).toBeGreaterThanOrEqual(8);
    for (const e of events) for (const lang of localeCodes) expect(pageByUrl.has(url(`${lang}/hubs/events/${e.slug}/`)), `${lang} ${e.slug}`).toBe(true);
  });

  it('show only the precision the sources give, say so, and carry a schema.org Event', () => {
    const shymkent = page('en/hubs/events/shymkent-hub-opening/').doc;
    expect(shymkent.querySelector('time')?.getAttribute('datetime')).toBe('2025-11');
    expect(shymkent.querySelector('time')?.text).toBe('November 2025');
    expect(shymkent.querySelector('[data-precision-note]')?.text).toMatch(/^Only the month is known/);
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

  it('exist for every event in every language, as all-day events spanning the known period', () => {
    for (const lang of localeCodes) {
      for (const e of events) {
        const [event, ...rest] = parse(`${lang}/hubs/events/${e.slug}.ics`);
        expect(rest).toHaveLength(0);
        expect(event!.uid).toMatch(new RegExp(`^event-${e.slug}@`));
        expect(event!.summary).toBe(page(`${lang}/hubs/events/${e.slug}/`).doc.querySelector('h1')?.text.trim());
        expect(event!.startDate.isDate, e.slug).toBe(true);
        const days = event!.endDate.toJSDate().getTime() - event!.startDate.toJSDate().getTime();
        expect(days, e.slug).toBeGreaterThanOrEqual(28 * 86_400_000);
        // The description says the day was not published, in the calendar's language.
        const notes = [dictionaries[lang]['hubs.events.monthOnly'], dictionaries[lang]['hubs.events.yearOnly']];
        expect(notes.some((note) => event!.description.endsWith(note)), e.slug).toBe(true);
      }
    }
    const [shymkent] = parse('en/hubs/events/shymkent-hub-opening.ics');
    expect([shymkent!.startDate.toString(), shymkent!.endDate.toString()]).toEqual(['2025-11-01', '2025-12-01']);
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
