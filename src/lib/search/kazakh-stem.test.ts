import { describe, expect, it } from 'vitest';
import { kazakhKey, stemKazakh } from './kazakh-stem';

/** Every form in a row must get the row's key. */
const families: [key: string, forms: string[]][] = [
  ['мектеп', ['мектеп', 'мектепке', 'мектепте', 'мектептер', 'мектептерде', 'мектептен', 'мектептің', 'мектепті', 'мектептегі', 'мектебі', 'мектебінде', 'мектептеріміз']],
  ['китап', ['кітап', 'кітабы', 'кітабын', 'кітаптар', 'кітапқа', 'кітапта', 'кітаптың', 'кітабымыз']],
  ['бала', ['бала', 'балалар', 'балаларға', 'баланың', 'балаға', 'балада', 'баланы', 'балалардың', 'баламен']],
  ['кукык', ['құқық', 'құқығы', 'құқықтары', 'құқықтарың', 'құқықтарын', 'құқыққа', 'құқықтың', 'құқықтарыңыз']],
  ['жас', ['жас', 'жастар', 'жастарға', 'жастардың', 'жастары', 'жастармен']],
  ['волонтер', ['волонтер', 'волонтерлер', 'волонтерлерге', 'волонтерлердің', 'волонтерлермен', 'волонтерлерді']],
  ['хап', ['хаб', 'хабы', 'хабқа', 'хабтар', 'хабтарда', 'хабында', 'хабтың']],
  ['астана', ['Астана', 'Астанада', 'Астанаға', 'Астанадан', 'Астананың']],
  ['ашыл', ['ашылды', 'ашылған']],
  ['оку', ['оқу', 'оқуға', 'оқудың']],
];

describe('kazakhKey: every form of a word gets the same key', () => {
  for (const [key, forms] of families) {
    it(`${forms[0]} → ${key}`, () => {
      expect(forms.map(kazakhKey)).toEqual(forms.map(() => key));
    });
  }
  it('devoices a final ғ/г/б as Kazakh spelling does (жүрегі → жүрек, тарағы → тарақ)', () => {
    expect(kazakhKey('жүрегі')).toBe(kazakhKey('жүрек'));
    expect(kazakhKey('тарағы')).toBe(kazakhKey('тарақ'));
    expect(kazakhKey('кітабы')).toBe('китап');
  });
});

describe('stemKazakh', () => {
  it('strips plural, possessive and case in layers', () => {
    expect(stemKazakh('мектептеріміздегі')).toBe('мектеп');
    expect(stemKazakh('балаларымызға')).toBe('бала');
  });

  it('respects vowel harmony: a back suffix is not stripped from a front stem, nor the reverse', () => {
    // "-лар" does not follow "мүше" (front), "-тер" does not follow "құс" (back).
    expect(stemKazakh('мүшелар')).toBe('мүшелар');
    expect(stemKazakh('мүшелер')).toBe('мүше');
    expect(stemKazakh('құстер')).toBe('құстер');
    expect(stemKazakh('құстар')).toBe('құс');
  });

  it('respects the sound before a suffix: лар after vowels, дар after voiced, тар after voiceless consonants', () => {
    expect(stemKazakh('баладар')).toBe('баладар');
    expect(stemKazakh('адамдар')).toBe('адам');
    expect(stemKazakh('адамлар')).toBe('адамлар');
  });

  it('leaves short words and words without a suffix alone', () => {
    for (const word of ['бал', 'ана', 'үй', 'су', 'бала', 'ауа', 'өнер', 'BeKind', '111']) {
      expect(stemKazakh(word)).toBe(word.toLocaleLowerCase('kk'));
    }
  });

  it('keeps place names in -стан whole (not Қазақс + тан)', () => {
    expect(kazakhKey('Қазақстан')).toBe('казакстан');
    expect(kazakhKey('Қазақстандағы')).toBe('казакстан');
    expect(kazakhKey('Қазақстаннан')).toBe('казакстан');
  });

  it('strips н-suffixes only after a 3rd-person possessive (Астанада is not Аста + нада)', () => {
    expect(stemKazakh('Астанада')).toBe('астана');
    expect(stemKazakh('кітабында')).toBe('кітаб');
  });

  it('works on words typed with Russian letters', () => {
    expect(kazakhKey('мектептерде')).toBe(kazakhKey('мектепте'));
    expect(kazakhKey('казакстандагы')).toBe(kazakhKey('Қазақстандағы'));
    expect(kazakhKey('кукыктары')).toBe(kazakhKey('құқықтары'));
    expect(kazakhKey('балаларга')).toBe(kazakhKey('балаларға'));
    expect(kazakhKey('китабы')).toBe('китап');
  });
});
