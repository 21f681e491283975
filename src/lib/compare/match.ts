/**
 * Phrase matching by meaning, not spelling: a report's sentence and a list's phrase are both
 * read as words, each word with its normal forms, and a phrase stands in a sentence where its
 * words follow one another. What a reader does not see as a difference is none here:
 * - typography: curly and straight apostrophes and quotes, the hyphens and no-break spaces of
 *   word processors, and characters that show nothing (joiners, variation selectors, marks);
 * - inflection: "supply chain" matches "supply chains", "Year of Culture" "Years of Culture"
 *   (the normal forms of compromise, the project's English tagger);
 * - British and American spelling ("organisation", "neighbourly": ./spelling.ts);
 * - hyphens and spaces between the parts of a word ("people-to-people", "people to people");
 * - an article or possessive inside a phrase ("synergy between the Belt and Road Initiative"
 *   matches a list's "synergy between Belt and Road Initiative", "anniversary of their
 *   diplomatic ties" one's "anniversary of diplomatic ties").
 */
import { matchTerms } from '../nlp.ts';
import { americanSpelling } from './spelling.ts';
import { asRead, readText } from '../text.ts';

/** A word of a text, where it stands in the text as written, and the forms it matches by. */
export interface MatchWord {
  start: number;
  end: number;
  keys: readonly string[];
  /** Punctuation stands between it and the next word ("trade, energy"; "(SCO) member"): no phrase runs on across it. */
  breakAfter: boolean;
}

/**
 * What may stand between two words of one phrase, as read (src/lib/text.ts, readText): white
 * space, a hyphen or en dash, an apostrophe, a quotation mark ('"green" development').
 */
const JOINS = /^[\s\-'’\u2013"“”«»]*$/u;

/**
 * Characters a reader sees as one, folded one for one after the text is read as a page shows it
 * (src/lib/text.ts, asRead, has already made every space a space, every other dash a hyphen and
 * every apostrophe stand-in a ’): curly quotes as straight ones, the en dash as a hyphen.
 */
const SAME_TO_A_READER: Readonly<Record<string, string>> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u2013': '-',
};
/**
 * The text as matching reads it, and for each of its characters the place in the text as
 * written: the characters that show nothing are left out, the rest folded one for one.
 */
export function foldForMatching(text: string): { folded: string; origin: number[] } {
  const { read, origin } = asRead(text, (character) => SAME_TO_A_READER[character] ?? character);
  return { folded: read, origin };
}

/** Words that may stand inside a phrase without changing it: "anniversary of their diplomatic ties". */
const ARTICLES = new Set(['the', 'a', 'an', 'their', 'its', 'our', 'his', 'her', 'this', 'these']);
const isArticle = (word: MatchWord): boolean => word.keys.length === 1 && ARTICLES.has(word.keys[0]!);

