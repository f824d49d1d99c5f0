import { describe, expect, it } from 'vitest';
import { networks, shareLinks } from './share';

const url = 'https://example.org/kk/stories/kokshetau-hub-launch/?x=1&y=2';
const title = 'Көкшетауда хаб ашылды: «жаңа» кезең & т.б.';

describe('shareLinks', () => {
  const links = shareLinks(url, title);
  it('has a link for every network', () => {
    expect(Object.keys(links).sort()).toEqual([...networks].sort());
  });
  it('carries the page address and the title, fully encoded, for every network', () => {
    for (const network of networks) {
      const link = new URL(links[network]);
      const params = [...link.searchParams.values()].join(' ');
      expect(params, network).toContain(url);
      if (network !== 'facebook') expect(params, network).toContain(title);
    }
  });
  it('uses each network’s documented share address', () => {
    expect(links.whatsapp).toMatch(/^https:\/\/wa\.me\/\?text=/);
    expect(links.telegram).toMatch(/^https:\/\/t\.me\/share\/url\?url=/);
    expect(links.facebook).toMatch(/^https:\/\/www\.facebook\.com\/sharer\/sharer\.php\?u=/);
    expect(links.vk).toMatch(/^https:\/\/vk\.com\/share\.php\?url=/);
    expect(links.email).toMatch(/^mailto:\?subject=/);
  });
  it('never leaves a raw & or space in a link', () => {
    for (const network of networks) expect(links[network].split('?')[1], network).not.toMatch(/[ «»]|&(?!(url|text|title|body|u)=)/);
  });
});
