import { describe, expect, it } from 'vitest';
import { buildExcerpt } from './excerpt';
import { correctQuery, editDistance, isKnown, nearestWord } from './correct';
import { isStopWord, matchPositions, pagefindQuery, queryWords } from './query';
import { facetsFromPath, isoDay } from './facets';
import { distinctKeys, keysBeyondText, vocabulary } from './vocabulary';

describe('queries per language', () => {
  it('turns Kazakh words into keys, typed with Kazakh or Russian letters', () => {
    expect(pagefindQuery('kk', 'Қазақстандағы мектептер')).toBe('казакстан мектеп');
    expect(pagefindQuery('kk', 'казакстандагы мектептерде')).toBe('казакстан мектеп');
    expect(queryWords('kk', 'кітабы!')).toEqual(['китап']);
  });
  it('sends other languages as typed: Pagefind stems them and folds accents and ё', () => {
    expect(pagefindQuery('ru', '  Ёлка ')).toBe('Ёлка');
    expect(pagefindQuery('es', 'educación')).toBe('educación');
    expect(queryWords('es', 'Educación')).toEqual(['educacion']);
  });
  it('leaves out the words a question is made of, in every language, unless nothing else is left', () => {
    expect(pagefindQuery('en', 'What is the Convention on the Rights of the Child?')).toBe('Convention Rights Child?');
    expect(pagefindQuery('en', "what's bullying")).toBe('bullying');
    expect(queryWords('en', 'how to join')).toEqual(['join']);
    expect(pagefindQuery('es', '¿Qué es la Convención?')).toBe('Convención?');
    expect(pagefindQuery('ru', 'что такое конвенция')).toBe('конвенция');
    expect(pagefindQuery('kk', 'Конвенция деген не')).toBe('конвенция');
    // Typed without Kazakh letters, and a query of stop words only.
    expect(queryWords('kk', 'мектеп жане бала')).toEqual(['мектеп', 'бала']);
    expect(pagefindQuery('en', 'what is')).toBe('what is');
    // Words that carry meaning stay, also when a stop word is their beginning.
    expect(isStopWord('en', 'issue')).toBe(false);
    expect(isStopWord('kk', 'мендер')).toBe(false);
  });
  it('finds the words of a Kazakh text that match the query keys, for the excerpt', () => {
    expect(matchPositions('kk', 'Біз мектепке бардық. Мектептегі сабақ', ['мектеп'])).toEqual([1, 3]);
    expect(matchPositions('kk', 'ЮНИСЕФ-тің Қазақстандағы хабы', ['казакстан'])).toEqual([1]);
  });
});

describe('buildExcerpt', () => {
  it('shows the words around the densest group of matches, marked', () => {
    const text = Array.from({ length: 50 }, (_, i) => `w${i}`).join(' ');
    const parts = buildExcerpt(text, [30, 32], 10);
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['w30', 'w32']);
    expect(parts[0]?.text.startsWith('… w28')).toBe(true);
    expect(parts.at(-1)?.text.endsWith(' …')).toBe(true);
  });
  it('starts at the beginning when nothing matched', () => {
    expect(buildExcerpt('a b c', [], 30)).toEqual([{ text: 'a b c', mark: false }]);
  });
});

describe('typo correction', () => {
  const words = ['health', 'volunteer', 'мектеп', 'кокшетау', 'discrimination'];
  it('measures one edit, a transposition included', () => {
    expect(editDistance('helth', 'health')).toBe(1);
    expect(editDistance('кокшетуа', 'кокшетау')).toBe(1);
    expect(editDistance('abc', 'xyz', 1)).toBe(2);
  });
  it('knows a word or its beginning', () => {
    expect(isKnown('volun', words)).toBe(true);
    expect(isKnown('helth', words)).toBe(false);
  });
  it('replaces a misspelt word by the nearest one, also when only its beginning was typed', () => {
    expect(nearestWord('helth', words)).toBe('health');
    expect(nearestWord('мекткп', words)).toBe('мектеп');
    expect(nearestWord('discrimnat', words)).toBe('discrimina');
  });
  it('leaves short words and words with no near neighbour alone', () => {
    expect(correctQuery(['he', 'zzzzzz', 'volunter'], words)).toEqual({ words: ['he', 'zzzzzz', 'volunteer'], changed: true });
    expect(correctQuery(['health'], words)).toEqual({ words: ['health'], changed: false });
  });
});

describe('facets and vocabulary', () => {
  it('reads the section and a hub from the address', () => {
    expect(facetsFromPath('hubs/aktau/')).toEqual({ section: 'hubs', hub: 'aktau' });
    expect(facetsFromPath('hubs/')).toEqual({ section: 'hubs' });
    expect(facetsFromPath('rights/articles/12/')).toEqual({ section: 'rights' });
    expect(facetsFromPath('search/')).toEqual({});
    expect(isoDay(new Date('2026-11-10T00:00:00Z'))).toBe('2026-11-10');
  });
  it('lists distinct keys and the vocabulary, most widespread first', () => {
    expect(distinctKeys('kk', 'Мектептер мен мектепке')).toEqual(['мектеп', 'мен']);
    expect(vocabulary('en', ['Schools and hubs', 'Hubs'])).toEqual(['hubs', 'schools']);
  });
  it('keeps for a Kazakh page the keys that are not already words of its text', () => {
    expect(distinctKeys('kk', 'Мектеп және мектептерде')).toEqual(['мектеп', 'жане']);
    expect(keysBeyondText('kk', 'Мектеп және мектептерде')).toEqual(['жане']);
    expect(keysBeyondText('kk', 'Бала мен ана')).toEqual([]);
  });
});
