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
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'gov',
  'sen',
  'rep',
  'lt',
  'col',
  'st',
  'no',
  'vs',
  'jr',
  'sr',
]);

const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Longer than any abbreviation with the white space after it: the tail is all that is read. */
const ABBREVIATION_TAIL = 40;

function endsWithAbbreviation(segment: string): boolean {
  // Only the tail: the pattern, anchored at the end, would otherwise be retried from every
  // position of a long run of letters and full stops, which grows with the square of its length.
  const lastWord = /([\p{L}.]+)\.\s*$/u.exec(segment.slice(-ABBREVIATION_TAIL))?.[1];
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
  return sentenceRanges(paragraph).map(({ start, end }) => paragraph.slice(start, end));
}

/** Where a sentence starts and ends in its paragraph's text (end exclusive). */
export interface TextRange {
  start: number;
  end: number;
}

/**
 * The sentences of a paragraph as ranges of its text, without the white space around them:
 * what `splitSentences` returns, with places, so that a sentence can be marked in the text.
 */
export function sentenceRanges(paragraph: string): TextRange[] {
  const ranges: TextRange[] = [];
  let start = 0;
  let at = 0;
  const close = (end: number): void => {
    const text = paragraph.slice(start, end);
    const leading = text.length - text.trimStart().length;
    const trimmed = text.trim();
    if (trimmed) ranges.push({ start: start + leading, end: start + leading + trimmed.length });
    start = end;
  };
  for (const { segment } of sentenceSegmenter.segment(paragraph)) {
    at += segment.length;
    if (!endsWithAbbreviation(paragraph.slice(start, at))) close(at);
  }
  close(paragraph.length);
  return ranges;
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
  for (const match of text.matchAll(/[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu)) {
    // Compared in Unicode NFC, so that a letter typed as one code point or as two is one word.
    tokens.push({
      word: match[0].normalize('NFC').toLowerCase().replace('’', "'"),
      start: match.index,
      end: match.index + match[0].length,
    });
  }
  return tokens;
}

/** A text as a regular expression that matches it literally. */
/** Names joined as a sentence joins them: "Li", "Li and Mishustin", "A, B and C". */
export const listed = (names: readonly string[]): string => new Intl.ListFormat('en', { type: 'conjunction' }).format(names);

export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A passage of a sentence around a match: the words before and after it, and whether it was cut. */
export interface Excerpt {
  before: string;
  match: string;
  after: string;
  /** Words of the sentence were left out before or after (shown as an ellipsis). */
  cutBefore: boolean;
  cutAfter: boolean;
}

/**
 * The match [start, end) of a sentence with up to `words` words on each side, cut only at
 * white space, so that a quotation shows the phrase in its context without repeating whole
 * long sentences.
 */
export function excerptAround(sentence: string, start: number, end: number, words = 8): Excerpt {
  const spacesBefore = [...sentence.slice(0, start).matchAll(/\s+/g)].map((m) => m.index + m[0].length);
  const from = spacesBefore.length > words ? spacesBefore[spacesBefore.length - words - 1]! : 0;
  const spacesAfter = [...sentence.slice(end).matchAll(/\s+/g)].map((m) => end + m.index);
  const to = spacesAfter.length > words ? spacesAfter[words]! : sentence.length;
  return {
    before: sentence.slice(from, start),
    match: sentence.slice(start, end),
    after: sentence.slice(end, to),
    cutBefore: from > 0,
    cutAfter: to < sentence.length,
  };
}

/**
 * A control character: C0 controls but tab, line feed and carriage return, and DEL. Not
 * allowed in XML 1.0 (the feed), invisible in prose (a form feed from a PDF copy).
 */
export const CONTROL_CHARACTER = /(?![\t\n\r])[\p{Cc}\p{Zl}\p{Zp}]/u;

/** What Windows-1252 puts at 0x80–0x9F, where Latin-1 has C1 controls: a file or a reference (&#147;) read the wrong way. */
const WINDOWS_1252: Readonly<Record<number, string>> = {
  0x80: '€',
  0x85: '…',
  0x91: '‘',
  0x92: '’',
  0x93: '“',
  0x94: '”',
  0x96: '–',
  0x97: '—',
};

/**
 * Why a control character is in a text, and what to type instead: a Windows character read
 * as Latin-1 ("U+0093, Windows' “ read as Latin-1: type “"), or a plain control to delete.
 */
export function controlCharacterAdvice(character: string): string {
  const windows = WINDOWS_1252[character.codePointAt(0)!];
  if (windows) return `${codePoint(character)}, Windows' ${windows} read as Latin-1: type ${windows} instead`;
  if (/[\p{Zl}\p{Zp}]/u.test(character))
    return `${codePoint(character)}, a line or paragraph separator: end the line, or leave a blank line between paragraphs`;
  return `${codePoint(character)}, a control character invisible on the page: delete it`;
}

/** A numeric reference to a Windows-1252 character ("&#147;"), which HTML and Markdown read as U+FFFD, not as the quote meant. */
export const LEGACY_REFERENCE = /&#(12[89]|1[3-5]\d);/;

/** What a legacy reference stands for and what to type: "&#147; is Windows' “: type “". */
export function legacyReferenceAdvice(reference: string): string {
  const windows = WINDOWS_1252[Number(/\d+/.exec(reference)![0])];
  return windows
    ? `${reference} is a legacy Windows reference to ${windows}, which is read as U+FFFD: type ${windows} instead`
    : `${reference} is a legacy Windows reference, read as U+FFFD: type the character itself`;
}

/**
 * Characters that change what a reader sees or what the analysis finds without showing
 * themselves: bidirectional embeddings, overrides and isolates (U+202E shows a paragraph
 * reversed), and zero-width characters and the soft hyphen, which hide a phrase from the
 * analysis ("strategic\u200Bcoordination" looks like the formula and is not). Refused in a
 * report's text, typed or written as a character reference. The zero-width non-joiner and
 * joiner are text where a script needs them (Urdu, Persian, Hindi: between two of its
 * letters), and refused anywhere else, beside a Latin letter above all.
 */
export const INVISIBLE_CHARACTER =
  /[\u061C\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\u00AD\uFEFF\uFFFD]|(?<!(?!\p{Script=Latin})\p{L}\p{M}*)[\u200C\u200D]|[\u200C\u200D](?!\p{M}*(?!\p{Script=Latin})\p{L})/u;

/** A character as Unicode writes it: "U+0436". */
export const codePoint = (character: string): string => `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

const squeezed = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * Checks that a paragraph or sentence an override points at still begins with the words the
 * override names (white space aside), and that no other one of the report (`others`, by id)
 * begins with them too: a paragraph inserted before it would otherwise move the override to
 * another one without a word, and words as common as "He" would not notice. Throws naming
 * `field` ("scope.p9-s1").
 */
export function checkBegins(
  field: string,
  what: string,
  text: string,
  begins: string,
  others: readonly { id: string; text: string }[] = [],
): void {
  const kind = what.split(' ')[0];
  if (!squeezed(text).startsWith(squeezed(begins))) {
    const actual = squeezed(text).split(' ').slice(0, 6).join(' ');
    throw new Error(
      `${field}.begins: ${what} begins "${actual}…", not "${begins}": the report changed; point the override at its ${kind} again`,
    );
  }
  const also = others.filter((other) => squeezed(other.text).startsWith(squeezed(begins))).map((other) => other.id);
  if (also.length > 0) {
    throw new Error(
      `${field}.begins: "${begins}" also begins ${kind} ${also.join(', ')}: give more of its first words, so that they name one ${kind}`,
    );
  }
}
