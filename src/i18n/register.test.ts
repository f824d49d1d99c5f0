import { describe, expect, it } from 'vitest';
import { registerForPath } from './register';
import { useTranslations } from '../i18n';

describe('registerForPath', () => {
  it('is informal on the rights section and the article pages, formal elsewhere', () => {
    expect(registerForPath('/ru/rights/')).toBe('informal');
    expect(registerForPath('/kk/rights/protection-from-violence/')).toBe('informal');
    expect(registerForPath('/volunteers/es/rights/articles/19/', '/volunteers/')).toBe('informal');
    expect(registerForPath('/ru/programme/bekind/')).toBe('formal');
    expect(registerForPath('/kk/stories/endviolence-inside/')).toBe('formal');
    expect(registerForPath('/en/')).toBe('formal');
    expect(registerForPath('/ru/rightsholders/')).toBe('formal');
  });
});

describe('shared components in both registers', () => {
  it('address the reader as вы/сіз on formal pages and ты/сен on informal ones', () => {
    const ru = { formal: useTranslations('ru', 'formal'), informal: useTranslations('ru', 'informal') };
    const kk = { formal: useTranslations('kk', 'formal'), informal: useTranslations('kk', 'informal') };
    const ty = /(?<!\p{L})(ты|тебе|тебя|твой|твое|твои|позвони|напиши|отсканируй)(?!\p{L})/iu;
    const sen = /(?<!\p{L})(сен|саған|сені)(?!\p{L})|атыңды|браузеріңнен|шал |сканерле(?!\p{L})/iu;
    for (const key of ['help.title', 'help.body', 'crc.qr', 'footer.privacy'] as const) {
      expect(ru.formal(key), key).not.toMatch(ty);
      expect(kk.formal(key), key).not.toMatch(sen);
    }
    expect(kk.informal('crc.qr')).toBe('Бұл бетті ашу үшін сканерле');
    expect(ru.informal('help.title')).toMatch(ty);
    expect(kk.informal('help.body')).toMatch(sen);
    expect(ru.informal('footer.privacy')).toMatch(/тебе/);
    // Keys without an informal twin are the same in both registers.
    expect(ru.informal('exit.label')).toBe(ru.formal('exit.label'));
    // Spanish uses tú on every page (glossary §1), so its two registers agree.
    expect(useTranslations('es', 'informal')('help.body')).toBe(useTranslations('es')('help.body'));
  });
});
