import { describe, expect, it } from 'vitest';
import { compilePhrases, foldForMatching, matchPhrases, samePhrase } from '../../src/lib/compare/match.ts';
import { americanSpelling } from '../../src/lib/compare/spelling.ts';

const found = (text: string, phrases: string[]): [string, string][] =>
  matchPhrases(text, compilePhrases(phrases)).map((m) => [m.matched, m.wording]);

describe('matchPhrases: by meaning, not spelling', () => {
  it.each<[string, string, string[], [string, string][]]>([
    ['longest first', 'economy and trade', ['trade', 'economy and trade', 'economy'], [['economy and trade', 'economy and trade']]],
    ['any case, any white space', 'Economy  and\nTRADE', ['economy and trade'], [['Economy  and\nTRADE', 'economy and trade']]],
    [
      'each wording once, in reading order',
      'trade, economy, trade',
      ['trade', 'economy'],
      [
        ['trade', 'trade'],
        ['economy', 'economy'],
      ],
    ],
    ['not inside a word', 'retrade, trader, Étrade', ['trade'], []],
    ['beside punctuation', '(trade).', ['trade'], [['trade', 'trade']]],
    ['a plural', 'deepen cooperation in supply chains', ['supply chain'], [['supply chains', 'supply chain']]],
    ['a singular', 'their respective core interest', ['core interests'], [['core interest', 'core interests']]],
    ['a plural inside', 'the Russia-China Years of Culture', ['Year of Culture'], [['Years of Culture', 'year of culture']]],
    ['a verb form', 'they are manufacturing cars', ['manufacture'], [['manufacturing', 'manufacture']]],
    ['a hyphen read as a space', 'people to people exchanges', ['people-to-people'], [['people to people', 'people-to-people']]],
    ['a space read as a hyphen', 'people-to-people exchanges', ['people to people'], [['people-to-people', 'people to people']]],
    [
      'a non-breaking hyphen',
      'people\u2011to\u2011people ties',
      ['people-to-people'],
      [['people\u2011to\u2011people', 'people-to-people']],
    ],
    [
      'a curly apostrophe',
      'the organization’s members',
      ["organization's members"],
      [['organization’s members', "organization's members"]],
    ],
    ['a possessive', "Russia's core interests", ['core interests'], [['core interests', 'core interests']]],
    [
      'British spelling',
      'the organisation and good-neighbourliness',
      ['organization', 'good-neighborliness'],
      [
        ['organisation', 'organization'],
        ['good-neighbourliness', 'good-neighborliness'],
      ],
    ],
    [
      'an article inside',
      'synergy between the Belt and Road Initiative and the EAEU',
      ['synergy between Belt and Road Initiative and EAEU'],
      [['synergy between the Belt and Road Initiative and the EAEU', 'synergy between belt and road initiative and eaeu']],
    ],
    ['an article the phrase names is needed', 'within SCO', ['the SCO'], []],
    [
      'a joiner inside a word',
      'strategic coordi\u034Fnation',
      ['strategic coordination'],
      [['strategic coordi\u034Fnation', 'strategic coordination']],
    ],
    [
      'a zero-width space inside a word',
      'strategic\u200B coordination',
      ['strategic coordination'],
      [['strategic\u200B coordination', 'strategic coordination']],
    ],
    ['not across a comma', 'trade, energy', ['trade energy'], []],
    ['not across a bracket', 'Organization (SCO) member states', ['SCO member states'], []],
    ['a variation selector', 'energy\uFE0F cooperation', ['energy cooperation'], [['energy\uFE0F cooperation', 'energy cooperation']]],
  ])('%s', (_case, text, phrases, expected) => {
    expect(found(text, phrases)).toEqual(expected);
  });

  it('finds nothing with no phrases', () => {
    expect(found('trade', [])).toEqual([]);
  });
});

describe('matchPhrases: a footnote mark glued to a word', () => {
  it('finds the phrase before a superscript footnote mark', () => {
    expect(matchPhrases('Practical cooperation\u00B9 grew.', compilePhrases(['practical cooperation'])).map((m) => m.matched)).toEqual([
      'Practical cooperation',
    ]);
  });
});

describe('samePhrase: two phrases that find the same words', () => {
  it.each([
    ['people-to-people exchange', 'people to people exchanges', true],
    ['the Shanghai Spirit', 'Shanghai Spirit', true],
    ['Shanghai Cooperation Organisation', 'Shanghai Cooperation Organization', true],
    ['Year of Culture', 'Years of Culture', true],
    ['trade', 'Trade', true],
    ['trade', 'trade facilitation', false],
    ['energy cooperation', 'cooperation in energy', false],
    ['supply chain', 'supply', false],
  ])('%j and %j: %s', (a, b, same) => {
    expect(samePhrase(a, b)).toBe(same);
    expect(samePhrase(b, a)).toBe(same);
  });
});

describe('foldForMatching', () => {
  it('leaves out what shows nothing and keeps each character’s place in the text as written', () => {
    const { folded, origin } = foldForMatching('a\u200Bb’c');
    expect(folded).toBe("ab'c");
    expect(origin).toEqual([0, 2, 3, 4, 5]);
  });
});

describe('americanSpelling', () => {
  it.each([
    ['organisation', 'organization'],
    ['organisations', 'organizations'],
    ['realise', 'realize'],
    ['prioritised', 'prioritized'],
    ['modernising', 'modernizing'],
    ['neighbour', 'neighbor'],
    ['neighbourliness', 'neighborliness'],
    ['favourable', 'favorable'],
    ['labour', 'labor'],
    ['programme', 'program'],
    ['centre', 'center'],
    ['defence', 'defense'],
    ['travelled', 'traveled'],
    // Not British, and no rule makes them another word.
    ['four', 'four'],
    ['our', 'our'],
    ['hour', 'hour'],
    ['rise', 'rise'],
    ['noise', 'noise'],
    ['organization', 'organization'],
  ])('%s → %s', (british, american) => {
    expect(americanSpelling(british)).toBe(american);
  });
});
