import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { helpChannels } from './help';
import { sources } from './sources';
import { dictionaries } from '../i18n';

describe('help channels', () => {
  it('each name a source that exists', () => {
    for (const c of helpChannels) expect(Object.keys(sources), c.href).toContain(c.source);
  });

  it('offer a way to call, and no SMS: no source says that an SMS reaches 111', () => {
    expect(helpChannels.some((c) => c.href.startsWith('tel:'))).toBe(true);
    expect(helpChannels.filter((c) => !c.href.startsWith('tel:'))).toEqual([]);
  });

  it('have a button text in every language', () => {
    for (const [lang, t] of Object.entries(dictionaries)) {
      for (const c of helpChannels) expect(t[c.label], `${lang} ${c.label}`).toBeTruthy();
    }
  });

  it('are the only links the help box has: it types none of its own', () => {
    const box = readFileSync(new URL('../components/HelpBox.astro', import.meta.url), 'utf8');
    expect(box).not.toMatch(/\b(?:tel|sms|mailto|https?):/);
    expect(box).toContain('helpChannels');
  });
});
