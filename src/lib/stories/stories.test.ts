import { describe, expect, it } from 'vitest';
import { paginate, readingMinutes, relatedStories } from './stories';

describe('readingMinutes', () => {
  it('counts words at 200 a minute, ignoring frontmatter and tags', () => {
    expect(readingMinutes(`---\ntitle: x\n---\n${'слово '.repeat(600)}<Num id="a" />`)).toBe(3);
    expect(readingMinutes('a few words')).toBe(1);
  });
});

describe('paginate', () => {
  it('splits into pages and keeps one empty page for an empty list', () => {
    expect(paginate([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(paginate([], 6)).toEqual([[]]);
  });
});

describe('relatedStories', () => {
  const d = (s: string) => new Date(s);
  const a = { slug: 'a', date: d('2026-01-01'), hub: 'kokshetau', topics: ['hubs'], articles: [12] };
  const b = { slug: 'b', date: d('2026-02-01'), topics: ['hubs'], articles: [] };
  const c = { slug: 'c', date: d('2026-03-01'), hub: 'kokshetau', topics: ['rights'], articles: [12] };
  const e = { slug: 'e', date: d('2026-04-01'), topics: ['environment'], articles: [24] };
  it('ranks by shared hub, topics and articles, never the story itself or unrelated ones', () => {
    expect(relatedStories(a, [a, b, c, e]).map((s) => s.slug)).toEqual(['c', 'b']);
  });
});
