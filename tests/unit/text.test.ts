import { describe, expect, it } from 'vitest';
import { countWords, escapeRegExp, excerptAround, sentenceRanges, splitSentences, tokenize } from '../../src/lib/text.ts';

describe('countWords', () => {
  it.each([
    ['', 0],
    ['   ', 0],
    ['one', 1],
    ['China-Russia ties', 2],
    ['the 75th anniversary', 3],
    ['ISLAMABAD, Oct. 16 (Xinhua) -- Chinese', 5],
    ["the People's Republic", 3],
    ['line\nbreaks\tand  spaces', 4],
    // Characters that show nothing are no space: U+FEFF (which JavaScript's \s counts), a soft hyphen.
    ['strate\uFEFFgic coordi\u00ADnation', 2],
    ['one \u200B two', 2],
  ])('%j has %i words', (text, words) => {
    expect(countWords(text)).toBe(words);
  });
});

describe('splitSentences', () => {
  it.each([
    ['One sentence.', ['One sentence.']],
    ['First one. Second one.', ['First one.', 'Second one.']],
    [
      'ISLAMABAD, Oct. 16 (Xinhua) -- Li said here on Wednesday that it works. He noted more.',
      ['ISLAMABAD, Oct. 16 (Xinhua) -- Li said here on Wednesday that it works.', 'He noted more.'],
    ],
    // A dateline is no sentence of its own, whatever full stops it holds (Interfax, TASS, Kazinform).
    [
      'Moscow. November 17. INTERFAX - Mishustin held talks with Li. They agreed.',
      ['Moscow. November 17. INTERFAX - Mishustin held talks with Li.', 'They agreed.'],
    ],
    ['BISHKEK, October 25. /TASS/. Mishustin met Li. Talks ended.', ['BISHKEK, October 25. /TASS/. Mishustin met Li.', 'Talks ended.']],
    ['ASTANA. KAZINFORM: The premiers met. Talks ended.', ['ASTANA. KAZINFORM: The premiers met.', 'Talks ended.']],
    ['Mr. Li met Dr. Smith. They talked.', ['Mr. Li met Dr. Smith.', 'They talked.']],
    ['The U.S. delegation left. Talks ended.', ['The U.S. delegation left.', 'Talks ended.']],
    ['Is it so? Yes! It is.', ['Is it so?', 'Yes!', 'It is.']],
    // A footnote mark pasted from a web page stays with the sentence it marks.
    ['Trade grew.[1] Li said so.', ['Trade grew.[1]', 'Li said so.']],
    ['Trade grew.[2] Li said so.[12]', ['Trade grew.[2]', 'Li said so.[12]']],
    ['Trade grew [1]. Li said so.', ['Trade grew [1].', 'Li said so.']],
    ['No full stop at the end', ['No full stop at the end']],
    ['', []],
  ])('%j', (paragraph, sentences) => {
    expect(splitSentences(paragraph)).toEqual(sentences);
  });

  it('keeps every character of the paragraph', () => {
    const paragraph = 'ISLAMABAD, Oct. 16 (Xinhua) -- A said. B said, he noted. C.';
    expect(splitSentences(paragraph).join(' ')).toBe(paragraph);
  });
});

describe('sentenceRanges', () => {
  it.each([
    [
      'One. Two.',
      [
        [0, 4],
        [5, 9],
      ],
    ],
    ['  Lead and trail.  ', [[2, 17]]],
    [
      'Mr. Li met.\nThen more.',
      [
        [0, 11],
        [12, 22],
      ],
    ],
    ['', []],
  ])('%j → %j', (paragraph, expected) => {
    expect(sentenceRanges(paragraph).map((r) => [r.start, r.end])).toEqual(expected);
  });
});

describe('escapeRegExp', () => {
  it.each(['a.b', '(SCO)', 'x*y+z?', '[a]{1}', 'a|b^$\\'])('%j matches itself only', (text) => {
    expect(new RegExp(`^${escapeRegExp(text)}$`).test(text)).toBe(true);
    expect(new RegExp(escapeRegExp(text)).test('plain')).toBe(false);
  });
});

describe('excerptAround', () => {
  const sentence = 'one two three four five six seven eight nine ten';
  const at = (word: string) => [sentence.indexOf(word), sentence.indexOf(word) + word.length] as const;
  it.each([
    ['five', 2, ['three four ', 'five', ' six seven', true, true]],
    ['one', 2, ['', 'one', ' two three', false, true]],
    ['ten', 2, ['eight nine ', 'ten', '', true, false]],
    ['five', 20, ['one two three four ', 'five', ' six seven eight nine ten', false, false]],
    ['four five', 1, ['three ', 'four five', ' six', true, true]],
  ] as const)('%j with %i words each side', (word, words, expected) => {
    const e = excerptAround(sentence, ...at(word), words);
    expect([e.before, e.match, e.after, e.cutBefore, e.cutAfter]).toEqual(expected);
  });

  it('cuts at white space only, not at a U+FEFF inside a word, which shows nothing', () => {
    const withInvisible = 'one two thr\uFEFFee four five';
    const e = excerptAround(withInvisible, withInvisible.indexOf('five'), withInvisible.length, 2);
    expect(e.before).toBe('thr\uFEFFee four ');
  });
});

describe('tokenize', () => {
  it('reads past the characters that show nothing, and places each word in the text as typed', () => {
    const text = 'strate\u034Fgic coor\u00ADdination';
    expect(tokenize(text).map((t) => [t.word, text.slice(t.start, t.end)])).toEqual([
      ['strategic', 'strate\u034Fgic'],
      ['coordination', 'coor\u00ADdination'],
    ]);
  });
});

describe('tokenize across typography', () => {
  it('reads "China–Russia" (en dash) as "China-Russia", and every curly apostrophe as straight', () => {
    expect(tokenize('China–Russia ties').map((t) => t.word)).toEqual(tokenize('China-Russia ties').map((t) => t.word));
    expect(tokenize('Russia’s rock’n’roll').map((t) => t.word)).toEqual(["russia's", "rock'n'roll"]);
    expect(tokenize('trade – energy').map((t) => t.word)).toEqual(['trade', 'energy']);
  });
});

describe('tokenize in Unicode NFC', () => {
  it('reads a letter typed as one code point or as two as one word', () => {
    expect(tokenize('Islamabád').map((t) => t.word)).toEqual(tokenize('Islamaba\u0301d').map((t) => t.word));
  });
});
