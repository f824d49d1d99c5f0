/** Leaves at once: replace() keeps this page out of the Back history. */
export function initQuickExit() {
  const link = document.querySelector<HTMLAnchorElement>('[data-quick-exit]');
  if (!link) return;
  const leave = () => window.location.replace(link.href);
  link.addEventListener('click', (event) => {
    event.preventDefault();
    leave();
  });
  let presses = 0;
  let timer: number | undefined;
  document.addEventListener('keyup', (event) => {
    if (event.key !== 'Shift') return;
    presses += 1;
    window.clearTimeout(timer);
    timer = window.setTimeout(() => (presses = 0), 1000);
    if (presses >= 3) leave();
  });
}
