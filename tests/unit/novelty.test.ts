import { describe, expect, it } from 'vitest';
import { participantBalance, ratioInWords } from '../../src/lib/figures.ts';
import { documentFrequencies, novelPhrases, wordsOf } from '../../src/lib/compare/novelty.ts';
import { attributeParagraphs } from '../../src/lib/attribution.ts';
import { framingClauseStart, nounPhrases } from '../../src/lib/nlp.ts';
import { comparePairs, realMeetingPaths } from '../support/analysis.ts';
import { attributed, paragraphsOf, realReports } from '../support/reports.ts';

/** Paragraphs in the reporter's words, as the newer report of a pair. */
const narrated = (...texts: string[]) =>
  paragraphsOf(...texts).map((p) => ({
    ...p,
    attribution: { side: 'narrative', speaker: undefined, speakers: [], decidedBy: 'rule' as const, cues: [], others: [] },
  }));

describe('nounPhrases: runs of adjectives and nouns, without determiners, never across punctuation', () => {
  it.each([
    [
      'Li said China welcomes more high-quality Russian products entering the Chinese market.',
      ['high-quality Russian products', 'Chinese market'],
    ],
    ['Cooperation in traditional areas such as energy, and in emerging fields.', ['traditional areas', 'energy', 'emerging fields']],
    ['Promote in-depth development of bilateral relations.', ['in-depth development', 'bilateral relations']],
    ['He noted their respective core interests, holding high the banner.', ['respective core interests', 'banner']],
    // a bracket ends a phrase: no "Shanghai Cooperation Organisation (SCO" to quote with its bracket open
    ['They met at a Shanghai Cooperation Organisation (SCO) meeting.', ['Shanghai Cooperation Organisation', 'SCO']],
  ])('%s', (sentence, expected) => {
    const phrases = nounPhrases(sentence).map((p) => p.text);
    for (const phrase of expected) expect(phrases).toContain(phrase);
    for (const phrase of phrases) expect(phrase).not.toMatch(/[()]/);
    for (const p of nounPhrases(sentence)) expect(sentence.slice(p.start, p.end)).toBe(p.text);
  });

  it('marks names: "Shanghai Spirit", "BRICS"', () => {
    const named = nounPhrases('They named the Shanghai Spirit and BRICS.')
      .filter((p) => p.named)
      .map((p) => p.text);
    expect(named).toEqual(['Shanghai Spirit', 'BRICS']);
  });
});

describe('framingClauseStart: a closing ", as" clause with a verb of its own', () => {
  it.each([
    ['Li said China is ready, as the two neighbours mark 75 years of ties.', ', as the two'],
    ['They pledged to steady trade, as commerce heads for its first annual decline.', ', as commerce'],
    ['Li said China and Russia, as permanent members of the Council, should act.', undefined],
    ['Li said trade grew, as well as investment that grew.', undefined],
    ['Li said trade grew, as wel\u200Bl as investment that grew.', undefined],
  ])('%s', (sentence, from) => {
    expect(framingClauseStart(sentence)).toBe(from === undefined ? undefined : sentence.indexOf(from));
  });
});

