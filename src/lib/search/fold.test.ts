import { describe, expect, it } from 'vitest';
import { foldKazakh, normalizeWord } from './fold';

describe('foldKazakh: Kazakh letters as typed on a Russian keyboard', () => {
  const pairs: [string, string][] = [
    ['Қазақстан', 'казакстан'],
    ['әже', 'аже'],
    ['ғылым', 'гылым'],
    ['таңғы', 'тангы'],
    ['өнер', 'онер'],
    ['ұлттық', 'улттык'],
    ['үй', 'уй'],
    ['һәм', 'хам'],
    ['білім', 'билим'],
    ['құқықтары', 'кукыктары'],
    ['Ёлка', 'елка'],
    ['BeKind', 'bekind'],
  ];
  for (const [kazakh, typed] of pairs) {
    it(`${kazakh} → ${typed}`, () => expect(foldKazakh(kazakh)).toBe(typed));
  }
  it('leaves words already typed with Russian letters unchanged', () => {
    expect(foldKazakh('казакстан')).toBe('казакстан');
  });
});

describe('normalizeWord', () => {
  it('replaces Latin look-alikes inside Cyrillic words (a Latin i for і)', () => {
    expect(normalizeWord('бiлiм')).toBe('білім');
    expect(normalizeWord('Мектeп')).toBe('мектеп');
  });
  it('leaves Latin words alone', () => {
    expect(normalizeWord('Plastic')).toBe('plastic');
  });
});
