/**
 * A small suffix-stripping stemmer for Kazakh (Cyrillic), ours because
 * Pagefind has none. It strips plural, possessive, case and common verb
 * endings from the end of a word, one layer at a time, and only when
 *
 * - the suffix's vowels agree with the stem's last vowel (vowel harmony:
 *   back а о ұ ы, front ә е ө ү і);
 * - the suffix's first consonant fits the sound before it (лар after vowels,
 *   дар after voiced consonants, тар after voiceless ones);
 * - enough of the word is left (at least three letters with a vowel).
 *
 * It also works on words typed with Russian letters (see fold.ts): there the
 * letters а о у и may stand for ә ө ү і, so they agree with either harmony.
 *
 * Used through `kazakhKey()`, which folds the stem and devoices its last
 * consonant (кітабы → кітаб → китап), so every form of a word gets the same key.
 */
import { foldKazakh, kazakhOnlyLetters, normalizeWord } from './fold';

type Harmony = 'back' | 'front' | 'any';

/** Suffixes, longest first within each group; the order of the list does not matter (longest match wins). */
const suffixes: readonly string[] = [
  // plural
  'лар', 'лер', 'дар', 'дер', 'тар', 'тер',
  // possessive (1sg, 2sg, 2sg polite, 3rd, 1pl) and possessive + case compounds
  'ым', 'ім', 'ың', 'ің', 'ыңыз', 'іңіз', 'ңыз', 'ңіз', 'ымыз', 'іміз', 'мыз', 'міз',
  'ы', 'і', 'сы', 'сі', 'ын', 'ін', 'сын', 'сін',
  // genitive, dative, accusative, locative, ablative, instrumental
  'ның', 'нің', 'дың', 'дің', 'тың', 'тің',
  'ға', 'ге', 'қа', 'ке',
  'ны', 'ні', 'ды', 'ді', 'ты', 'ті',
  'да', 'де', 'та', 'те',
  'дан', 'ден', 'тан', 'тен', 'нан', 'нен',
  'мен', 'бен', 'пен', 'менен', 'бенен', 'пенен',
  // attributive locative: Қазақстандағы, мектептегі
  'дағы', 'дегі', 'тағы', 'тегі', 'ндағы', 'ндегі',
  // verb endings: past, participles, converbs, verbal nouns, present, infinitive + dative
  'ған', 'ген', 'қан', 'кен', 'атын', 'етін', 'йтын', 'йтін',
  'ып', 'іп', 'ады', 'еді', 'йды', 'йді',
  'мыз', 'міз', 'сыңдар', 'сіңдер',
];

/** Suffixes that only follow a 3rd-person possessive ы/і (кітабында, үйіне): strip them only there. */
const afterPossessive: readonly string[] = ['нда', 'нде', 'на', 'не', 'ндағы', 'ндегі'];

const vowels = /[аәеөоұүыіиуэюяё]/;
const voiceless = /[пфкқтсшщхцчһ]/;
const devoicing = /[бвгғд]/;

function vowelHarmony(letter: string, plain: boolean): Harmony {
  if ('әеөүіэ'.includes(letter)) return 'front';
  if ('ыұ'.includes(letter)) return 'back';
  // On a Russian keyboard а, о, у, и also stand for ә, ө, ү, і.
  if ('аояё'.includes(letter)) return plain ? 'any' : 'back';
  return 'any';
}

/** The harmony of the last vowel of a stem, or of the first vowel of a suffix. */
function harmonyOf(text: string, plain: boolean, from: 'start' | 'end'): Harmony {
  const letters = from === 'end' ? [...text].reverse() : [...text];
  const vowel = letters.find((ch) => vowels.test(ch));
  return vowel ? vowelHarmony(vowel, plain) : 'any';
}

function agrees(a: Harmony, b: Harmony): boolean {
  return a === 'any' || b === 'any' || a === b;
}

/** Does the suffix's first consonant fit the last sound of the stem? */
function fitsSound(stem: string, suffix: string): boolean {
  const last = stem.at(-1) ?? '';
  const first = suffix[0] ?? '';
  // Plural and genitive take л/н after a vowel (балалар, баланың), never д/т; у and и
  // sound as consonants here (оқудың, таулар).
  if (/^(дар|дер|тар|тер|дың|дің|тың|тің)$/.test(suffix) && /[аәеөоұүыіэюяё]/.test(last)) return false;
  if ('тқкп'.includes(first)) return voiceless.test(last) || devoicing.test(last);
  if ('дғгб'.includes(first)) return !voiceless.test(last);
  if (first === 'л') return vowels.test(last) || 'руй'.includes(last);
  if (first === 'н' && suffix !== 'нан' && suffix !== 'нен') return vowels.test(last) || 'мнң'.includes(last);
  if (first === 'с') return vowels.test(last);
  if (vowels.test(first)) return !vowels.test(last);
  return true;
}

function longEnough(stem: string): boolean {
  return [...stem].length >= 3 && vowels.test(stem);
}

/** Suffix forms as a reader may type them: the Kazakh spelling, and for words without Kazakh letters the folded one. */
function candidates(plain: boolean): string[] {
  const all = [...suffixes, ...afterPossessive];
  return plain ? [...new Set([...all, ...all.map(foldKazakh)])] : all;
}
const properSuffixes = candidates(false).sort((a, b) => b.length - a.length);
const plainSuffixes = candidates(true).sort((a, b) => b.length - a.length);
const possessiveOnly = new Set([...afterPossessive, ...afterPossessive.map(foldKazakh)]);

/**
 * Strips inflectional suffixes from one Kazakh word (lower case or not).
 * @example stemKazakh('мектептерде') // 'мектеп'
 * @example stemKazakh('кітабы') // 'кітаб' (kazakhKey devoices it to 'китап')
 * @example stemKazakh('казакстандагы') // 'казакстан' (typed with Russian letters)
 */
export function stemKazakh(word: string): string {
  let stem = normalizeWord(word);
  const plain = !kazakhOnlyLetters.test(stem);
  const list = plain ? plainSuffixes : properSuffixes;
  for (let round = 0; round < 5; round++) {
    const suffix = list.find((s) => {
      if (!stem.endsWith(s)) return false;
      const rest = stem.slice(0, -s.length);
      if (!longEnough(rest)) return false;
      if (possessiveOnly.has(s) && !/(ы|і|и)$/.test(rest)) return false;
      // Place names in -стан (Қазақстан, Өзбекстан) end like the ablative -тан but are stems.
      if (stem.endsWith('стан') && s === 'тан') return false;
      return agrees(harmonyOf(rest, plain, 'end'), harmonyOf(s, plain, 'start')) && fitsSound(rest, s);
    });
    if (!suffix) break;
    stem = stem.slice(0, -suffix.length);
  }
  return stem;
}

/**
 * The search key of a Kazakh word: stemmed, folded to Russian letters, its
 * last consonant devoiced as Kazakh spelling does before a consonant or at
 * the end of a word. All forms of a word share it.
 * @example kazakhKey('кітабы') // 'китап'
 * @example kazakhKey('Мектептерде') === kazakhKey('мектепке') // true ('мектеп')
 */
export function kazakhKey(word: string): string {
  const folded = foldKazakh(stemKazakh(word));
  return folded.replace(/б$/, 'п').replace(/г$/, 'к');
}
