/**
 * The search itself, loaded when the reader opens it: runs Pagefind (loaded
 * from <base>pagefind/pagefind.js, in the page's language index) and draws the
 * results with our strings (data-* attributes of the panel, from the dictionaries).
 */
import type { Locale } from '../i18n/locales';
import { buildExcerpt } from '../lib/search/excerpt';
import { keyedLanguages, matchPositions, pagefindQuery, queryWords, wordKey } from '../lib/search/query';
import { correctQueryFrom, type BucketLookup } from '../lib/search/correct';
import { bucketFile, type WordBucketList } from '../lib/search/word-buckets';
import { bareWord, splitWords, tokens } from '../lib/search/text';

interface PagefindResultData {
  url: string;
  content: string;
  locations: number[];
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface PagefindResponse {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
}
interface Pagefind {
  options: (o: object) => Promise<void>;
  search: (q: string | null, o?: { filters?: Record<string, string> }) => Promise<PagefindResponse>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

/**
 * Results drawn at a time: each one fetches its page's text (a Pagefind fragment), so the first
 * answer on a slow connection carries five, and "Show more results" draws the next five.
 */
const batch = 5;

let pagefindLoad: Promise<Pagefind> | undefined;
function loadPagefind(base: string): Promise<Pagefind> {
  pagefindLoad ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    await pagefind.options({
      // The index is small: searching on the main thread spares a second copy of Pagefind's code (its worker).
      noWorker: true,
      // Titles and our Kazakh title keys weigh like Pagefind's own title boost.
      ranking: { metaWeights: { title: 5, tkeys: 5, keys: 1, section: 0, date: 0 } },
    });
    return pagefind;
  })();
  return pagefindLoad;
}

/**
 * The typo-correction words of a language, fetched by bucket as queries need them
 * (src/lib/search/word-buckets.ts): first the list of buckets, then each bucket once.
 */
function wordLookup(base: string, lang: Locale): BucketLookup {
  const getJson = <T>(url: string, empty: T) => fetch(url).then((r) => (r.ok ? (r.json() as Promise<T>) : empty)).catch(() => empty);
  let list: Promise<{ folder: string; prefixes: Set<string> }> | undefined;
  const buckets = new Map<string, Promise<string[]>>();
  return async (prefixes) => {
    list ??= getJson<WordBucketList>(`${base}pagefind/words.${lang}.json`, { folder: '', prefixes: [] }).then((l) => ({ folder: l.folder, prefixes: new Set(l.prefixes) }));
    const { folder, prefixes: existing } = await list;
    const lists = await Promise.all(
      prefixes
        .filter((p) => existing.has(p))
        .map((p) => {
          if (!buckets.has(p)) buckets.set(p, getJson<string[]>(`${base}pagefind/words/${folder}/${bucketFile(p)}.json`, []));
          return buckets.get(p) ?? Promise.resolve([]);
        }),
    );
    return lists.flat();
  };
}

