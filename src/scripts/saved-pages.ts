/**
 * The saved-pages page and the offline page: lists what is kept on this device (titles read
 * from the kept copies themselves), lets the reader remove saved pages, and save or remove the
 * search index of the language (its size shown first, from the build's offline.json).
 */
import { ask, offlineWorks, type Kept } from './offline';

async function titleOf(url: string): Promise<string> {
  const html = await (await caches.match(url))?.text();
  const doc = html ? new DOMParser().parseFromString(html, 'text/html') : undefined;
  return doc?.querySelector('h1')?.textContent?.trim() || doc?.title || url;
}

/** Fills a list with links to kept pages, titled from their kept copies (all at once: no empty link is ever shown). */
async function fill(list: HTMLElement, template: HTMLTemplateElement, urls: string[], remove: ((url: string, item: HTMLElement) => void) | undefined) {
  const titles = await Promise.all(urls.map(titleOf));
  list.replaceChildren();
  urls.forEach((url, i) => {
    const title = titles[i] ?? url;
    const item = template.content.firstElementChild?.cloneNode(true) as HTMLElement;
    const link = item.querySelector<HTMLAnchorElement>('[data-kept-link]');
    const button = item.querySelector<HTMLButtonElement>('[data-kept-remove]');
    if (link) {
      link.href = url;
      link.textContent = title;
    }
    if (button) {
      const hidden = button.querySelector('[data-kept-title]');
      if (hidden) hidden.textContent = ` ${title}`;
      if (remove) button.addEventListener('click', () => remove(url, item));
      else button.remove();
    }
    list.append(item);
  });
}

export async function initSavedPages() {
  const root = document.querySelector<HTMLElement>('[data-kept]');
  if (!root || !offlineWorks()) return;
  const msg = (name: string) => root.dataset[name] ?? '';
  const lang = root.dataset['lang'] ?? '';
  const savedList = root.querySelector<HTMLElement>('[data-kept-saved]');
  const coreList = root.querySelector<HTMLElement>('[data-kept-core]');
  const template = root.querySelector<HTMLTemplateElement>('[data-kept-item]');
  const status = root.querySelector<HTMLElement>('[data-kept-status]');
  const empty = root.querySelector<HTMLElement>('[data-kept-empty]');
  if (!savedList || !coreList || !template || !status || !empty) return;
  const managing = root.dataset['manage'] !== undefined;
  const kept = await ask<Kept>({ type: 'list' });
  const remove = async (url: string, item: HTMLElement) => {
    await ask({ type: 'remove', url });
    item.remove();
    status.textContent = msg('removed');
    empty.hidden = savedList.children.length > 0;
    savedList.closest('section')?.querySelector<HTMLElement>('h2')?.focus();
  };
  await fill(savedList, template, kept.saved, managing ? remove : undefined);
  // The core pages of this language that are kept (none when the browser asked to save data).
  const core = kept.core.filter((url) => url.startsWith(root.dataset['home'] ?? '') && !kept.saved.includes(url) && url !== location.pathname);
  await fill(coreList, template, core, undefined);
  coreList.closest('section')?.toggleAttribute('hidden', core.length === 0);
  empty.hidden = kept.saved.length > 0;
  root.querySelectorAll<HTMLElement>('[data-kept-js]').forEach((el) => (el.hidden = false));
  root.querySelectorAll<HTMLElement>('[data-kept-nojs]').forEach((el) => (el.hidden = true));

  const search = root.querySelector<HTMLElement>('[data-kept-search]');
  const button = search?.querySelector<HTMLButtonElement>('button');
  const searchStatus = search?.querySelector<HTMLElement>('[role=status]');
  if (!search || !button || !searchStatus) return;
  let bytes = 0;
  try {
    const plan = (await (await fetch(root.dataset['plan'] ?? '')).json()) as { search: Record<string, { bytes: number }> };
    bytes = plan.search[lang]?.bytes ?? 0;
  } catch {
    // Offline: the size is not known, and saving needs the network anyway.
  }
  let saved = kept.search.includes(lang);
  const size = new Intl.NumberFormat(root.dataset['intl'], { maximumFractionDigits: 0 }).format(Math.max(1, Math.round(bytes / 1024)));
  const show = () => {
    button.textContent = saved ? msg('searchRemove') : msg('searchSave').replace('{size}', size);
    button.disabled = !saved && !bytes;
  };
  show();
  search.hidden = false;
  button.addEventListener('click', async () => {
    button.disabled = true;
    searchStatus.textContent = saved ? '' : msg('searchSaving');
    try {
      await ask({ type: saved ? 'unsearch' : 'search', lang });
      saved = !saved;
      searchStatus.textContent = msg(saved ? 'searchDone' : 'searchRemoved');
    } catch {
      searchStatus.textContent = msg('failed');
    }
    show();
  });
}
