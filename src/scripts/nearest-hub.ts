import { byDistance, roundKm } from '../lib/hubs/geo';

interface HubPoint {
  slug: string;
  city: string;
  title: string;
  url: string;
  lat: number;
  lon: number;
}

/**
 * "Use my location": finds the nearest hub by great-circle distance, in the
 * browser. The position is used here and nowhere else: nothing is sent, stored
 * or logged. Without geolocation the button stays hidden and the list of
 * regions (plain links) is the way in.
 */
export function initNearestHub() {
  const root = document.querySelector<HTMLElement>('[data-nearest-hub]');
  const box = root?.querySelector<HTMLElement>('[data-locate-box]');
  const button = root?.querySelector<HTMLButtonElement>('[data-locate]');
  const status = root?.querySelector<HTMLElement>('[data-locate-status]');
  if (!root || !box || !button || !status || !('geolocation' in navigator)) return;

  const hubs = JSON.parse(root.dataset['hubs'] ?? '[]') as HubPoint[];
  const msg = (name: string) => root.dataset[`msg${name}`] ?? '';
  // The unit comes from our dictionary: browsers' Intl has no Kazakh unit names.
  const numbers = new Intl.NumberFormat(root.dataset['locale'], { maximumFractionDigits: 0 });
  const distance = (km: number) => msg('Distance').replace('{km}', numbers.format(roundKm(km)));
  box.hidden = false;

  const say = (text: string, link?: { href: string; text: string }) => {
    status.replaceChildren(Object.assign(document.createElement('p'), { textContent: text }));
    if (link) {
      const p = document.createElement('p');
      p.append(Object.assign(document.createElement('a'), { href: link.href, textContent: link.text, className: 'font-bold' }));
      status.append(p);
    }
  };

  button.addEventListener('click', () => {
    button.disabled = true;
    say(msg('Locating'));
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        button.disabled = false;
        const [first] = byDistance(
          { lat: coords.latitude, lon: coords.longitude },
          hubs.map((h) => ({ id: h.slug, coords: { lat: h.lat, lon: h.lon } })),
        );
        const hub = hubs.find((h) => h.slug === first?.id);
        if (!first || !hub) return say(msg('Error'));
        const text = msg('Result').replace('{city}', hub.city).replace('{distance}', distance(first.km));
        say(text, { href: hub.url, text: hub.title });
      },
      (error) => {
        button.disabled = false;
        say(error.code === error.PERMISSION_DENIED ? msg('Denied') : msg('Error'));
      },
      // A city-level answer is enough: no high accuracy, a cached position will do.
      { enableHighAccuracy: false, maximumAge: 600_000, timeout: 20_000 },
    );
  });
}
