/**
 * Recurring formulations: word sequences of four or more words that both reports use,
 * compared without case or punctuation and never across a sentence break. Only maximal
 * sequences are kept (a shared phrase that only ever occurs inside a longer shared phrase is
 * not listed again), longest first, each with every place it occurs so that it can be marked.
 */
import { tokenize } from '../text.ts';

/** A place in a report: paragraph `paragraph` (0-based), characters start–end of its text. */
export interface Occurrence {
  paragraph: number;
  start: number;
  end: number;
}

export interface SharedPhrase {
  /** The normalised words joined by spaces: "comprehensive strategic partnership of coordination". */
  phrase: string;
  length: number;
  /** As written at its first place in the first report. */
  asWritten: string;
  inFirst: Occurrence[];
  inSecond: Occurrence[];
}

export const MIN_PHRASE_WORDS = 4;

interface Word {
  word: string;
  paragraph: number;
  start: number;
  end: number;
}

/**
 * A report's words in reading order, with null at every sentence break so that no match
 * runs across one.
 */
function wordsOf(paragraphs: readonly { text: string; sentences: readonly string[] }[]): (Word | null)[] {
  const words: (Word | null)[] = [];
  paragraphs.forEach(({ text, sentences }, paragraph) => {
    let from = 0;
    for (const sentence of sentences) {
      const offset = text.indexOf(sentence, from);
      from = offset + sentence.length;
      for (const token of tokenize(sentence)) {
        words.push({ word: token.word, paragraph, start: offset + token.start, end: offset + token.end });
      }
      words.push(null);
    }
  });
  return words;
}

const same = (a: Word | null | undefined, b: Word | null | undefined): boolean => !!a && !!b && a.word === b.word;

/** All word sequences that both lists share and that cannot be extended on either side. */
function maximalMatches(first: (Word | null)[], second: (Word | null)[]): string[][] {
  const found: string[][] = [];
  for (let i = 0; i < first.length; i++) {
    for (let j = 0; j < second.length; j++) {
      if (!same(first[i], second[j]) || same(first[i - 1], second[j - 1])) continue;
      let length = 0;
      while (same(first[i + length], second[j + length])) length++;
      if (length >= MIN_PHRASE_WORDS) found.push(first.slice(i, i + length).map((w) => w!.word));
    }
  }
  return found;
}

/** Every place the word sequence occurs in a report. */
function occurrences(words: (Word | null)[], phrase: string[]): Occurrence[] {
  const places: Occurrence[] = [];
  for (let i = 0; i + phrase.length <= words.length; i++) {
    if (!phrase.every((word, k) => words[i + k]?.word === word)) continue;
    const first = words[i]!;
    const last = words[i + phrase.length - 1]!;
    places.push({ paragraph: first.paragraph, start: first.start, end: last.end });
  }
  return places;
}

const within = (inner: Occurrence, outer: Occurrence): boolean =>
  inner.paragraph === outer.paragraph && inner.start >= outer.start && inner.end <= outer.end;

/** The places not already inside a place of a longer phrase that was kept. */
const uncovered = (places: Occurrence[], covered: Occurrence[]): Occurrence[] =>
  places.filter((place) => !covered.some((outer) => within(place, outer)));

type Paragraphs = readonly { text: string; sentences: readonly string[] }[];

/**
 * The shared phrases of two reports. A shorter phrase found inside a longer one is listed
 * only if it also occurs on its own somewhere (the partnership's standing name, say, used
 * inside a longer shared sentence and once more elsewhere); its counts are then of all its
 * occurrences.
 */
export function sharedPhrases(first: Paragraphs, second: Paragraphs): SharedPhrase[] {
  const firstWords = wordsOf(first);
  const secondWords = wordsOf(second);
  const distinct = new Map<string, string[]>();
  for (const words of maximalMatches(firstWords, secondWords)) distinct.set(words.join(' '), words);
  const longestFirst = [...distinct.entries()].sort(([a, wa], [b, wb]) => wb.length - wa.length || a.localeCompare(b));
  const kept: SharedPhrase[] = [];
  for (const [phrase, words] of longestFirst) {
    const inFirst = occurrences(firstWords, words);
    const inSecond = occurrences(secondWords, words);
    const alone = (places: Occurrence[], side: 'inFirst' | 'inSecond') =>
      uncovered(
        places,
        kept.flatMap((k) => k[side]),
      );
    if (alone(inFirst, 'inFirst').length === 0 && alone(inSecond, 'inSecond').length === 0) continue;
    const place = inFirst[0]!;
    kept.push({
      phrase,
      length: words.length,
      asWritten: first[place.paragraph]!.text.slice(place.start, place.end),
      inFirst,
      inSecond,
    });
  }
  return kept;
}