/** A form as compared: lower case, without a possessive ending, in American spelling. */
const keyOf = (form: string): string => americanSpelling(form.toLowerCase().replace(/'s?$/, ''));

const shares = (a: readonly string[], b: readonly string[]): boolean => a.some((key) => b.includes(key));

const read = new Map<string, MatchWord[]>();

/** The words of a text with their forms. A pure function of the text, so a kept result is never stale. */
export function matchWords(text: string): MatchWord[] {
  let words = read.get(text);
  if (!words) {
    const { folded, origin } = foldForMatching(text);
    const found = matchTerms(folded)
      .map((term) => ({
        start: origin[term.start]!,
        end: origin[term.end - 1]! + 1,
        keys: [...new Set(term.forms.map(keyOf).filter((k) => /[\p{L}\p{N}]/u.test(k)))],
      }))
      .filter((word) => word.keys.length > 0);
    words = found.map((word, i) => {
      const next = found[i + 1];
      const between = next ? readText(text.slice(word.end, next.start)) : '';
      return { ...word, breakAfter: !JOINS.test(between) };
    });
    read.set(text, words);
  }
  return words;
}

/**
 * Whether two phrases find the same words wherever they stand: word for word, each pair with a
 * form in common, articles aside ("people-to-people exchange" and "people to people
 * exchanges", "the Shanghai Spirit" and "Shanghai Spirit", "organisation" and "organization").
 */
export function samePhrase(a: string, b: string): boolean {
  const [first, second] = [a, b].map((phrase) => matchWords(phrase).filter((word) => !isArticle(word)));
  return first!.length === second!.length && first!.every((word, i) => shares(word.keys, second![i]!.keys));
}

interface CompiledPhrase {
  /** The phrase as the list writes it, lower case: which wording a report uses. */
  wording: string;
  /** As the list writes it: "Shanghai Spirit", "trade". */
  listed: string;
  words: readonly (readonly string[])[];
}

/** Phrases ready to be found, indexed by the forms of their first word. */
export interface PhraseSet {
  byFirstWord: ReadonlyMap<string, readonly CompiledPhrase[]>;
  size: number;
}

export function compilePhrases(phrases: readonly string[]): PhraseSet {
  const byFirstWord = new Map<string, CompiledPhrase[]>();
  let size = 0;
  for (const phrase of phrases) {
    const words = matchWords(phrase.trim()).map((w) => w.keys);
    if (words.length === 0) continue;
    size++;
    const listed = phrase.trim().replace(/\s+/g, ' ');
    const compiled = { wording: listed.toLowerCase(), listed, words };
    for (const key of words[0]!) byFirstWord.set(key, [...(byFirstWord.get(key) ?? []), compiled]);
  }
  return { byFirstWord, size };
}

/** Where a phrase that starts at word `i` ends (the index after its last word), or undefined. */
function endOfMatch(words: readonly MatchWord[], i: number, phrase: CompiledPhrase): number | undefined {
  let at = i;
  for (const [j, wanted] of phrase.words.entries()) {
    if (j > 0) {
      if (words[at - 1]!.breakAfter) return undefined;
      while (at < words.length && isArticle(words[at]!) && !wanted.some((k) => ARTICLES.has(k)) && !words[at]!.breakAfter) at++;
    }
    if (at >= words.length || !shares(words[at]!.keys, wanted)) return undefined;
    at++;
  }
  return at;
}

export interface PhraseMatch {
  /** The words that matched, as written, and where they start and end in the text. */
  matched: string;
  index: number;
  end: number;
  /** The list's phrase that matched, lower case. */
  wording: string;
  /** The list's phrase as written there. */
  listed: string;
}

/**
 * Every place where one of the phrases stands, in reading order; at one place, the longest
 * phrase that stands there. Matches may overlap: the caller settles which one counts.
 */
export function findPhrases(text: string, set: PhraseSet): PhraseMatch[] {
  const words = matchWords(text);
  const found: PhraseMatch[] = [];
  words.forEach((word, i) => {
    const candidates = new Set(word.keys.flatMap((key) => set.byFirstWord.get(key) ?? []));
    let best: PhraseMatch | undefined;
    for (const phrase of candidates) {
      const end = endOfMatch(words, i, phrase);
      if (end === undefined) continue;
      const match = {
        index: word.start,
        end: words[end - 1]!.end,
        matched: text.slice(word.start, words[end - 1]!.end),
        wording: phrase.wording,
        listed: phrase.listed,
      };
      if (!best || match.end > best.end || (match.end === best.end && match.wording.length > best.wording.length)) best = match;
    }
    if (best) found.push(best);
  });
  return found;
}

/**
 * The matches left when overlapping ones give way to the longer: "economy and trade", not also its "trade". Two that only
 * share words, neither inside the other, both stand where `mayCross` allows it.
 */
export function longestFirst<T extends PhraseMatch>(
  matches: readonly T[],
  tieBreak: (a: T, b: T) => number = () => 0,
  mayCross: (a: T, b: T) => boolean = () => false,
): T[] {
  const taken: T[] = [];
  const inside = (m: T, t: T) => t.index <= m.index && m.end <= t.end;
  for (const m of [...matches].sort((a, b) => b.end - b.index - (a.end - a.index) || tieBreak(a, b) || a.index - b.index)) {
    if (!taken.some((t) => m.index < t.end && t.index < m.end && (inside(m, t) || !mayCross(t, m)))) taken.push(m);
  }
  return taken;
}

/** Every distinct wording of the phrases in a text, at its first place, in reading order. */
export function matchPhrases(text: string, set: PhraseSet): PhraseMatch[] {
  const found = new Map<string, PhraseMatch>();
  for (const match of longestFirst(findPhrases(text, set))) if (!found.has(match.wording)) found.set(match.wording, match);
  return [...found.values()].sort((a, b) => a.index - b.index);
}

/**
 * A phrase in the name of the council the meetings are held at ("the SCO Council of Heads of
 * Government", "the Council of Heads of Government of SCO member states", "the SCO heads of
 * government meeting", "the SCO's council of prime ministers") names the occasion, not a topic nor a frame:
 * reports name it or not as their house style has it, and "Shanghai Cooperation Organization (SCO)"
 * is no mention either. Its chair is a topic ("Russia's chairmanship of the SCO Council").
 */
const COUNCIL_AFTER =
  /^(?:['’]s)?\s+(?:council\s+of\s+heads\s+of\s+government|heads\s+of\s+government|council\s+of\s+prime\s+ministers|prime\s+ministers['’]|premiers['’]|CHG)\b/iu;
const COUNCIL_BEFORE = /\bheads\s+of\s+government\s+of\s+(?:the\s+)?$/iu;
export const namesTheCouncil = (match: Pick<PhraseMatch, 'index' | 'end'>, sentence: string): boolean =>
  (COUNCIL_AFTER.test(sentence.slice(match.end)) || COUNCIL_BEFORE.test(sentence.slice(0, match.index))) &&
  // Who chairs the council is the SCO's business: "congratulate Russia on its chairmanship of the SCO Council of Heads of Government".
  !/\b(?:chair(?:s|ed|ing|manship)?|presidency)\b/iu.test(sentence.slice(0, match.index));
