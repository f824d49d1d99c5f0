/** Copy link and native share for the share box: shown only where the browser can do them. */
export function initShare() {
  for (const box of document.querySelectorAll<HTMLElement>('[data-share]')) {
    const url = box.dataset['url'] ?? location.href;
    const title = box.dataset['title'] ?? document.title;
    const status = box.querySelector<HTMLElement>('[data-copied-message]');
    const copyItem = box.querySelector<HTMLElement>('[data-copy-item]');
    if (copyItem && navigator.clipboard) {
      copyItem.hidden = false;
      copyItem.querySelector('button')?.addEventListener('click', () => {
        // The browser may still refuse (permission denied): then say nothing rather than "copied".
        navigator.clipboard.writeText(url).then(
          () => {
            if (status) status.textContent = status.dataset['text'] ?? '';
          },
          () => undefined,
        );
      });
    }
    const nativeItem = box.querySelector<HTMLElement>('[data-native-item]');
    if (nativeItem && typeof navigator.share === 'function') {
      nativeItem.hidden = false;
      nativeItem.querySelector('button')?.addEventListener('click', () => {
        // A reader who closes the share sheet is not an error.
        navigator.share({ title, url }).catch(() => undefined);
      });
    }
  }
}
