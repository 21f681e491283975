import { describe, expect, it } from 'vitest';
import { countWords, splitSentences } from '../../src/lib/text.ts';

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
    ['Mr. Li met Dr. Smith. They talked.', ['Mr. Li met Dr. Smith.', 'They talked.']],
    ['The U.S. delegation left. Talks ended.', ['The U.S. delegation left.', 'Talks ended.']],
    ['Is it so? Yes! It is.', ['Is it so?', 'Yes!', 'It is.']],
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
