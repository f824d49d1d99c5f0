/**
 * Offline reading, on every page of a language: registers the service worker
 * (src/scripts/service-worker.ts), asks it to keep the language's core pages (not when the
 * browser asks to save data) and drives the "Save for offline" button, which stays hidden where
 * it cannot work (no JavaScript, no service worker). What is saved stays on the device.
 */

/** One request to the service worker, one answer (over a MessageChannel). */
export async function ask<T = unknown>(message: Record<string, unknown>): Promise<T> {
  const worker = (await navigator.serviceWorker.ready).active;
  if (!worker) throw new Error('no service worker');
  return new Promise((resolve, reject) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event: MessageEvent<{ ok: boolean; result: T }>) => (event.data.ok ? resolve(event.data.result) : reject(new Error('failed')));
    worker.postMessage(message, [channel.port2]);
  });
}

export interface Kept {
  saved: string[];
  core: string[];
  search: string[];
}

export const offlineWorks = () => 'serviceWorker' in navigator && 'caches' in window;

export function initOffline() {
  const root = document.querySelector<HTMLElement>('[data-offline]');
  if (!root || !offlineWorks()) return;
  const { sw = '', scope = '', lang = '' } = root.dataset;
  navigator.serviceWorker.register(sw, { scope }).catch(() => undefined);
  // Save-Data: nothing is kept unless the reader asks.
  const saveData = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;
  if (!saveData) ask({ type: 'core', lang }).catch(() => undefined);

  const button = root.querySelector<HTMLButtonElement>('[data-offline-save]');
  const status = root.querySelector<HTMLElement>('[data-offline-status]');
  if (!button || !status) return;
  const msg = (name: string) => root.dataset[name] ?? '';
  const url = location.pathname;
  let saved = false;
  const show = () => (button.textContent = msg(saved ? 'remove' : 'save'));
  void ask<Kept>({ type: 'list' }).then((kept) => {
    saved = kept.saved.includes(url);
    show();
    root.hidden = false;
  });
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      if (saved) await ask({ type: 'remove', url });
      else {
        // The files this page loaded (scripts with their imports, fonts, images), so it reads the same offline.
        const assets = performance
          .getEntriesByType('resource')
          .map((e) => new URL(e.name))
          .filter((u) => u.origin === location.origin && u.pathname.startsWith(`${scope}_astro/`))
          .map((u) => u.pathname);
        await ask({ type: 'save', url, assets });
      }
      saved = !saved;
      status.textContent = msg(saved ? 'done' : 'removed');
    } catch {
      status.textContent = msg('failed');
    }
    button.disabled = false;
    show();
  });
}
