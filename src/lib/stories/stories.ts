/** Pure helpers for the stories section: reading time, pages, related stories. */

/**
 * Minutes to read a text, at least one.
 * @example readingMinutes('word '.repeat(400)) // 2
 */
export function readingMinutes(text: string, wordsPerMinute = 200): number {
  const words = text
    .replace(/^---[\s\S]*?---/, '')
    .replace(/<[^>]+>/g, ' ')
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w)).length;
  return Math.max(1, Math.round(words / wordsPerMinute));
}

/**
 * Splits a list into pages of `size`.
 * @example paginate([1, 2, 3], 2) // [[1, 2], [3]]
 */
export function paginate<T>(items: readonly T[], size: number): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages.length ? pages : [[]];
}

export interface StoryFacts {
  slug: string;
  date: Date;
  hub?: string | undefined;
  topics: readonly string[];
  articles: readonly number[];
}

/**
 * Stories that share the most with this one (hub, topics, articles), newest first on a tie.
 * @example relatedStories(a, [a, b, c], 2) // the two closest, never `a` itself
 */
export function relatedStories<T extends StoryFacts>(story: StoryFacts, all: readonly T[], count = 3): T[] {
  const score = (other: StoryFacts) =>
    (story.hub && other.hub === story.hub ? 3 : 0) +
    2 * other.topics.filter((t) => story.topics.includes(t)).length +
    other.articles.filter((n) => story.articles.includes(n)).length;
  return all
    .filter((other) => other.slug !== story.slug)
    .map((other) => ({ other, score: score(other) }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || b.other.date.getTime() - a.other.date.getTime())
    .slice(0, count)
    .map(({ other }) => other);
}
