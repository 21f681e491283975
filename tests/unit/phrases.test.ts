import { describe, expect, it } from 'vitest';
import { sharedPhrases } from '../../src/lib/compare/phrases.ts';
import { paragraphsOf, realReports } from '../support/reports.ts';

const phrases = (first: string[], second: string[]) =>
  sharedPhrases(paragraphsOf(...first), paragraphsOf(...second)).map((p) => [p.phrase, p.inFirst.length, p.inSecond.length]);

describe('sharedPhrases on small texts', () => {
  it('finds nothing when no four words recur', () => {
    expect(phrases(['The sides met in Bishkek.'], ['The sides met again in Islamabad.'])).toEqual([]);
  });

  it('finds nothing when one side is empty', () => {
    expect(phrases(['A long sentence of many words here.'], [])).toEqual([]);
    expect(phrases([], [])).toEqual([]);
  });

  it('returns an identical sentence whole, not its parts', () => {
    expect(phrases(['China and Russia agree on many things.'], ['China and Russia agree on many things.'])).toEqual([
      ['china and russia agree on many things', 1, 1],
    ]);
  });

  it('ignores case and punctuation, and never runs across a sentence break', () => {
    expect(phrases(['We Reaffirm (the) strategic, partnership. Today'], ['we reaffirm the strategic partnership today'])).toEqual([
      ['we reaffirm the strategic partnership', 1, 1],
    ]);
  });

  it('lists a shorter phrase again only where it also stands on its own', () => {
    const first = ['the comprehensive strategic partnership of coordination stands high.'];
    const second = [
      'Indeed the comprehensive strategic partnership of coordination stands high.',
      'A comprehensive strategic partnership of coordination grows.',
    ];
    expect(phrases(first, second)).toEqual([
      ['the comprehensive strategic partnership of coordination stands high', 1, 1],
      ['comprehensive strategic partnership of coordination', 1, 2],
    ]);
  });

  it('gives the places of each occurrence, as written', () => {
    const [phrase] = sharedPhrases(
      paragraphsOf('Intro. Then the Eurasian Economic Union met.'),
      paragraphsOf('So, the Eurasian Economic Union grew.'),
    );
    expect(phrase?.asWritten).toBe('the Eurasian Economic Union');
    expect(phrase?.inFirst).toEqual([{ paragraph: 0, start: 12, end: 39 }]);
    expect(phrase?.inSecond).toEqual([{ paragraph: 0, start: 4, end: 31 }]);
  });
});

describe('sharedPhrases on the real reports (checked by reading them)', () => {
  const { bishkek, islamabad } = realReports();
  const found = sharedPhrases(bishkek.paragraphs, islamabad.paragraphs);
  const byPhrase = new Map(found.map((p) => [p.phrase, p]));

  it("finds the partnership's standing name: once in 2023, twice in 2024", () => {
    const name = byPhrase.get('comprehensive strategic partnership of coordination for a new era');
    expect(name?.inFirst.map((o) => o.paragraph + 1)).toEqual([8]);
    expect(name?.inSecond.map((o) => o.paragraph + 1)).toEqual([3, 7]);
  });

  it('finds the longest shared formulations first', () => {
    expect(found.slice(0, 3).map((p) => p.asWritten)).toEqual([
      'between the Belt and Road Initiative and the Eurasian Economic Union',
      'the Russia-China comprehensive strategic partnership of coordination for a new era',
      'with Russian Prime Minister Mikhail Mishustin on the sidelines of the',
    ]);
  });

  it('finds every run of four words or more that both reports print, longest first, each checked in both texts', () => {
    expect(found.map((p) => [p.phrase, p.inFirst.length, p.inSecond.length])).toEqual([
      ['between the belt and road initiative and the eurasian economic union', 1, 1],
      ['the russia-china comprehensive strategic partnership of coordination for a new era', 1, 1],
      ['with russian prime minister mikhail mishustin on the sidelines of the', 1, 1],
      ['comprehensive strategic partnership of coordination for a new era', 1, 2],
      ['meeting of the council of heads of government of', 1, 1],
      ['china is willing to work with russia to', 1, 1],
      ['member states of the shanghai cooperation organization', 1, 1],
      ['at an unprecedented high level', 1, 1],
      // Also on its own in 2023: "Russia is willing to work with China to"
      ['is willing to work with', 2, 1],
      ['support each other in safeguarding', 1, 1],
      ['to work with china to', 1, 1],
      ['areas such as trade', 1, 1],
      ['called on the two', 1, 1],
      ['china is willing to', 1, 2],
      ['digital economy and green', 1, 1],
      ['their respective core interests', 1, 1],
    ]);
  });

  it('lists no phrase shorter than four words, and none inside a longer one only', () => {
    for (const phrase of found) {
      expect(phrase.length).toBeGreaterThanOrEqual(4);
    }
    expect(byPhrase.has('belt and road initiative and the eurasian economic union')).toBe(false);
  });
});
