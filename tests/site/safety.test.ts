// Pages on violence, abuse and bullying carry the quick exit and the 111 help box, in every language.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { localeCodes } from '../../src/i18n/locales';
import { sensitiveArticles } from '../../src/data/crc';
import { listContentFiles } from '../../src/lib/content/content-files';
import { helpChannels } from '../../src/data/help';
import { pageByUrl, settings } from '../support/dist';

/** The pages an editor marked `sensitive: true` (README), and the Convention's articles on violence. */
const marked = listContentFiles(settings.contentDir).filter((f) =>
  /^---\n[\s\S]*?^sensitive: true$[\s\S]*?^---$/m.test(readFileSync(join(settings.contentDir, f.path), 'utf8')),
);
const sensitive = [...new Set(marked.map((f) => `${f.collection}/${f.slug}`)), ...sensitiveArticles.map((n) => `rights/articles/${n}`)];

describe('pages on violence, abuse and bullying', () => {
  it('have a quick exit that works as a plain link, and the 111 help box', () => {
    expect(marked.length, 'pages marked sensitive: true').toBeGreaterThan(0);
    const problems: string[] = [];
    for (const lang of localeCodes) {
      for (const path of sensitive) {
        const url = `${settings.base}${lang}/${path}/`;
        const doc = pageByUrl.get(url)?.doc;
        if (!doc) {
          problems.push(`${url}: missing`);
          continue;
        }
        const exit = doc.querySelector('a[data-quick-exit]');
        if (!exit || !/^https:\/\//.test(exit.getAttribute('href') ?? '')) problems.push(`${url}: no quick exit link`);
        // The help box offers exactly the channels of src/data/help.ts, each backed by a source.
        const channels = doc.querySelectorAll('aside a[data-help-channel]').map((a) => a.getAttribute('href'));
        if (channels.join(' ') !== helpChannels.map((c) => c.href).join(' ')) problems.push(`${url}: help box offers ${channels.join(', ') || 'nothing'}`);
        if (doc.querySelector('a[href^="sms:"]')) problems.push(`${url}: an sms: link no source backs`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('are the only pages with a quick exit', () => {
    const expected = new Set(localeCodes.flatMap((lang) => sensitive.map((p) => `${settings.base}${lang}/${p}/`)));
    const extra = [...pageByUrl.values()].filter((p) => p.doc.querySelector('a[data-quick-exit]') && !expected.has(p.url)).map((p) => p.url);
    expect(extra).toEqual([]);
  });
});
