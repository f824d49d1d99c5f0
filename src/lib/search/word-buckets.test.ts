import { describe, expect, it } from 'vitest';
import { bucketFile, bucketPrefix, bucketWords, neighbourPrefixes } from './word-buckets';
import { correctQueryFrom } from './correct';
import { rankKeys } from './vocabulary';

describe('word buckets', () => {
  it('puts each word in the bucket of its first two letters, keeping the ranking', () => {
    const buckets = bucketWords(['мектеп', 'бала', 'мекен', 'балалар', 'health']);
    expect([...buckets]).toEqual([
      ['ме', ['мектеп', 'мекен']],
      ['ба', ['бала', 'балалар']],
      ['he', ['health']],
    ]);
  });
  it('names bucket files with plain ASCII, one name per beginning', () => {
    expect(bucketFile('ме')).toBe('43c-435');
    expect(bucketFile('ed')).toBe('65-64');
    expect(bucketFile('éd')).not.toBe(bucketFile('ed'));
    expect(bucketPrefix('құқық')).toBe('құ');
  });
  it('looks for an extra second letter and the first two swapped in other buckets', () => {
    expect(neighbourPrefixes('hhealth')).toEqual(['he']);
    expect(neighbourPrefixes('ehalth')).toEqual(['ea', 'he']);
    expect(neighbourPrefixes('vxolunteer')).toEqual(['vo', 'xv']);
  });
  it('keeps no bucket bigger than the words sharing its beginning, however many other words the site has', () => {
    // The buckets a query needs hold only words of its beginnings: 10,000 words more elsewhere change nothing.
    const small = rankKeys([['health', 'helping', 'volunteer']]);
    const large = rankKeys([['health', 'helping', 'volunteer', ...Array.from({ length: 10_000 }, (_, i) => `zz${i.toString(36)}word`)]]);
    expect(bucketWords(large).get('he')).toEqual(bucketWords(small).get('he'));
  });
});

describe('typo correction from buckets', () => {
  const site = ['health', 'helping', 'volunteer', 'мектеп', 'кокшетау', 'discrimination'];
  const buckets = bucketWords(site);
  /** A lookup that records which buckets were asked for, as the browser fetches them. */
  const lookupOf = (asked: string[]) => async (prefixes: readonly string[]) => {
    asked.push(...prefixes);
    return prefixes.flatMap((p) => buckets.get(p) ?? []);
  };

  it('corrects a misspelt word from its own bucket, fetching nothing else', async () => {
    const asked: string[] = [];
    expect(await correctQueryFrom(['helth', 'кокшетуа'], lookupOf(asked))).toEqual({ words: ['health', 'кокшетау'], changed: true });
    expect(asked.sort()).toEqual(['he', 'ко']);
  });
  it('finds a word whose first two letters were swapped or whose second letter was doubled', async () => {
    expect((await correctQueryFrom(['ehalth'], lookupOf([]))).words).toEqual(['health']);
    expect((await correctQueryFrom(['vvolunteer'], lookupOf([]))).words).toEqual(['volunteer']);
  });
  it('leaves known words, beginnings of known words and short words alone, asking only for their own bucket', async () => {
    const asked: string[] = [];
    expect(await correctQueryFrom(['health', 'volun', 'he'], lookupOf(asked))).toEqual({ words: ['health', 'volun', 'he'], changed: false });
    expect(asked.sort()).toEqual(['he', 'vo']);
  });
  it('keeps a word with no near neighbour as typed', async () => {
    expect((await correctQueryFrom(['zzzzzz'], lookupOf([]))).words).toEqual(['zzzzzz']);
  });
});
