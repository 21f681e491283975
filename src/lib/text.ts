/** Counting and splitting the reports' plain text. */

/**
 * Words as a reader counts them: runs of non-space characters that contain a letter or a
 * digit. "China-Russia" is one word, "75th" is one, the dash "--" is none.
 */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/**
 * Abbreviations that end in a full stop without ending a sentence. News copy uses them in
 * datelines ("ISLAMABAD, Oct. 16") and before names ("Mr. Li").
 */
const ABBREVIATIONS = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'gov', 'sen', 'rep', 'lt', 'col', 'st', 'no', 'vs', 'jr', 'sr',
]);

const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

function endsWithAbbreviation(segment: string): boolean {
  const lastWord = /([\p{L}.]+)\.\s*$/u.exec(segment)?.[1];
  if (!lastWord) return false;
  // A single capital initial ("U.S.", "J.") is an abbreviation, not a sentence end.
  if (/^(?:\p{Lu}\.)*\p{Lu}$/u.test(lastWord)) return true;
  return ABBREVIATIONS.has(lastWord.toLowerCase());
}

/**
 * Splits a paragraph into sentences, each trimmed and exactly as written. Uses the
 * Unicode sentence rules of Intl.Segmenter, then rejoins the breaks that those rules
 * put after a known abbreviation.
 */
export function splitSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  let pending = '';
  for (const { segment } of sentenceSegmenter.segment(paragraph)) {
    pending += segment;
    if (!endsWithAbbreviation(pending)) {
      if (pending.trim()) sentences.push(pending.trim());
      pending = '';
    }
  }
  if (pending.trim()) sentences.push(pending.trim());
  return sentences;
}

export interface Token {
  /** Lower case, without the punctuation around it: "Russia's" → "russia's", "(SCO)." → "sco". */
  word: string;
  /** Where the token's word starts and ends in the source text. */
  start: number;
  end: number;
}

/**
 * The words of a text for comparison: case and surrounding punctuation removed, hyphens and
 * apostrophes inside a word kept, each with its place in the text so that a match can be
 * marked in the original. "--" and other punctuation alone are not words.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)) {
    tokens.push({ word: match[0].toLowerCase().replace('’', "'"), start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}
