// The _headers and _redirects files static hosts read (Netlify, Cloudflare Pages), checked against the built pages.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOST_LIMITS, IMMUTABLE, SHORT, headerCsp, headersFor, metaCspOf, parseHeaders } from '../../src/lib/headers/headers';
import { distDir, distFiles, pages, resolves, settings, urlOf } from '../support/dist';

const text = readFileSync(join(distDir, '_headers'), 'utf8');
const rules = parseHeaders(text);
/** Every path a visitor can request: pages by their address, other files by name. */
const paths = distFiles.filter((f) => !f.startsWith('_headers') && f !== '_redirects').map((f) => (f.endsWith('.html') ? urlOf(f) : settings.base + f));

describe('_headers', () => {
  it('sends each page the CSP of its meta tag, plus frame-ancestors none', () => {
    for (const page of pages) {
      const meta = metaCspOf(readFileSync(join(distDir, page.file), 'utf8'));
      expect(meta, page.url).toBeDefined();
      const sent = headersFor(rules, page.url).get('content-security-policy');
      expect(sent, page.url).toEqual([headerCsp(meta ?? '')]);
      expect(sent?.[0], page.url).toContain("frame-ancestors 'none'");
      expect(sent?.[0], page.url).not.toContain('unsafe-inline');
    }
  });

  it('sends the security headers with every file', () => {
    for (const path of paths) {
      const sent = headersFor(rules, path);
      expect(sent.get('strict-transport-security')?.[0], path).toMatch(/^max-age=\d{8,}/);
      expect(sent.get('x-content-type-options'), path).toEqual(['nosniff']);
      expect(sent.get('referrer-policy'), path).toHaveLength(1);
      const permissions = sent.get('permissions-policy')?.[0] ?? '';
      expect(permissions, path).toContain('geolocation=(self)');
      expect(permissions, path).toContain('camera=()');
      expect(permissions, path).toContain('microphone=()');
    }
  });

  it('never sets a header twice for one path (hosts would join the values)', () => {
    for (const path of paths) {
      for (const [name, values] of headersFor(rules, path)) expect(values, `${path}: ${name}`).toHaveLength(1);
    }
  });

  it('caches hashed assets for a year and pages for minutes', () => {
    for (const path of paths) {
      const cache = headersFor(rules, path).get('cache-control')?.[0];
      const rel = path.slice(settings.base.length);
      if (rel.startsWith('_astro/') || /^pagefind\/(fragment|index)\//.test(rel)) expect(cache, path).toBe(IMMUTABLE);
      else if (rel === '' || rel.endsWith('/') || rel.endsWith('.html')) expect(cache, path).toBe(SHORT);
      else expect(cache, path).toMatch(/max-age=\d+/);
    }
  });

  it('stays within what Cloudflare Pages reads (100 rules, 2,000 characters a line)', () => {
    expect(rules.length).toBeLessThanOrEqual(HOST_LIMITS.rules);
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(HOST_LIMITS.lineLength);
  });
});

describe('pages under the CSP', () => {
  it('carry no inline event handlers, style attributes or javascript: links (no hash can allow them)', () => {
    const found: string[] = [];
    for (const page of pages) {
      for (const el of page.doc.querySelectorAll('*')) {
        for (const name of Object.keys(el.attributes)) {
          if (/^on/i.test(name) || name.toLowerCase() === 'style') found.push(`${page.url} <${el.tagName.toLowerCase()} ${name}>`);
        }
        const href = el.getAttribute('href') ?? el.getAttribute('src') ?? '';
        if (/^\s*javascript:/i.test(href)) found.push(`${page.url} ${href}`);
      }
    }
    expect(found).toEqual([]);
  });
});

describe('_redirects', () => {
  it('serves each language’s 404 page, which exists, for unknown addresses in it', () => {
    const file = join(distDir, '_redirects');
    expect(existsSync(file)).toBe(true);
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(4);
    for (const line of lines) {
      const [from, to, status] = line.split(/\s+/);
      expect(from, line).toMatch(new RegExp(`^${settings.base}[a-z]{2}/\\*$`));
      expect(status, line).toBe('404');
      expect(resolves(to ?? ''), line).toBe(true);
    }
  });
});
