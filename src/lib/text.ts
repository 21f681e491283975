/** Counting and splitting the reports' plain text. */
import { datelineLength } from './dateline.ts';

/**
 * Words as a reader counts them: runs of non-space characters that contain a letter or a
 * digit. "China-Russia" is one word, "75th" is one, the dash "--" is none.
 */
export function countWords(text: string): number {
  return readText(text)
    .split(/\s+/)
    .filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
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
  // A dateline is no sentence of its own, whatever full stops it holds ("Moscow. November 17. INTERFAX -").
  const dateline = datelineLength(paragraph);
  for (const { segment } of sentenceSegmenter.segment(paragraph)) {
    at += segment.length;
    if (at <= start || at <= dateline || endsWithAbbreviation(paragraph.slice(start, at))) continue;
    // A footnote mark after the full stop ("grew.[1] Li") belongs to the sentence it marks.
    const mark = /^\[\p{N}{1,3}\]/u.exec(paragraph.slice(at - 1));
    close(mark && paragraph[at - 1] === '[' ? at - 1 + mark[0].length : at);
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
 * The words of a text for comparison: case and surrounding punctuation removed, hyphens, en
 * dashes (read as hyphens) and apostrophes inside a word kept, each with its place in the text so that a match can be
 * marked in the original. "--" and other punctuation alone are not words.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // Read past the characters that show nothing; placed in the text as typed.
  const { read, origin } = asRead(text);
  // An en dash between two words joins them as a hyphen does ("China–Russia" is "China-Russia").
  for (const match of read.matchAll(/[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\-–][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu)) {
    // Compared in Unicode NFC, so that a letter typed as one code point or as two is one word.
    tokens.push({
      word: match[0].normalize('NFC').toLowerCase().replaceAll('’', "'").replaceAll('–', '-'),
      start: origin[match.index]!,
      end: origin[match.index + match[0].length - 1]! + 1,
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
  // White space, but U+FEFF, which JavaScript's \s counts and which shows nothing.
  const spacesBefore = [...sentence.slice(0, start).matchAll(/[^\S\uFEFF]+/g)].map((m) => m.index + m[0].length);
  const from = spacesBefore.length > words ? spacesBefore[spacesBefore.length - words - 1]! : 0;
  const spacesAfter = [...sentence.slice(end).matchAll(/[^\S\uFEFF]+/g)].map((m) => end + m.index);
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
 * A character that is not text, refused with its line wherever an editor types it (a report,
 * its frontmatter, a list), decided by Unicode property: controls (C0 and C1, but tab and line
 * ends: a form feed from a PDF copy, a Windows quote read as Latin-1), line and paragraph
 * separators, the bidirectional controls (U+202E shows a paragraph reversed, U+061C moves
 * words), the blank Braille pattern, which looks like a space and is not one, private-use
 * characters (a PDF's symbol font: a box, or nothing, in any other font), noncharacters, a
 * word processor's placeholders (U+FFFC for an embedded object, U+FFF9–U+FFFB for annotations),
 * U+FFFD, where bytes did not decode, and every other format character that is not read past
 * (Arabic number signs, Egyptian hieroglyph joiners): none belongs in an English report.
 */
const NOT_TEXT =
  /(?![\t\n\r])[\p{Cc}\p{Zl}\p{Zp}\p{Bidi_Control}\p{Co}\p{Cs}\p{Noncharacter_Code_Point}\u2800\uFFF9-\uFFFD[\p{Cf}--\p{Default_Ignorable_Code_Point}]]/v;

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
 * Why a character is not text, and what to type instead: "U+0093, Windows' “ read as Latin-1:
 * type “ instead", "U+202E, a character that changes the direction of the text: delete it".
 */
function notTextAdvice(character: string): string {
  const windows = WINDOWS_1252[character.codePointAt(0)!];
  const at = codePoint(character);
  if (windows) return `${at}, Windows' ${windows} read as Latin-1: type ${windows} instead`;
  if (/[\p{Zl}\p{Zp}]/u.test(character))
    return `${at}, a line or paragraph separator: end the line, or leave a blank line between paragraphs`;
  if (/\p{Bidi_Control}/u.test(character)) return `${at}, a character that changes the direction of the text around it: delete it`;
  if (character === '\u2800') return `${at}, a blank Braille pattern, which looks like a space: type a space`;
  if (/\p{Co}/u.test(character))
    return `${at}, a private-use character (a PDF's symbol font?), which shows as a box or not at all: type the character meant`;
  if (/[\p{Cs}\p{Noncharacter_Code_Point}]/u.test(character)) return `${at}, which Unicode keeps out of text: delete it`;
  if (/[\p{Cf}--[\uFFF9-\uFFFB\p{Bidi_Control}]]/v.test(character))
    return `${at}, a format character, which joins or marks what is around it: delete it`;
  if (/[\uFFF9-\uFFFC]/u.test(character))
    return `${at}, a word processor's placeholder for an object or an annotation, not text: delete it`;
  if (character === '\uFFFD')
    return `${at}, where bytes were not UTF-8 or a reference named no character: save the file as UTF-8 and type the character`;
  return `${at}, a control character invisible on the page: delete it`;
}

/** Scripts with letters that look like Latin ones ("о" of Cyrillic, "օ" of Armenian, "ꓲ" of Lisu). */
const LOOKS_LATIN =
  /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}\p{Script=Cherokee}\p{Script=Lisu}\p{Script=Coptic}\p{Script=Tifinagh}\p{Script=Canadian_Aboriginal}\p{Script=Georgian}]/u;

/**
 * Letters and digits a reader takes for Latin ones, which the analysis would read as other
 * words: a compatibility form of a Latin letter or a digit (the ligature "ﬁ" of a PDF copy, a
 * fullwidth "Ｌ", a mathematical "𝐌", the Kelvin sign, a Roman numeral "Ⅼ", a circled "Ⓛ"; not a
 * superscript "m³", a fraction "½", "º" or "µ", nor the forms of other scripts, such as
 * Armenian "և"), a phonetic letter ("ᴄ", "ɑ"; not "ə" or "ɛ", which languages write), or a word
 * that mixes Latin letters with lookalike letters of another script ("cооperation" with a
 * Cyrillic "о") or with another script's marks. "SCO峰会" is two scripts a reader tells apart.
 * What is wrong and what to type, or undefined.
 */
function lookalikeLetter(text: string): string | undefined {
  // Letters that show nothing (the Hangul fillers) are read past, not taken for others.
  for (const [letter] of text.matchAll(
    /[[\p{L}\p{N}\u24B6-\u24E9]--[\p{Default_Ignorable_Code_Point}\u00AA\u00BA\u00B2\u00B3\u00B9\u2070-\u209F\u02B0-\u02FF\u1D2C-\u1D6A]]/gv,
  )) {
    const meant = letter.normalize('NFKC');
    if (meant !== letter && /^[\p{Script=Latin}\p{N}]+$/u.test(meant))
      return `"${letter}" (${codePoint(letter)}) is a compatibility form of "${meant}" (a ligature, a fullwidth, mathematical, circled or superscript form): type ${meant}`;
    if (/[\p{Script=Latin}&&[\u0251\u0261\u1D00-\u1DBF]]/v.test(letter))
      return `"${letter}" (${codePoint(letter)}) is a phonetic letter, which a reader takes for a Latin one: type the letter meant`;
  }
  for (const [word] of text.matchAll(/\p{L}[\p{L}\p{M}]*/gu)) {
    if (!/\p{Script=Latin}/u.test(word)) continue;
    const other = LOOKS_LATIN.exec(word) ?? /[\p{M}--[\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]]/v.exec(word);
    if (other)
      return `"${word}" mixes Latin letters with "${other[0]}" (${codePoint(other[0])}), a letter or mark of another script that the analysis reads as another word: type the word in Latin letters`;
  }
  return undefined;
}

/** Why text typed in a content file cannot be published as typed: a character that is not text, a lookalike letter, letters in decomposed form (NFD); or undefined. */
export function textProblem(value: string): string | undefined {
  const character = NOT_TEXT.exec(value)?.[0];
  if (character) return `has a character that is not text: ${notTextAdvice(character)}`;
  const lookalike = lookalikeLetter(value);
  if (lookalike) return lookalike;
  if (value !== value.normalize('NFC')) return 'has letters in decomposed form (NFD), which compare as other text: save the file in NFC';
  return undefined;
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
 * Characters that show nothing where they stand: Unicode's default-ignorable code points (the
 * joiners, variation selectors, soft hyphen, combining grapheme joiner, tag characters). They
 * stay on the page as typed, where a script may need them (a zero-width non-joiner in Urdu),
 * and are read past wherever the text is matched or counted, so that none changes a finding:
 * "strategic\u034Fcoordination" is read as "strategiccoordination", as a reader sees it.
 */
const SHOWS_NOTHING = /\p{Default_Ignorable_Code_Point}/u;

/**
 * Characters a reader takes for another, read as that one: every dash of Unicode's Dash
 * property (a hyphen of another font or script, a minus) as a hyphen but the en and em dashes,
 * which stay, and the long dashes, read as an em dash; apostrophes typed as accents, primes or
 * modifier letters; commas of other scripts or a low quote; superscript digits (a footnote mark
 * glued to a word, "cooperation¹") as a digit of their own; and every fullwidth or small form
 * of ASCII punctuation (East Asian fonts), which NFKC names.
 */
const READ_AS: Readonly<Record<string, string>> = {
  ...Object.fromEntries([...'\u2043\u02D7'].map((c) => [c, '-'])),
  ...Object.fromEntries([...'\u2015\u2E3A\u2E3B\uFE31\uFE58'].map((c) => [c, '\u2014'])),
  ...Object.fromEntries(
    [...'\u02BC\u00B4\u02BB\u02B9\u055A\uA78C\u2032\u0060\u2035\u1FBF\u05F3\u02C8\u02CA\u02BE\u02EE'].map((c) => [c, '\u2019']),
  ),
  ...Object.fromEntries([...'\u201A\u060C\u3001'].map((c) => [c, ','])),
  ...Object.fromEntries([...'\u2070\u00B9\u00B2\u00B3\u2074\u2075\u2076\u2077\u2078\u2079'].map((c) => [c, ` ${c.normalize('NFKC')}`])),
};
const COMPATIBLE_PUNCTUATION = /[\uFE50-\uFE6B\uFF01-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF64]/u;
/** A dash that reads as a hyphen: not the hyphen-minus itself, the en and em dashes, or a long dash of READ_AS. */
const OTHER_DASH = /[\p{Dash}--[\-\u2013\u2014\u2015\u2E3A\u2E3B\uFE31\uFE58]]/v;
function readAs(character: string): string {
  const compatible = COMPATIBLE_PUNCTUATION.test(character) ? character.normalize('NFKC') : character;
  return READ_AS[compatible] ?? (OTHER_DASH.test(compatible) ? '-' : compatible);
}

/**
 * The text as the analysis reads it, and for each of its characters (and its end) the place
 * in the text as typed, so that what is found there can be quoted as typed. As a page shows
 * it: without the characters that show nothing, any run of white space (tabs, thin or
 * ideographic spaces, two spaces) as one space, and the characters of READ_AS as what they
 * are read as; `fold` may fold more.
 */
export function asRead(text: string, fold: (character: string) => string = (character) => character): { read: string; origin: number[] } {
  let read = '';
  const origin: number[] = [];
  let index = 0;
  for (const character of text) {
    const space = /\s/u.test(character) && !SHOWS_NOTHING.test(character);
    if (!SHOWS_NOTHING.test(character) && !(space && read.endsWith(' '))) {
      const shown = space ? ' ' : fold(readAs(character));
      for (let k = 0; k < shown.length; k++) origin.push(index);
      read += shown;
    }
    index += character.length;
  }
  origin.push(text.length);
  return { read, origin };
}

/** Text the analysis would read otherwise than typed: a character that shows nothing, a white space but a single space, a READ_AS character. */
const READ_OTHERWISE = new RegExp(
  String.raw`\p{Default_Ignorable_Code_Point}|[^\S ]| {2}|[${Object.keys(READ_AS)
    .map((c) => `\\u{${c.codePointAt(0)!.toString(16)}}`)
    .join('')}]|${COMPATIBLE_PUNCTUATION.source}|${OTHER_DASH.source}`,
  'v',
);

/** The text as the analysis reads it, where no place in it is needed. */
export const readText = (text: string): string => (READ_OTHERWISE.test(text) ? asRead(text).read : text);

/** A character as Unicode writes it: "U+0436". */
export const codePoint = (character: string): string => `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** A frontmatter field the report's text contradicts: the field's path ("meetingDate", "attribution.p4.begins") and why, so that the build can name the field's line. */
export class FieldError extends Error {
  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${field}: ${reason}`);
  }
}