describe('novelPhrases', () => {
  const context = (reports: { sentences: string[] }[][]) => ({
    names: ['Li Qiang', 'China', 'Russia'],
    frequencies: documentFrequencies(reports.map((r) => wordsOf(r))),
    reportCount: reports.length,
    topicPhrases: ['comprehensive strategic partnership of coordination', 'strategic guidance'],
  });
  const older = paragraphsOf('Li said the two countries should deepen energy cooperation.');
  const newer = narrated(
    'Li said the two countries should open the Amur river ferry corridor and expand energy cooperation in the Arctic.',
  );

  it('finds what the newer report says that the older does not, leaving out what both say and what a topic covers', () => {
    const arctic = { topic: 'arctic', paragraph: 0, sentence: 0, matched: 'Arctic', start: newer[0]!.text.indexOf('Arctic') };
    const found = novelPhrases(
      {
        paragraphs: newer,
        mentions: [
          { ...arctic, wording: 'arctic', side: 'China', speaker: undefined, voices: ['Li'], scope: 'bilateral', scopeCertain: true },
        ],
      },
      { paragraphs: older },
      context([older, newer]),
      'second',
    );
    expect(found.map((n) => [n.text, n.paragraph, n.sentence, n.report])).toEqual([['Amur river ferry corridor', 0, 0, 'second']]);
  });

  it('never counts how the report was sourced as news ("state news agency Xinhua", "the Chinese readout", "his Telegram channel")', () => {
    const a = paragraphsOf('Talks were held.');
    const b = narrated(
      'They met, according to state news agency Xinhua and the Chinese readout.',
      "Trade grew, the premier was quoted as saying by the Russian Cabinet's press service, in a statement after the talks.",
      'Afterwards he wrote on his Telegram channel and in a post on the government website.',
    );
    expect(novelPhrases({ paragraphs: b, mentions: [] }, { paragraphs: a }, context([a, b]), 'second').map((n) => n.text)).toEqual([]);
  });

  it('never counts as news what the report says went unsaid ("made no mention of Ukraine"), but what it says after "but"', () => {
    const a = paragraphsOf('Talks were held.');
    const b = narrated(
      'The readouts made no mention of Ukraine, and there was no word on Western sanctions.',
      'Grain quotas went unmentioned, but Arctic shipping lanes featured.',
    );
    expect(novelPhrases({ paragraphs: b, mentions: [] }, { paragraphs: a }, context([a, b]), 'second').map((n) => n.text)).toEqual([
      'Arctic shipping lanes',
    ]);
  });

  it('never counts the courtesies of a transcript as news ("Thank you", "dear friend", "warm hospitality", "Dear Mr. Premier")', () => {
    const a = paragraphsOf('Talks were held.');
    const b = narrated(
      'Thank you, colleagues.',
      'Dear friend, thank you for your warm hospitality.',
      '"Dear Mr. Premier, dear Madam Minister, Your Excellency, I am glad to welcome you."',
    );
    expect(novelPhrases({ paragraphs: b, mentions: [] }, { paragraphs: a }, context([a, b]), 'second').map((n) => n.text)).toEqual([]);
  });

  it("never counts the meeting's name as news, in British spelling either", () => {
    const a = paragraphsOf('Talks were held.');
    const b = narrated('They met at a Shanghai Cooperation Organisation summit.');
    const found = (names: string[]) =>
      novelPhrases({ paragraphs: b, mentions: [] }, { paragraphs: a }, { ...context([a, b]), names }, 'second').map((n) => n.text);
    expect(found([])).toEqual(['Shanghai Cooperation Organisation summit']);
    expect(found(['Meeting of the Council of the Shanghai Cooperation Organization'])).toEqual([]);
  });

  it("gives a closing clause of circumstance to the reporter, and takes nothing from another person's words", () => {
    const [li, mishustin] = realReports().islamabad.speakers;
    const texts = [
      'Li said Beijing would build the Amur ferry corridor, as Moscow faces mounting Western pressure over Ukraine.',
      '"Ties are lopsided," said Zhao Long, an analyst at the Polar Studies Institute.',
    ];
    const paragraphs = paragraphsOf(...texts);
    const attributions = attributeParagraphs(paragraphs, [li!, mishustin!]);
    const b = paragraphs.map((p, i) => ({ ...p, attribution: attributions[i]! }));
    const a = paragraphsOf('Talks were held.');
    const found = novelPhrases({ paragraphs: b, mentions: [] }, { paragraphs: a }, context([a, b]), 'second');
    expect(found.find((n) => n.text === 'Amur ferry corridor')?.side).toBe('China');
    expect(found.find((n) => n.text === 'Western pressure')?.side).toBe('narrative');
    // Nothing of the analyst's: "Polar Studies Institute" is no news of the meeting.
    expect(found.filter((n) => n.paragraph === 1)).toEqual([]);
  });

  it('never counts a name of the participants or their countries, nor a number, as news', () => {
    const a = paragraphsOf('Talks were held.');
    const b = narrated('Li Qiang met Russia at the 24th meeting.');
    expect(novelPhrases({ paragraphs: b, mentions: [] }, { paragraphs: a }, context([a, b]), 'second').map((n) => n.text)).toEqual([]);
  });

  /** A mention of a topic at the words `matched` of a one-sentence text, said by `side`. */
  const mentionIn = (text: string, topic: string, matched: string, side: string, voices: string[]) => ({
    topic,
    paragraph: 0,
    sentence: 0,
    matched,
    start: text.indexOf(matched),
    wording: matched,
    side,
    speaker: undefined,
    voices,
    scope: 'bilateral',
    scopeCertain: true,
  });

  it.each([
    ['a leader named beside a tracked topic', 'Under the strategic guidance of President Vladimir Putin, ties grew.', true],
    ['the words of news copy', 'At this historical juncture, they made due contributions to bilateral relations.', false],
    ['a fragment of a tracked phrase', 'The strategic partnership grows.', false],
    ['a possessive pronoun', 'Its influence and their sway grew.', false],
    ['a comparison', 'Larger exports and stronger engines.', false],
  ])('leaves out %s', (_case, text, guided) => {
    const a = paragraphsOf('Talks were held.');
    const b = narrated(text);
    const mentions = guided ? [mentionIn(text, 'strategic-guidance', 'strategic guidance', 'China', ['Li'])] : [];
    expect(novelPhrases({ paragraphs: b, mentions }, { paragraphs: a }, context([a, b]), 'second').map((n) => n.text)).toEqual([]);
  });

  it.each([
    ["Kazakhstan's Prime Minister Olzhas Bektenov joined part of the talks to discuss cargo transit.", 'cargo transit'],
    ['Cargo transit was discussed with Olzhas Bektenov, who joined part of the talks.', 'Cargo transit'],
    ['President Kassym-Jomart Tokayev joined the talks on cargo transit.', 'cargo transit'],
  ])('keeps a person who joins the talks in a sentence that also raises a topic: %j', (text, matched) => {
    const a = paragraphsOf('Talks were held.');
    const b = narrated(text);
    const mention = mentionIn(text, 'connectivity-and-transport', matched, 'narrative', []);
    const found = novelPhrases({ paragraphs: b, mentions: [mention] }, { paragraphs: a }, context([a, b]), 'second');
    expect(found.map((n) => n.text)).toContainEqual(expect.stringMatching(/Olzhas Bektenov|Kassym-Jomart Tokayev/));
  });

  it('keeps a name after news copy and an "of": "the heads of government of Belarus and Uzbekistan"', () => {
    const a = paragraphsOf('Talks were held.');
    const b = narrated('Earlier, the heads of government of Belarus and Uzbekistan arrived.');
    const found = novelPhrases({ paragraphs: b, mentions: [] }, { paragraphs: a }, context([a, b]), 'second').map((n) => n.text);
    expect(found.sort()).toEqual(['Belarus', 'Uzbekistan']);
  });

  it('finds, in the real reports, the concrete asks of 2023 that 2024 drops, and in 2024 its new fields, and nothing else', async () => {
    const [pair] = await comparePairs([realMeetingPaths.bishkek, realMeetingPaths.islamabad]);
    // "the Chinese market" is a country and one common word: no news of its own.
    expect(pair!.novelties.dropped.map((n) => n.text).sort()).toEqual([
      'high-quality Russian products',
      'new engines',
      'regional economic growth',
    ]);
    expect(pair!.novelties.added.map((n) => n.text).sort()).toEqual(['emerging fields', 'traditional areas']);
  });
});

