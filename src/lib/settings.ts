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

/** What the privacy page says about the host's access logs; the deployer knows it, the code does not. */
export interface HostingSettings {
  /** Who hosts the site (HOST_NAME), e.g. "Netlify"; unset, the page does not name a host. */
  host: string | undefined;
  /** After how many days the host deletes its access logs (HOST_LOG_DAYS); unset, the page says it depends on the host. */
  logDays: number | undefined;
}

/**
 * @example hostingSettings({ HOST_NAME: 'Netlify', HOST_LOG_DAYS: '30' }) // { host: 'Netlify', logDays: 30 }
 */
export function hostingSettings(env: Record<string, string | undefined>): HostingSettings {
  const host = env.HOST_NAME?.trim() || undefined;
  const days = env.HOST_LOG_DAYS?.trim();
  if (days && !/^[1-9]\d*$/.test(days)) {
    throw new Error(`HOST_LOG_DAYS must be a whole number of days, such as 30 (got "${days}"); leave it empty when the host does not say`);
  }
  return { host, logDays: days ? Number(days) : undefined };
}
