/**
 * Root-relative links written in content (`[how to join](/en/programme/join/)`) made to
 * work when the site is served under a base path (BASE_PATH, e.g. GitHub Pages' /volunteers/).
 * Editors keep writing site addresses as the reader sees them at the root.
 */

/**
 * @example withBase('/en/hubs/', '/volunteers/') // '/volunteers/en/hubs/'
 * @example withBase('https://unicef.org/', '/volunteers/') // 'https://unicef.org/' (other origins unchanged)
 * @example withBase('/volunteers/en/', '/volunteers/') // '/volunteers/en/' (already based)
 */
export function withBase(href: string, base: string): string {
  if (base === '/' || !href.startsWith('/') || href.startsWith('//') || href.startsWith(base)) return href;
  return base + href.slice(1);
}

/**
 * A Sätteri mdast plugin (Astro 7's Markdown and MDX processor): `withBase` on the URL
 * of every link, image and link definition of the content.
 */
export function baseLinks(base: string) {
  const rebase = (node: { url: string }, ctx: { setProperty: (node: never, key: 'url', value: string) => void }) => {
    const url = withBase(node.url, base);
    if (url !== node.url) ctx.setProperty(node as never, 'url', url);
  };
  return { name: 'site:base-links', link: rebase, image: rebase, definition: rebase };
}
