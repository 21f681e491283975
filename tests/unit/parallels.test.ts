import { describe, expect, it } from 'vitest';
import {
  contentWords,
  MAX_COUNTERPARTS,
  parallelStatements,
  TOPIC_PAIR_THRESHOLD,
  wordDiff,
  WORD_PAIR_THRESHOLD,
} from '../../src/lib/compare/parallels.ts';
import { findMentions } from '../../src/lib/compare/topics.ts';
import { attributed, paragraphsOf, realReports, realScopes, realTopics } from '../support/reports.ts';

describe('contentWords', () => {
  it.each([
    ['The two sides and their peoples.', ['two', 'side', 'people']],
    ["Russia's energy policies", ['russia', 'energy', 'policy']],
    ['To the and of.', []],
    ['Business progress', ['business', 'progress']], // "ss" is no plural
  ])('%j → %j', (sentence, expected) => {
    expect([...contentWords(sentence)]).toEqual(expected);
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

  const own = (a: string, b: string) => {
    const { firstRuns, secondRuns } = wordDiff(a, b);
    return [firstRuns.filter((r) => r.kind === 'own').map((r) => r.text), secondRuns.filter((r) => r.kind === 'own').map((r) => r.text)];
  };

  it.each([
    // case does not make a word "own"
    ['met the member states in Bishkek.', 'met the Member States in Islamabad.', [['Bishkek'], ['Islamabad']]],
    // nor does its place in the sentence
    ['trade and energy', 'energy and trade', [[], []]],
    ['The pledge was made when Li met', 'Li made the remarks', [['pledge was', 'when', 'met'], ['remarks']]],
    // nor a possessive
    ["China's interests", 'China interests', [[], []]],
    ['Same words here.', 'Same words here.', [[], []]],
  ])('%j / %j: only in one %j', (a, b, expected) => {
    expect(own(a, b)).toEqual(expected);
  });

  it('tells words jsdiff cannot align but the other sentence has as moved', () => {
    const { firstRuns, secondRuns } = wordDiff('trade and energy', 'energy and trade');
    const kinds = [...firstRuns, ...secondRuns].map((r) => r.kind);
    expect(kinds).toContain('moved');
    expect(kinds).not.toContain('own');
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
    expect(result.unpairedFirst).toEqual([]);
  });

  it('pairs nothing when one side is empty', () => {
    const result = parallelStatements(paragraphsOf('Energy trade grows fast.'), []);
    expect(result.pairs).toEqual([]);
    expect(result.unpairedFirst.map((s) => s.text)).toEqual(['Energy trade grows fast.']);
  });

  it(`needs ${WORD_PAIR_THRESHOLD} without a shared topic, ${TOPIC_PAIR_THRESHOLD} with one`, () => {
    const first = paragraphsOf('Pipelines carry gas north.', 'Filler words here.', 'Other filler there.');
    const second = paragraphsOf(
      'Pipelines and ports and roads and rails and banks and schools.',
      'More filler here.',
      'Other words there.',
    );
    const plain = parallelStatements(first, second);
    expect(plain.pairs.find((p) => p.first.paragraph === 0 && p.second.paragraph === 0)).toBeUndefined();
    const topics = { first: [{ paragraph: 0, sentence: 0, topic: 'energy' }], second: [{ paragraph: 0, sentence: 0, topic: 'energy' }] };
    const withTopic = parallelStatements(first, second, topics).pairs.find((p) => p.first.paragraph === 0 && p.second.paragraph === 0);
    expect(withTopic?.sharedTopics).toEqual(['energy']);
  });

  it(`keeps a pair only among the ${MAX_COUNTERPARTS} closest counterparts of one of its sentences, so a long report cannot pair everything`, () => {
    const same = Array.from({ length: 5 }, () => 'Energy trade grows fast.');
    const result = parallelStatements(paragraphsOf(...same), paragraphsOf(...same));
    // 25 candidates, all alike: a pair stays if its first sentence is among the first three of
    // the second's, or the other way round; the four pairs of two "fourth or fifth" go.
    expect(result.pairs).toHaveLength(21);
    expect(result.unpairedFirst).toEqual([]);
    expect(result.pairs.length).toBeLessThanOrEqual(MAX_COUNTERPARTS * (same.length + same.length));
  });

  it('lets a sentence have more than one counterpart, the closest pair first', () => {
    const result = parallelStatements(
      paragraphsOf('Energy trade grows fast.', 'Unrelated words entirely.'),
      paragraphsOf('Energy trade grows.', 'Energy trade grows fast.', 'Something else altogether.'),
    );
    expect(result.pairs.map((p) => [p.first.paragraph, p.second.paragraph])).toEqual([
      [0, 1],
      [0, 0],
    ]);
    expect(result.unpairedSecond.map((s) => s.paragraph)).toEqual([2]);
  });
});

describe('parallelStatements on the real reports (checked by reading them)', () => {
  const { bishkek, islamabad } = realReports();
  const topics = realTopics();
  const result = parallelStatements(bishkek.paragraphs, islamabad.paragraphs, {
    first: findMentions(attributed(bishkek), topics, realScopes()),
    second: findMentions(attributed(islamabad), topics, realScopes()),
  });
  const pairs = result.pairs.map(
    (p) => `${p.first.paragraph + 1}.${p.first.sentence + 1} ~ ${p.second.paragraph + 1}.${p.second.sentence + 1}`,
  );

  it.each([
    ['2.1 ~ 2.1', 'the occasion: Li met Mishustin on the sidelines of the meeting'],
    ['4.1 ~ 5.1', 'China is willing to work with Russia on trade and energy'],
    ['8.1 ~ 7.1', 'Mishustin: the partnership is at an unprecedented high level'],
    ['9.1 ~ 8.1', 'Russia: core interests, the Belt and Road with the Eurasian Economic Union'],
    ['6.1 ~ 3.2', 'education and local exchanges; people-to-people and sub-national exchanges'],
    ['6.1 ~ 8.1', 'the Culture Year(s), raised by Li, then by Mishustin'],
    ['7.1 ~ 5.1', 'supply chains and the digital economy'],
    ['7.1 ~ 6.1', 'the SCO, the digital economy, green development and green industry'],
    ['9.1 ~ 3.2', "support on each other's core interests"],
    ['1.1 ~ 9.1', 'collaboration within multilateral institutions; the UN, the SCO, BRICS'],
    ['3.1 ~ 3.2', 'benefits to their peoples; tangible benefits to the people'],
  ])('pairs %s: %s', (pair) => {
    expect(pairs).toContain(pair);
  });

  it('does not pair sentences that only share the words of the genre', () => {
    // Russian products in the Chinese market (2023) and Li's opening on strategic coordination (2024)
    expect(pairs).not.toContain('5.1 ~ 1.1');
    expect(result.unpairedFirst.map((s) => `${s.paragraph + 1}.${s.sentence + 1}`)).toEqual(['5.1']);
  });

  it('marks as "only in one" no word that both sentences hold', () => {
    const occasion = result.pairs.find((p) => p.first.paragraph === 1 && p.second.paragraph === 1)!;
    const ownWords = (runs: typeof occasion.firstRuns) =>
      runs
        .filter((r) => r.kind === 'own')
        .map((r) => r.text.toLowerCase())
        .join(' ');
    for (const word of ['member states', 'made', 'meeting', 'mishustin']) {
      expect(ownWords(occasion.firstRuns)).not.toContain(word);
      expect(ownWords(occasion.secondRuns)).not.toContain(word);
    }
    expect(ownWords(occasion.firstRuns)).toContain('bishkek');
  });

  it('tells words apart only in pairs close in wording', () => {
    const marked = (p: (typeof result.pairs)[number]) => [...p.firstRuns, ...p.secondRuns].some((r) => r.kind !== 'same');
    const restated = result.pairs.filter((p) => p.similarity >= WORD_PAIR_THRESHOLD);
    const related = result.pairs.filter((p) => p.similarity < WORD_PAIR_THRESHOLD);
    expect(restated.filter(marked).length).toBe(restated.length);
    expect(related.length).toBeGreaterThan(0);
    expect(related.filter(marked)).toEqual([]);
  });

  it('keeps each sentence exactly as printed in its runs', () => {
    for (const pair of result.pairs) {
      expect(pair.firstRuns.map((r) => r.text).join('')).toBe(pair.first.text);
      expect(pair.secondRuns.map((r) => r.text).join('')).toBe(pair.second.text);
    }
  });
});
