// The pages a public site owes its readers: the accessibility statement and the privacy page, in every
// language, linked from every page's footer and listed in the sitemap.
import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/i18n/locales';
import { dictionaries } from '../../src/i18n';
import { routesFor } from '../../src/i18n/routing';
import { hostingSettings } from '../../src/lib/settings';
import { unicefKazakhstan } from '../../src/lib/json-ld';
import { LANGUAGE_KEY } from '../../src/scripts/language-choice';
import { pageByUrl, pages, settings, sitemapUrls } from '../support/dist';

const routes = routesFor(settings.base);
const text = (url: string) => pageByUrl.get(url)?.doc.querySelector('main')?.text.replace(/\s+/g, ' ') ?? '';

describe('accessibility and privacy pages', () => {
  it('exist in every language, are indexable and are in the sitemap', () => {
    const sitemap = new Set(sitemapUrls());
    for (const lang of localeCodes) {
      for (const url of [routes.accessibility(lang), routes.privacy(lang)]) {
        const page = pageByUrl.get(url);
        expect(page, url).toBeDefined();
        expect(page!.doc.querySelector('meta[name=robots]'), url).toBeNull();
        expect(sitemap.has(url), `${url} in the sitemap`).toBe(true);
      }
    }
  });

  it('are linked from the footer of every page, in the page’s language', () => {
    const missing: string[] = [];
    for (const page of pages) {
      const lang = routes.split(page.url).locale;
      // The chooser at / has no footer: it is a list of the four languages.
      if (!lang) continue;
      const links = page.doc.querySelectorAll('footer a').map((a) => a.getAttribute('href'));
      for (const url of [routes.accessibility(lang), routes.privacy(lang)]) if (!links.includes(url)) missing.push(`${page.url} → ${url}`);
    }
    expect(missing).toEqual([]);
  });

  it('state the standard, the checks, the limits and where to turn, pointing to UNICEF Kazakhstan’s own website', () => {
    for (const lang of localeCodes) {
      const url = routes.accessibility(lang);
      const main = text(url);
      expect(main, url).toContain('WCAG 2.2');
      for (const tool of ['axe', 'Nu Html Checker', 'Lighthouse']) expect(main, `${url}: ${tool}`).toContain(tool);
      expect(pageByUrl.get(url)!.doc.querySelectorAll('main h2'), url).toHaveLength(4);
      const external = pageByUrl.get(url)!.doc.querySelectorAll('main a').map((a) => a.getAttribute('href'));
      expect(external, url).toEqual([unicefKazakhstan]);
      // No e-mail address or phone number of our own: none is published.
      expect(main, url).not.toMatch(/@|\+7|mailto/);
    }
  });

  it('name the one storage key the site uses, what offline reading keeps, and what the host’s logs keep as the deployer set it', () => {
    const { host, logDays } = hostingSettings(process.env);
    for (const lang of localeCodes) {
      const url = routes.privacy(lang);
      const page = pageByUrl.get(url)!;
      expect(page.doc.querySelectorAll('main code').map((c) => c.text), url).toEqual([LANGUAGE_KEY]);
      // "Use my location" leads to the finder on the hubs page.
      expect(page.doc.querySelectorAll('main a').map((a) => a.getAttribute('href')), url).toContain(routes.hubFinder(lang));
      // What the service worker keeps is listed, and can be removed, on the saved-pages page.
      expect(page.doc.querySelectorAll('section[aria-labelledby="offline"] a').map((a) => a.getAttribute('href')), url).toEqual([routes.saved(lang)]);
      const main = text(url);
      if (host) expect(main, url).toContain(host);
      if (!logDays) expect(main, url).toContain(dictionaries[lang]['privacy.logs.unknown']);
    }
  });
});
