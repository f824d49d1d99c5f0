import { describe, expect, it } from 'vitest';
import { formatHeaders, headerCsp, headerRules, headersFor, IMMUTABLE, metaCspOf, parseHeaders, redirectsFile, SHORT } from './headers';

const csp = "default-src 'self';script-src 'self' 'sha256-abc=';style-src 'self';";

describe('headerCsp', () => {
  it('keeps the meta policy and adds frame-ancestors, which only works as a header', () => {
    expect(headerCsp(csp)).toBe("default-src 'self'; script-src 'self' 'sha256-abc='; style-src 'self'; frame-ancestors 'none'");
  });
});

describe('metaCspOf', () => {
  it('reads and unescapes the policy of a page', () => {
    const html = `<head><meta http-equiv="content-security-policy" content="default-src &#39;self&#39;"></head>`;
    expect(metaCspOf(html)).toBe("default-src 'self'");
    expect(metaCspOf('<head></head>')).toBeUndefined();
  });
});

describe('headerRules', () => {
  const files = ['index.html', 'en/index.html', 'en/a/index.html', '_astro/x.Ab12Cd34.css', 'pagefind/pagefind.js', 'pagefind/pagefind.en_2a2159c7cc.pf_meta', 'pagefind/fragment/en_1.pf_fragment', 'robots.txt'];
  const pages = [
    { path: '/v/', csp },
    { path: '/v/en/', csp },
    { path: '/v/en/a/', csp },
  ];

  it('sends one CSP for all paths when every page shares it, and caches by kind of file', () => {
    const rules = parseHeaders(formatHeaders(headerRules({ base: '/v/', files, pages })));
    const at = (path: string) => headersFor(rules, path);
    expect(at('/v/en/a/').get('content-security-policy')).toEqual([headerCsp(csp)]);
    expect(at('/v/en/a/').get('cache-control')).toEqual([SHORT]);
    expect(at('/v/').get('cache-control')).toEqual([SHORT]);
    expect(at('/v/_astro/x.Ab12Cd34.css').get('cache-control')).toEqual([IMMUTABLE]);
    expect(at('/v/pagefind/fragment/en_1.pf_fragment').get('cache-control')).toEqual([IMMUTABLE]);
    expect(at('/v/pagefind/pagefind.en_2a2159c7cc.pf_meta').get('cache-control')).toEqual([IMMUTABLE]);
    expect(at('/v/pagefind/pagefind.js').get('cache-control')).toEqual([SHORT]);
    expect(at('/v/robots.txt').get('permissions-policy')?.[0]).toContain('geolocation=(self)');
  });

  it('gives each page its own CSP, never two, when pages differ', () => {
    const other = "default-src 'self';script-src 'self' 'sha256-xyz=';";
    const rules = headerRules({ base: '/', files: ['en/a/index.html', 'en/b/index.html'], pages: [{ path: '/en/a/', csp }, { path: '/en/b/', csp: other }] });
    expect(headersFor(rules, '/en/a/').get('content-security-policy')).toEqual([headerCsp(csp)]);
    expect(headersFor(rules, '/en/b/').get('content-security-policy')).toEqual([headerCsp(other)]);
  });
});

describe('redirectsFile', () => {
  it('maps unknown addresses in each language to its 404 page', () => {
    expect(redirectsFile('/v/', ['en', 'kk']).split('\n')[0]).toBe('/v/en/*  /v/en/404/  404');
  });
});