describe('ratioInWords', () => {
  it.each([
    [159, 82, 'about 2 to 1'],
    [293, 150, 'about 2 to 1'],
    [100, 100, 'about 1 to 1'],
    [82, 159, 'about 1 to 2'],
    [250, 100, 'about 2.5 to 1'],
    // Below 1.75 a half is too coarse: the transcript's 235 to 299 is about 1 to 1.3, not 1.5.
    [235, 299, 'about 1 to 1.3'],
    [104, 100, 'about 1 to 1'],
    [170, 100, 'about 1.7 to 1'],
    [5, 0, 'some to none'],
    [0, 0, 'no words either'],
  ])('%i to %i is %s', (a, b, expected) => {
    expect(ratioInWords(a, b)).toBe(expected);
  });

  it("says the real reports give Li about twice Mishustin's words in both (159:82, 293:150)", () => {
    const { bishkek, islamabad } = realReports();
    const figures = [bishkek, islamabad].map((r) => {
      const paragraphs = attributed(r).paragraphs;
      const words = (country: string) => paragraphs.filter((p) => p.attribution.side === country).reduce((n, p) => n + p.words, 0);
      return {
        bySide: [
          { speaker: r.speakers[0], words: words('China') },
          { speaker: r.speakers[1], words: words('Russia') },
        ],
      };
    });
    const balance = participantBalance(figures as never, ['Li', 'Mishustin']);
    expect(balance).toEqual({
      readings: [
        { words: [159, 82], reading: 'about 2 to 1' },
        { words: [293, 150], reading: 'about 2 to 1' },
      ],
      same: true,
    });
  });

  it('reads the participants by name, whatever order a report lists them in: Li has 293 words in 2024 even listed second', () => {
    const { islamabad } = realReports();
    const paragraphs = attributed(islamabad).paragraphs;
    const words = (country: string) => paragraphs.filter((p) => p.attribution.side === country).reduce((n, p) => n + p.words, 0);
    const listedMishustinFirst = {
      bySide: [
        { speaker: islamabad.speakers[1], words: words('Russia') },
        { speaker: islamabad.speakers[0], words: words('China') },
      ],
    };
    expect(participantBalance([listedMishustinFirst as never], ['Li', 'Mishustin']).readings).toEqual([
      { words: [293, 150], reading: 'about 2 to 1' },
    ]);
  });
});
