import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE, normalizeBase, siteSettings } from './settings';

describe('siteSettings', () => {
  it('has documented defaults', () => {
    expect(siteSettings({})).toEqual({ site: DEFAULT_SITE, base: '/', contentDir: 'content' });
  });
  it('reads SITE_URL, BASE_PATH and CONTENT_DIR', () => {
    expect(siteSettings({ SITE_URL: 'https://a.org/', BASE_PATH: 'volunteers', CONTENT_DIR: '/tmp/c' })).toEqual({
      site: 'https://a.org',
      base: '/volunteers/',
      contentDir: '/tmp/c',
    });
  });
  it('rejects a site address with a path', () => {
    expect(() => siteSettings({ SITE_URL: 'https://a.org/x' })).toThrow(/SITE_URL/);
  });
  it('normalises base paths', () => {
    expect(normalizeBase('/a/b/')).toBe('/a/b/');
    expect(normalizeBase('')).toBe('/');
  });
});
