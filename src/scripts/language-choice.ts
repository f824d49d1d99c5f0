import { suggestLocale } from '../i18n/suggest-locale';

/** The one thing the site keeps in a reader's browser (the privacy page names it). */
export const LANGUAGE_KEY = 'preferred-language';
const KEY = LANGUAGE_KEY;

/** Puts the suggested language first on `/`, and remembers the reader's choice on this device only. */
export function initLanguageChoice() {
  const list = document.querySelector<HTMLElement>('[data-language-choice]');
  if (!list) return;
  let remembered: string | null = null;
  try {
    remembered = localStorage.getItem(KEY);
  } catch {
    // Storage can be blocked; the plain links still work.
  }
  const suggested = suggestLocale(navigator.languages, remembered);
  const link = suggested && list.querySelector<HTMLAnchorElement>(`a[data-locale="${suggested}"]`);
  if (link) {
    link.querySelector('[data-suggested]')?.classList.remove('hidden');
    link.classList.add('border-brand');
    list.prepend(link.closest('li') ?? link);
  }
  list.addEventListener('click', (event) => {
    const target = (event.target as Element).closest<HTMLAnchorElement>('a[data-locale]');
    if (!target?.dataset.locale) return;
    try {
      localStorage.setItem(KEY, target.dataset.locale);
    } catch {
      // Not remembered; nothing else changes.
    }
  });
}
