/**
 * Build settings read from the environment, with documented defaults
 * (see README, "Deploying"). One place, so the config, the content loader
 * and the tests agree.
 */
export interface SiteSettings {
  /** Public origin of the site, used for canonical URLs, hreflang and the sitemap. */
  site: string;
  /** Path the site is served under, always with leading and trailing slash. */
  base: string;
  /** Folder the content collections are read from (the scale benchmark points it elsewhere). */
  contentDir: string;
}

export const DEFAULT_SITE = 'https://volunteers.example.org';

/** @example normalizeBase('volunteers') // '/volunteers/' */
export function normalizeBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

export function siteSettings(env: Record<string, string | undefined>): SiteSettings {
  const site = (env.SITE_URL ?? DEFAULT_SITE).replace(/\/+$/, '');
  if (!/^https?:\/\/[^/]+$/.test(site)) {
    throw new Error(`SITE_URL must be an origin such as https://example.org (got "${site}")`);
  }
  return {
    site,
    base: normalizeBase(env.BASE_PATH ?? '/'),
    contentDir: env.CONTENT_DIR ?? 'content',
  };
}
