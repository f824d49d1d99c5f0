/**
 * The 54 articles of the Convention on the Rights of the Child: number, group
 * and related articles, the same in every language (titles and summaries are
 * in content/crc/<lang>.yaml). Groups follow docs/content-guide/crc-articles.md:
 * each article sits in its main group only.
 */
export const crcGroups = [
  'definition',
  'general-principles',
  'civil-rights',
  'family',
  'health-welfare',
  'education-play',
  'special-protection',
  'implementation',
] as const;
export type CrcGroup = (typeof crcGroups)[number];

export const groupMembers: Record<CrcGroup, readonly number[]> = {
  definition: [1],
  'general-principles': [2, 3, 6, 12],
  'civil-rights': [7, 8, 13, 14, 15, 16, 17],
  family: [5, 9, 10, 11, 18, 20, 21, 25],
  'health-welfare': [23, 24, 26, 27],
  'education-play': [28, 29, 30, 31],
  'special-protection': [19, 22, 32, 33, 34, 35, 36, 37, 38, 39, 40],
  implementation: [4, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54],
};

/** The four general principles frame every other right. */
export const generalPrinciples = groupMembers['general-principles'];

/**
 * Articles read together, from the Committee's clusters and the programme's
 * themes (BeKind ↔ 19, 28; Plastic Free ↔ 24, 29; participation ↔ 12, 13, 15, 42).
 */
const related: Record<number, readonly number[]> = {
  1: [2, 3],
  2: [3, 6, 12, 23, 30],
  3: [2, 6, 12, 18, 21],
  6: [2, 3, 24, 27],
  12: [3, 13, 15, 17, 42],
  13: [12, 14, 15, 17],
  15: [12, 13],
  16: [8, 13, 17],
  17: [13, 16, 29],
  19: [3, 28, 34, 37, 39],
  23: [2, 24, 28],
  24: [6, 27, 29],
  28: [19, 23, 29],
  29: [24, 28, 30, 31],
  31: [28, 29, 30],
  42: [4, 12, 45],
};

export interface CrcArticleFacts {
  number: number;
  group: CrcGroup;
  related: readonly number[];
}

function groupFor(n: number): CrcGroup {
  const group = crcGroups.find((g) => groupMembers[g].includes(n));
  if (!group) throw new Error(`Article ${n} has no group in src/data/crc.ts`);
  return group;
}

/** All 54 articles in order, with their group and related articles. */
export const crcArticles: readonly CrcArticleFacts[] = Array.from({ length: 54 }, (_, i) => {
  const number = i + 1;
  const group = groupFor(number);
  // Without a hand-picked list, the article's neighbours in its group are the closest reading.
  const siblings = groupMembers[group].filter((n) => n !== number);
  return { number, group, related: related[number] ?? siblings.slice(0, 4) };
});

/** Articles about violence, abuse and exploitation: their pages get the quick exit and the 111 help box. */
export const sensitiveArticles: readonly number[] = [19, 34, 35, 36, 37, 39];
