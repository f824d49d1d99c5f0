/**
 * Share links that need no script from any social network: each is a plain
 * address the network documents for sharing a URL. Nothing loads until the
 * reader follows one.
 */
export const networks = ['whatsapp', 'telegram', 'facebook', 'vk', 'email'] as const;
export type Network = (typeof networks)[number];

/** Names as the networks write them (not translated). */
export const networkNames: Record<Network, string> = {
  whatsapp: 'WhatsApp',
  telegram: 'Telegram',
  facebook: 'Facebook',
  vk: 'VK',
  email: 'E-mail',
};

/**
 * @example shareLinks('https://example.org/kk/stories/a/', 'Хаб ашылды').telegram
 *   // 'https://t.me/share/url?url=https%3A%2F%2Fexample.org%2Fkk%2Fstories%2Fa%2F&text=%D0%A5…'
 */
export function shareLinks(url: string, title: string): Record<Network, string> {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  return {
    whatsapp: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}`,
    telegram: `https://t.me/share/url?url=${u}&text=${t}`,
    facebook: `https://www.facebook.com/sharer/sharer.php?u=${u}`,
    vk: `https://vk.com/share.php?url=${u}&title=${t}`,
    email: `mailto:?subject=${t}&body=${encodeURIComponent(`${title}\n${url}`)}`,
  };
}