export async function mountSearch(panel: HTMLElement): Promise<void> {
  const d = panel.dataset;
  const lang = d.lang as Locale;
  const base = d.base ?? '/';
  const intl = d.intl ?? lang;
  const sections = JSON.parse(d.sections ?? '{}') as Record<string, string>;
  const input = panel.querySelector<HTMLInputElement>('[data-search-input]');
  const form = panel.querySelector<HTMLFormElement>('[data-search-form]');
  const status = panel.querySelector<HTMLElement>('[data-search-status]');
  const list = panel.querySelector<HTMLOListElement>('[data-search-results]');
  const template = panel.querySelector<HTMLTemplateElement>('[data-search-result]');
  const selects = [...panel.querySelectorAll<HTMLSelectElement>('[data-search-filter]')];
  if (!input || !form || !status || !list || !template) return;
  // Made here rather than in the markup: the panel is on every page, and this spares each one its bytes.
  const more = document.createElement('button');
  more.type = 'button';
  more.hidden = true;
  more.className = 'mt-4 rounded border border-ink px-4 py-2 font-bold';
  more.textContent = d.more ?? '';
  more.dataset.searchMore = '';
  list.after(more);
  const plurals = new Intl.PluralRules(intl);
  const numbers = new Intl.NumberFormat(intl);
  const dates = new Intl.DateTimeFormat(intl, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

  status.textContent = d.loading ?? '';
  // The words of the site, for the typo correction: the list of buckets fetched beside Pagefind.
  const lookupWords = wordLookup(base, lang);
  void lookupWords([]);
  let pagefind: Pagefind;
  try {
    pagefind = await loadPagefind(base);
    const hubSelect = selects.find((s) => s.dataset.searchFilter === 'hub');
    const hubs = Object.keys((await pagefind.filters()).hub ?? {}).sort((a, b) => a.localeCompare(b, intl));
    for (const hub of hubs) hubSelect?.append(new Option(hub, hub));
  } catch {
    // Offline without the saved index (the saved-pages page saves it): say it needs a connection.
    status.textContent = (navigator.onLine ? d.error : d.needsNetwork) ?? '';
    return;
  }
  status.textContent = '';

  const params = new URLSearchParams(location.search);
  if (!input.value) input.value = params.get('q') ?? '';

  let latest = 0;
  /** Draws the next results of the latest query. */
  let showMore = async () => {};
  more.addEventListener('click', () => void showMore());
  const run = async () => {
    const run = ++latest;
    const query = input.value.trim();
    const filters: Record<string, string> = {};
    for (const s of selects) if (s.value && s.dataset.searchFilter) filters[s.dataset.searchFilter] = s.value;
    if (!query && Object.keys(filters).length === 0) {
      list.replaceChildren();
      more.hidden = true;
      status.textContent = '';
      panel.dataset.searchDone = '';
      return;
    }
    let words = queryWords(lang, query);
    // A word the site never uses is most likely misspelt: search for the nearest word it uses instead.
    const fix = await correctQueryFrom(words, lookupWords);
    let response = await pagefind.search(query ? (fix.changed ? fix.words.join(' ') : pagefindQuery(lang, query)) : null, { filters });
    let corrected = fix.changed && response.results.length > 0;
    if (fix.changed && !corrected) response = await pagefind.search(pagefindQuery(lang, query), { filters });
    if (corrected) words = fix.words;
    const data = await Promise.all(response.results.slice(0, batch).map((r) => r.data()));
    if (run !== latest) return;
    list.replaceChildren(...data.map((item) => renderResult(item, words)));
    let busy = false;
    showMore = async () => {
      // A second press while the next results load would draw them twice.
      if (busy) return;
      busy = true;
      const from = list.children.length;
      const next = await Promise.all(response.results.slice(from, from + batch).map((r) => r.data())).finally(() => (busy = false));
      if (run !== latest) return;
      const items = next.map((item) => renderResult(item, words));
      list.append(...items);
      more.hidden = list.children.length >= response.results.length;
      // Focus goes to the first new result, so keyboard and screen-reader users carry on from there.
      items[0]?.querySelector<HTMLAnchorElement>('[data-result-link]')?.focus();
    };
    more.hidden = data.length >= response.results.length;
    const n = response.results.length;
    const counted = fill(d[`count${capitalize(plurals.select(n))}`] ?? d.countOther ?? '', { n: numbers.format(n) });
    if (n === 0) status.textContent = fill(d.none ?? '', { q: query });
    else if (corrected) status.textContent = `${fill(d.corrected ?? '', { q: shownQuery(words, data[0]) })} ${counted}`;
    else status.textContent = counted;
    // Tests and the benchmark wait for this: the results of `query` are on screen.
    panel.dataset.searchDone = query;
  };

  /** The corrected query in words the reader knows: Kazakh keys are shown as the first result writes them. */
  const shownQuery = (words: string[], first: PagefindResultData | undefined) => {
    if (!keyedLanguages.has(lang) || !first) return words.join(' ');
    const text = splitWords(first.content).map(bareWord);
    return words.map((w) => text.find((t) => tokens(t).some((p) => wordKey(lang, p).startsWith(w)))?.toLocaleLowerCase(intl) ?? w).join(' ');
  };

  const renderResult = (item: PagefindResultData, words: string[]) => {
    const node = template.content.firstElementChild?.cloneNode(true) as HTMLElement;
    const link = node.querySelector<HTMLAnchorElement>('[data-result-link]');
    if (link) {
      link.href = item.url;
      link.textContent = item.meta.title ?? item.url;
    }
    const section = node.querySelector('[data-result-section]');
    if (section) section.textContent = sections[item.meta.section ?? ''] ?? '';
    const date = node.querySelector<HTMLElement>('[data-result-date]');
    if (date && item.meta.date) {
      // The <time> is made here: an empty one in the template would not be valid HTML.
      const time = document.createElement('time');
      time.dateTime = item.meta.date;
      time.textContent = dates.format(new Date(item.meta.date));
      date.append(time);
      date.hidden = false;
    }
    const excerpt = node.querySelector('[data-result-excerpt]');
    const hits = keyedLanguages.has(lang) ? matchPositions(lang, item.content, words) : item.locations;
    for (const part of buildExcerpt(item.content, hits)) {
      if (part.mark) {
        const mark = document.createElement('mark');
        mark.textContent = part.text;
        excerpt?.append(mark);
      } else excerpt?.append(part.text);
    }
    return node;
  };

  let timer: number | undefined;
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void run(), 120);
  });
  for (const s of selects) s.addEventListener('change', () => void run());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  if (input.value) void run();
}

/** Fills `{name}` placeholders (the dictionaries' own `fill`, without loading every dictionary here). */
function fill(text: string, vars: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (match, name: string) => vars[name] ?? match);
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
