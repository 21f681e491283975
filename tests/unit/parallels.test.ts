import { describe, expect, it } from 'vitest';
import { parallelStatements, PARALLEL_THRESHOLD, similarity, wordDiff } from '../../src/lib/compare/parallels.ts';
import { paragraphsOf, realReports } from '../support/reports.ts';

describe('similarity', () => {
  it.each([
    ['China and Russia agree.', 'China and Russia agree.', 1],
    ['China and Russia agree.', 'Energy trade grows.', 0],
    ['Trade grows.', 'Trade shrinks.', 0.5],
    ['', '', 0],
    ['The and of.', 'To the.', 0], // function words only
  ])('%j ~ %j = %d', (a, b, expected) => {
    expect(similarity(a, b)).toBeCloseTo(expected, 5);
  });
});

describe('wordDiff', () => {
  it.each([
    ['China and Russia agree.', 'China and Russia agree.'],
    ['The pledge was made in Bishkek, the capital.', 'Li made the remarks (SCO) in Islamabad.'],
    ['member states of the SCO', 'Member States of the SCO'],
    ['  spaced\nout  text ', 'spaced out text'],
  ])('gives each sentence back exactly: %j / %j', (a, b) => {
    const { firstRuns, secondRuns } = wordDiff(a, b);
    expect(firstRuns.map((r) => r.text).join('')).toBe(a);
    expect(secondRuns.map((r) => r.text).join('')).toBe(b);
  });

  it('marks the words only one sentence has, case included', () => {
    const { firstRuns, secondRuns } = wordDiff('met with the member states in Bishkek.', 'met with the Member States in Islamabad.');
    expect(firstRuns.filter((r) => !r.shared).map((r) => r.text)).toEqual(['member states', 'Bishkek']);
    expect(secondRuns.filter((r) => !r.shared).map((r) => r.text)).toEqual(['Member States', 'Islamabad']);
  });

  it('marks nothing in identical sentences', () => {
    expect(wordDiff('Same words here.', 'Same words here.').firstRuns).toEqual([{ text: 'Same words here.', shared: true }]);
  });
});

describe('parallelStatements on small texts', () => {
  it('pairs identical texts sentence by sentence', () => {
    const text = paragraphsOf('Energy trade grows fast. Culture exchanges deepen.');
    const result = parallelStatements(text, text);
    expect(result.pairs.map((p) => [p.first.sentence, p.second.sentence, p.similarity])).toEqual([
      [0, 0, 1],
      [1, 1, 1],
    ]);
    expect(result.onlyInFirst).toEqual([]);
  });

  it('pairs nothing when one side is empty', () => {
    const result = parallelStatements(paragraphsOf('Energy trade grows fast.'), []);
    expect(result.pairs).toEqual([]);
    expect(result.onlyInFirst.map((s) => s.text)).toEqual(['Energy trade grows fast.']);
  });

  it('uses each sentence once, the most similar pair first', () => {
    const result = parallelStatements(
      paragraphsOf('Energy trade grows fast.'),
      paragraphsOf('Energy trade grows.', 'Energy trade grows fast indeed.'),
    );
    expect(result.pairs.map((p) => p.second.paragraph)).toEqual([1]);
    expect(result.onlyInSecond.map((s) => s.text)).toEqual(['Energy trade grows.']);
  });

  it('leaves out pairs below the threshold', () => {
    expect(parallelStatements(paragraphsOf('Energy trade grows.'), paragraphsOf('Culture exchanges deepen.')).pairs).toEqual([]);
  });
});

describe('parallelStatements on the real reports (checked by reading them)', () => {
  const { bishkek, islamabad } = realReports();
  const result = parallelStatements(bishkek.paragraphs, islamabad.paragraphs);
  const pairs = result.pairs.map((p) => [`${p.first.paragraph + 1}.${p.first.sentence + 1}`, `${p.second.paragraph + 1}.${p.second.sentence + 1}`]);

  it(`pairs the four statements that say the same thing, at ${PARALLEL_THRESHOLD}`, () => {
    expect(pairs).toEqual([
      ['2.1', '2.1'], // the occasion: Li met Mishustin on the sidelines of the meeting
      ['4.1', '5.1'], // China is willing to work with Russia on trade and energy
      ['8.1', '7.1'], // Mishustin: the partnership is at an unprecedented high level
      ['9.1', '8.1'], // Russia: core interests, the Belt and Road with the Eurasian Economic Union
    ]);
  });

  it('accounts for every sentence: 9 in 2023, 10 in 2024', () => {
    expect(result.pairs.length + result.onlyInFirst.length).toBe(9);
    expect(result.pairs.length + result.onlyInSecond.length).toBe(10);
  });

  it('keeps each sentence exactly as printed in its runs', () => {
    for (const pair of result.pairs) {
      expect(pair.firstRuns.map((r) => r.text).join('')).toBe(pair.first.text);
      expect(pair.secondRuns.map((r) => r.text).join('')).toBe(pair.second.text);
    }
  });
});
