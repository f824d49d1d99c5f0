/** Pages of one kind: the language, the section and the depth of the address (`en/hubs/x/`). */
function kindOf(url: string, base: string): string {
  const parts = url.slice(base.length).split('/');
  return `${parts[0] ?? ''}/${parts[1] ?? ''}/${parts.length}`;
}

/**
 * The pages the browser sweep visits. Every page in CI (`CI` set), and locally up to `limit`
 * pages; past that a local run samples each language's sections evenly, so a developer with a
 * very large synthetic site still gets a quick run. `SWEEP=all` visits every page anyway.
 */
export function sweepSample(urls: string[], base: string, env = process.env, limit = 1500): string[] {
  if (env.CI || env.SWEEP === 'all' || urls.length <= limit) return urls;
  const groups = new Map<string, string[]>();
  for (const url of urls) {
    const key = kindOf(url, base);
    groups.set(key, [...(groups.get(key) ?? []), url]);
  }
  const share = limit / urls.length;
  return [...groups.values()].flatMap((group) => {
    const keep = Math.max(1, Math.round(group.length * share));
    const step = group.length / keep;
    return Array.from({ length: keep }, (_, i) => group[Math.floor(i * step)] ?? '');
  });
}

/** One page of each kind (language, section, depth): those are also checked in dark mode. */
export function darkModeSample(urls: string[], base: string): string[] {
  const kinds = new Map<string, string>();
  for (const url of urls) {
    const kind = kindOf(url, base).replace(/^[^/]*\//, '');
    if (!kinds.has(kind)) kinds.set(kind, url);
  }
  return [...kinds.values()];
}
