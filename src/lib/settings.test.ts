import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE, normalizeBase, siteSettings, hostingSettings } from './settings';

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

describe('hostingSettings', () => {
  it('leaves the host and the log period unset by default', () => {
    expect(hostingSettings({})).toEqual({ host: undefined, logDays: undefined });
    expect(hostingSettings({ HOST_NAME: ' ', HOST_LOG_DAYS: '' })).toEqual({ host: undefined, logDays: undefined });
  });
  it('reads HOST_NAME and HOST_LOG_DAYS', () => {
    expect(hostingSettings({ HOST_NAME: 'Netlify', HOST_LOG_DAYS: '30' })).toEqual({ host: 'Netlify', logDays: 30 });
  });
  it('names the setting and the expectation when the period is not a whole number of days', () => {
    expect(() => hostingSettings({ HOST_LOG_DAYS: '30 days' })).toThrow(/HOST_LOG_DAYS must be a whole number of days.*"30 days"/);
    expect(() => hostingSettings({ HOST_LOG_DAYS: '0' })).toThrow(/HOST_LOG_DAYS/);
  });
});
