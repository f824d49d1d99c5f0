// Which register a page addresses its reader in, so that shared components (help box, quick exit,
// footer, the article pages' QR label) never mix ты/вы or сен/сіз on one page (docs/content-guide/glossary.md §1).
import type { Register } from './index';
import { isLocale } from './locales';

/**
 * `informal` on the child-facing rights section (`/<lang>/rights/…`: the explainers from content/rights and
 * the Convention's article pages under `/<lang>/rights/articles/`), `formal` everywhere else.
 * @example registerForPath('/kk/rights/articles/12/') // 'informal'
 * @example registerForPath('/volunteers/ru/programme/bekind/', '/volunteers/') // 'formal'
 */
export function registerForPath(pathname: string, base = '/'): Register {
  const path = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
  const [lang = '', section = ''] = path.split('/');
  return isLocale(lang) && section === 'rights' ? 'informal' : 'formal';
}
