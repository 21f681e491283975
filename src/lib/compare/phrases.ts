/**
 * Recurring formulations: word sequences of four or more words that both reports use,
 * compared without case or punctuation and never across a sentence break. Only maximal
 * sequences are kept (a shared phrase that only ever occurs inside a longer shared phrase is
 * not listed again), longest first, each with every place it occurs so that it can be marked.
 */
import { tokenize } from '../text.ts';

/** A place in a report: paragraph `paragraph` (0-based), characters start–end of its text. */
interface Occurrence {
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

/**
 * Where every run of MIN_PHRASE_WORDS words (within a sentence) starts, keyed by its words.
 * Looking runs up here, rather than comparing every place of one report with every place of
 * the other, keeps the work near-linear in the reports' length.
 */
function runIndex(words: readonly (Word | null)[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  for (let i = 0; i + MIN_PHRASE_WORDS <= words.length; i++) {
    const run = words.slice(i, i + MIN_PHRASE_WORDS);
    if (run.some((w) => w === null)) continue;
    const key = run.map((w) => w!.word).join(' ');
    const places = index.get(key);
    if (places) places.push(i);
    else index.set(key, [i]);
  }
  return index;
}

const keyAt = (words: readonly (Word | null)[], i: number): string | undefined => {
  const run = words.slice(i, i + MIN_PHRASE_WORDS);
  return run.length === MIN_PHRASE_WORDS && run.every((w) => w !== null) ? run.map((w) => w!.word).join(' ') : undefined;
};

/** All word sequences that both lists share and that cannot be extended on either side. */
function maximalMatches(first: (Word | null)[], second: (Word | null)[], secondIndex: Map<string, number[]>): string[][] {
  const found: string[][] = [];
  for (let i = 0; i < first.length; i++) {
    const key = keyAt(first, i);
    if (!key) continue;
    for (const j of secondIndex.get(key) ?? []) {
      if (same(first[i - 1], second[j - 1])) continue; // not where the match begins
      let length = MIN_PHRASE_WORDS;
      while (same(first[i + length], second[j + length])) length++;
      found.push(first.slice(i, i + length).map((w) => w!.word));
    }
  }
  return found;
}

/** Every place the word sequence occurs in a report, found through the report's index. */
function occurrences(words: (Word | null)[], index: Map<string, number[]>, phrase: string[]): Occurrence[] {
  const candidates = index.get(phrase.slice(0, MIN_PHRASE_WORDS).join(' ')) ?? [];
  return candidates
    .filter((i) => phrase.every((word, k) => words[i + k]?.word === word))
    .map((i) => {
      const first = words[i]!;
      const last = words[i + phrase.length - 1]!;
      return { paragraph: first.paragraph, start: first.start, end: last.end };
    });
}

const within = (inner: Occurrence, outer: Occurrence): boolean =>
  inner.paragraph === outer.paragraph && inner.start >= outer.start && inner.end <= outer.end;

/** The places of phrases kept so far, by paragraph, to tell a place inside one quickly. */
class Covered {
  private readonly byParagraph = new Map<number, Occurrence[]>();
  add(places: readonly Occurrence[]): void {
    for (const place of places) {
      const list = this.byParagraph.get(place.paragraph);
      if (list) list.push(place);
      else this.byParagraph.set(place.paragraph, [place]);
    }
  }
  /** The places not inside a place already covered. */
  uncovered(places: readonly Occurrence[]): Occurrence[] {
    return places.filter((place) => !(this.byParagraph.get(place.paragraph) ?? []).some((outer) => within(place, outer)));
  }
}

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
  const firstIndex = runIndex(firstWords);
  const secondIndex = runIndex(secondWords);
  const distinct = new Map<string, string[]>();
  for (const words of maximalMatches(firstWords, secondWords, secondIndex)) distinct.set(words.join(' '), words);
  const longestFirst = [...distinct.entries()].sort(([a, wa], [b, wb]) => wb.length - wa.length || a.localeCompare(b));
  const kept: SharedPhrase[] = [];
  const covered = { inFirst: new Covered(), inSecond: new Covered() };
  for (const [phrase, words] of longestFirst) {
    const inFirst = occurrences(firstWords, firstIndex, words);
    const inSecond = occurrences(secondWords, secondIndex, words);
    if (covered.inFirst.uncovered(inFirst).length === 0 && covered.inSecond.uncovered(inSecond).length === 0) continue;
    covered.inFirst.add(inFirst);
    covered.inSecond.add(inSecond);
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
