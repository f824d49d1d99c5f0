/**
 * The only search code every page loads: it turns the header's search link
 * into a button that opens the dialog, binds "/" and Ctrl/Cmd+K, and loads
 * the search itself (search-ui.ts, then Pagefind) when the reader first opens
 * it. On the search page it shows the page's form and loads the search when
 * the reader starts typing, or at once when the address carries ?q=.
 */
type Mount = (panel: HTMLElement) => Promise<void>;

let loading: Promise<Mount> | undefined;
const mounted = new WeakSet<HTMLElement>();

function load(panel: HTMLElement) {
  if (mounted.has(panel)) return;
  mounted.add(panel);
  loading ??= import('./search-ui').then((m) => m.mountSearch);
  loading.then((mount) => mount(panel)).catch(() => {
    // The search's own script did not load (offline, not saved): say so; the next try loads again.
    loading = undefined;
    mounted.delete(panel);
    const status = panel.querySelector('[data-search-status]');
    if (status) status.textContent = panel.dataset['needsNetwork'] ?? '';
  });
}

/** Is the reader typing somewhere, so that "/" is a character and not a shortcut? */
function typing(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

export function initSearchTrigger() {
  const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
  const link = document.querySelector<HTMLAnchorElement>('[data-search-link]');
  const button = document.querySelector<HTMLButtonElement>('[data-search-open]');
  const pagePanel = document.querySelector<HTMLElement>('main [data-search-panel]');
  const dialogPanel = dialog?.querySelector<HTMLElement>('[data-search-panel]');

  if (pagePanel) {
    pagePanel.hidden = false;
    const input = pagePanel.querySelector<HTMLInputElement>('[data-search-input]');
    input?.addEventListener('focus', () => load(pagePanel), { once: true });
    if (new URLSearchParams(location.search).get('q')) load(pagePanel);
  }

  const open = () => {
    if (pagePanel) {
      pagePanel.querySelector<HTMLInputElement>('[data-search-input]')?.focus();
      return;
    }
    if (!dialog || !dialogPanel || dialog.open) return;
    dialog.showModal();
    dialogPanel.querySelector<HTMLInputElement>('[data-search-input]')?.focus();
    load(dialogPanel);
  };

  if (dialog && link && button) {
    link.hidden = true;
    button.hidden = false;
    button.addEventListener('click', open);
    dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
    // A click on the backdrop (the dialog box itself, outside its content) closes it.
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog.close();
    });
    // Escape closes the dialog even from the search field, where Chromium would first only clear the text.
    dialog.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      dialog.close();
    });
    // However it closes, focus goes back to the button that opened it.
    dialog.addEventListener('close', () => button.focus());
  }

  document.addEventListener('keydown', (event) => {
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !typing(event.target);
    const ctrlK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
    if (!slash && !ctrlK) return;
    event.preventDefault();
    open();
  });
}
