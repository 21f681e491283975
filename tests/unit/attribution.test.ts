import { describe, expect, it } from 'vitest';
import {
  anotherSpeaksIn,
  attributeParagraphs,
  attributionAt,
  speakerGaps,
  speakerGapWarning,
  voicesIn,
  type Speaker,
} from '../../src/lib/attribution.ts';
import { paragraphsOf, realReports } from '../support/reports.ts';

const li: Speaker = { name: 'Li Qiang', shortName: 'Li', office: 'Premier', country: 'China' };
const mishustin: Speaker = { name: 'Mikhail Mishustin', shortName: 'Mishustin', office: 'Prime Minister', country: 'Russia' };
const sides = (texts: string[], overrides?: Record<string, string>) =>
  attributeParagraphs(paragraphsOf(...texts), [li, mishustin], overrides).map((a) => a.side);

describe("another person's words", () => {
  it.each<[string[], string[][]]>([
    [['Bektenov said Kazakhstan supported the SCO.'], [['Bektenov said']]],
    [
      ['Sharif noted the summit.', 'He urged more trade.'],
      [['Sharif noted'], ['He urged']],
    ],
    // a participant speaks too: the paragraph is the reporter's, its words partly the participant's
    [['Li said yes, and Sharif noted more.'], [[]]],
    [
      ['Mishustin said so.', 'He added more.'],
      [[], []],
    ],
    // A reporting verb that is also a plural noun: no one speaks, unless what is said follows.
    [['The SCO includes India, Iran and four Central Asian states.'], [[]]],
    [['The Baltic States voices were absent, and Kazakh hopes rose.'], [[]]],
    [['Sharif states that Pakistan is ready.'], [['Sharif states']]],
    // "the prime minister" after a sentence that titles two: the first it titles, its subject (APP's host, Sharif)
    [
      [
        'Prime Minister Shehbaz Sharif received the delegations, including Premier Li Qiang and Prime Minister Mishustin.',
        'Addressing the session, the prime minister said the region was ready.',
        '"We are committed," he said.',
      ],
      [[], ['the prime minister said'], ['he said']],
    ],
    // a titled host before a participant named without the title (Dawn)
    [
      [
        'Li and his Russian counterpart Mikhail Mishustin met, a day after PM Shehbaz Sharif hosted a dinner.',
        'The prime minister said the SCO must deliver.',
      ],
      [[], ['The prime minister said']],
    ],
    // or, where the sentence titles none, the first holder it names (Kazinform's Bektenov, titled two paragraphs before)
    [
      [
        'Prime Minister Olzhas Bektenov arrived.',
        'Li met Prime Minister Mishustin.',
        'Bektenov held talks with Mishustin. The prime minister noted the route.',
      ],
      [[], [], ['The prime minister noted']],
    ],
    // another person's quotation running on into the next paragraph is theirs there too; "pointed to" is speech
    [
      ['"Beijing holds the cards," said Zhao Long, an analyst. "It can wait,', '"and Moscow cannot."'],
      [['said Zhao'], ['said Zhao']],
    ],
    [
      ['Kirill Zavyalov, an analyst, said ties were lopsided.', 'He pointed to the pipeline.'],
      [['Zavyalov, an analyst, said'], ['He pointed to']],
    ],
    [['Tokayev stresses: "Trade matters."'], [['Tokayev stresses']]],
    // someone named by role, not name (Bloomberg, Kommersant, the Global Times)
    [['A Kremlin spokesman told reporters the talks were substantive.'], [['spokesman told']]],
    [['As a source in the Russian government told Kommersant, payments were discussed.'], [['source in the Russian government told']]],
    [['Chinese experts said the meeting sent a signal.'], [['experts said']]],
    [['Payments remain slow, according to people familiar with the matter.'], [['according to people familiar with the matter']]],
    // but a dateline or a note with a colon is no one's turn in a report without a participant's
    [
      ['ISLAMABAD: Chinese Premier Li Qiang met Mishustin.', 'Note: The talks lasted an hour.'],
      [[], []],
    ],
    // another person's turn in a transcript, and their turn going on
    [
      ['Mikhail Mishustin: Welcome.', 'Question: Will trade grow?', 'And energy?'],
      [[], ['Question'], ['Question']],
    ],
  ])('%j → others %j', (texts, others) => {
    expect(attributeParagraphs(paragraphsOf(...texts), [li, mishustin]).map((a) => a.others)).toEqual(others);
  });
});

describe("the outlet's words before a speaker's", () => {
  /** Where each voice begins in the first sentence of each paragraph, and whose it is. */
  const firstParts = (...texts: string[]) => {
    const paragraphs = paragraphsOf(...texts);
    return attributeParagraphs(paragraphs, [li, mishustin]).map((attribution, i) =>
      voicesIn(attribution, 0, paragraphs[i]!.sentences[0]!).map(({ start, voice }) => [start, voice.side]),
    );
  };
  it.each<[string, string[], (string | number)[][][]]>([
    [
      'a dateline, whoever speaks after it',
      ['ISLAMABAD, Oct. 16 (Xinhua) -- Chinese Premier Li Qiang said here on Wednesday that China is ready.'],
      [
        [
          [0, 'narrative'],
          ['ISLAMABAD, Oct. 16 (Xinhua) -- '.length, 'China'],
        ],
      ],
    ],
    [
      "a transcript's name and colon, the turn after it the speaker's",
      ['Mikhail Mishustin: Welcome to Moscow. Relations are strong.', 'We see potential in energy.'],
      [
        [
          [0, 'narrative'],
          ['Mikhail Mishustin:'.length, 'Russia'],
        ],
        [[0, 'Russia']],
      ],
    ],
  ])('%s', (_case, texts, expected) => {
    expect(firstParts(...texts)).toEqual(expected);
  });
});

describe("where another person's words begin", () => {
  it('is the closing clause where they begin to speak in one ("…, as Chinese experts said …"), the reporter\'s before it', () => {
    const sentence = 'Li met Mishustin in Moscow on Monday, as Chinese experts said the meeting sent a clear signal.';
    const [attribution] = attributeParagraphs(paragraphsOf(sentence), [li, mishustin]);
    const clause = sentence.indexOf(', as');
    expect([0, clause].map((at) => attributionAt(attribution!, 0, sentence, at).side)).toEqual(['narrative', 'other']);
    // where they speak before the clause, the sentence is theirs
    const theirs = 'Experts said trade grew, as the ruble fell.';
    const [other] = attributeParagraphs(paragraphsOf(theirs), [li, mishustin]);
    expect(attributionAt(other!, 0, theirs, 0).side).toBe('other');
  });

  it('is their first sentence; a quotation of theirs running on into a paragraph of its own is theirs from its start', () => {
    const attributions = attributeParagraphs(
      paragraphsOf('No progress was announced. "Talks go on," said Zhao Long, an analyst. "We wait,', '"and we hope."'),
      [li, mishustin],
    );
    expect(attributions.map((a) => [a.othersFrom, anotherSpeaksIn(a, 0), anotherSpeaksIn(a, 1)])).toEqual([
      [1, false, true],
      [0, true, true],
    ]);
  });
});

describe('an override for another person', () => {
  it('labels the paragraph another speaker\'s, and a later "he" theirs', () => {
    const attributions = attributeParagraphs(paragraphsOf('Mischustin said trade grew.', 'He added more.'), [li, mishustin], {
      p1: 'other',
    });
    expect(attributions.map((a) => [a.side, a.decidedBy, a.others])).toEqual([
      ['narrative', 'override', ['set by hand']],
      ['narrative', 'rule', ['He added']],
    ]);
  });
});

describe('both participants speaking in turn in one paragraph', () => {
  const read = (...texts: string[]) => {
    const paragraphs = paragraphsOf(...texts);
    return attributeParagraphs(paragraphs, [li, mishustin]).map((attribution, i) => ({ attribution, sentences: paragraphs[i]!.sentences }));
  };

  it('gives each sentence to its speaker, a quotation after one to them, and the paragraph to the reporter', () => {
    const [p] = read('Li said trade grew. Mishustin said energy mattered. "We are ready," he added. Trade is up.');
    expect(p!.attribution.side).toBe('narrative');
    expect(p!.attribution.turns?.map((turn) => turn.map((s) => s.shortName))).toEqual([
      ['Li'],
      ['Mishustin'],
      ['Mishustin'],
      ['Mishustin'],
    ]);
  });

  it('gives each clause of a sentence of both to its speaker (Caixin\'s "Li urged …, while Mishustin said …")', () => {
    const sentence = 'On the SCO, Li urged members to speed up the bank, while Mishustin said the bloc should focus on transport.';
    const [p] = read(sentence);
    expect(p!.attribution.turns?.map((turn) => turn.map((s) => s.shortName))).toEqual([['Li', 'Mishustin']]);
    const at = (words: string) => attributionAt(p!.attribution, 0, sentence, sentence.indexOf(words)).speaker?.shortName;
    expect([at('SCO'), at('bank'), at('transport')]).toEqual(['Li', 'Li', 'Mishustin']);
  });

  it('gives a clause that leaves out the verb of the other\'s before it to its subject ("Li spoke of …; his Russian counterpart of …")', () => {
    const sentence =
      'In the talks the Chinese premier talked about chips and software; his Russian counterpart about grain and fertiliser.';
    const [p, alone] = read(sentence, 'Mishustin arrived late; Li on time.');
    expect(p!.attribution.turns?.map((turn) => turn.map((s) => s.shortName))).toEqual([['Li', 'Mishustin']]);
    const at = (words: string) => attributionAt(p!.attribution, 0, sentence, sentence.indexOf(words)).speaker?.shortName;
    expect([at('chips'), at('grain')]).toEqual(['Li', 'Mishustin']);
    // Without a verb of speech before it, the clause is no one's speech.
    expect(alone!.attribution.side).toBe('narrative');
  });

  it('leaves a sentence before anyone speaks, and one of both with no clause break, to the reporter', () => {
    const both = 'Li said trade grew and Mishustin said energy mattered.';
    const [p] = read(`Trade was on the table. ${both}`);
    expect(p!.attribution.turns?.map((turn) => turn.map((s) => s.shortName))).toEqual([[], ['Li', 'Mishustin']]);
    expect(attributionAt(p!.attribution, 0, 'Trade was on the table.', 0).side).toBe('narrative');
    expect(attributionAt(p!.attribution, 1, both, both.indexOf('energy')).side).toBe('narrative');
  });

  it('gives a quotation running on after it to the last of the two to speak', () => {
    const [, next] = read('Li said trade grew. Mishustin said: "We are ready,', '"and we will act."');
    expect([next!.attribution.side, next!.attribution.turns]).toEqual(['Russia', undefined]);
  });

  it('is no paragraph of one speaker, of both sides or of another person', () => {
    expect(read('Li said so. He added more.')[0]!.attribution.turns).toBeUndefined();
    expect(read('Sharif noted more. He added more.')[0]!.attribution.turns).toBeUndefined();
  });

  it("gives a participant's sentences to them and another person's to that person, where both speak in one paragraph", () => {
    const [p] = read(
      'Li said trade grew. Zhao Long, an analyst, said ties were lopsided. "It can wait," he added. Li said so, and Sharif noted more.',
    );
    const { attribution, sentences } = p!;
    expect(attribution.side).toBe('narrative');
    // The last sentence holds both: the reporter's, as a paragraph of both was before.
    expect(sentences.map((sentence, i) => attributionAt(attribution, i, sentence, 0).side)).toEqual([
      'China',
      'other',
      'other',
      'narrative',
    ]);
  });
});

describe("the reporter's words after a quotation that opens a speaker's sentence", () => {
  const voiceAt = (text: string, words: string) => {
    const paragraphs = paragraphsOf(text);
    const [attribution] = attributeParagraphs(paragraphs, [li, mishustin]);
    const index = paragraphs[0]!.sentences.findIndex((s) => s.includes(words));
    const sentence = paragraphs[0]!.sentences[index]!;
    const voice = attributionAt(attribution!, index, sentence, sentence.indexOf(words));
    return voice.speaker?.shortName ?? voice.side;
  };

  it.each([
    // Who said it, where and when, is the reporter's (AP's "known as the White House").
    ['“Our ties are at their best,” Mishustin told Li at the government headquarters, known as the White House.', 'best', 'Mishustin'],
    [
      '“Our ties are at their best,” Mishustin told Li at the government headquarters, known as the White House.',
      'White House',
      'narrative',
    ],
    // More speech after it is still the speaker's.
    ['"We are ready," Li said, adding that energy ties would grow.', 'energy', 'Li'],
    ['"We are ready," Li said, and called for more trade in farm goods.', 'farm goods', 'Li'],
    // So where the quotation began a sentence before (Interfax's greeting), in either kind of quotation mark.
    ['"Dear friend! We are glad to see you in Moscow," Mishustin said at the start of the talks.', 'start of the talks', 'narrative'],
    ['“Dear friend! We are glad to see you in Moscow,” Mishustin said at the start of the talks.', 'glad', 'Mishustin'],
    ['“Welcome! Ties are strong,” Mishustin said, adding that trade would grow.', 'trade would grow', 'Mishustin'],
    // A sentence that does not open with a quotation is the speaker's throughout.
    ['Li said China was "ready" to buy more soybeans from Russia.', 'soybeans', 'Li'],
  ])('%s: "%s" is %s\'s', (text, words, expected) => {
    expect(voiceAt(text, words)).toBe(expected);
  });
});

describe('a both-sides opening that tells history', () => {
  it.each([
    ["China and Russia declared a 'no limits' partnership in February 2022.", 'narrative'],
    ['In 2001, China and Russia signed the Treaty of Good-Neighborliness.', 'narrative'],
    // The meeting's own year, and a past year outside the opening's clause, are the meeting's.
    ['China and Russia agreed in 2024 to expand trade.', 'both'],
    ['China and Russia agreed to expand trade, which reached 240 billion dollars in 2023.', 'both'],
  ])('%s → %s (a meeting in 2024)', (text, side) => {
    expect(attributeParagraphs(paragraphsOf(text), [li, mishustin], {}, 2024).map((a) => a.side)).toEqual([side]);
  });
});

describe('attributeParagraphs on small texts', () => {
  it.each([
    [['Li said the two sides agree.'], ['China']],
    [['Chinese Premier Li Qiang said here on Wednesday that all is well.'], ['China']],
    [['The premier said China welcomes more products.'], ['China']],
    [['The Prime Minister stressed the point.'], ['Russia']],
    [['Noting the anniversary, Mishustin said relations are good.'], ['Russia']],
    [['Mishustin congratulated China on the forum, saying that ties are strong.'], ['Russia']],
    // both countries as the subject of a reporting verb: the outlet gives the words to both sides
    [['China and Russia on Wednesday reiterated their commitment.'], ['both']],
    [['Russia and China agreed to deepen ties.'], ['both']],
    [['The two sides pledged to work together.'], ['both']],
    [['China and Russia are neighbours.'], ['narrative']],
    [['Trade between China and Russia reiterated nothing.'], ['narrative']],
    [['The pledge was made when Li Qiang met with Mikhail Mishustin.'], ['narrative']],
    // "he" is the last participant who spoke, also in a later paragraph
    [
      ['Li said one thing.', 'China is ready, he said.', 'Mishustin noted another.', 'He added more.'],
      ['China', 'China', 'Russia', 'Russia'],
    ],
    // a pronoun before anyone has spoken is nobody's
    [['He said something.'], ['narrative']],
    // a mention without a reporting verb does not change who "he" is
    [
      ['Li said so.', 'Li made the remarks during his meeting with Mikhail Mishustin.', 'It matters, he noted.'],
      ['China', 'narrative', 'China'],
    ],
    // speech by both sides in one paragraph is not given to either
    [['Li said yes and Mishustin said yes.'], ['narrative']],
    [[''], ['narrative']],
    // a time or place phrase, or an apposition, between the name and its verb
    [['Premier Li Qiang on Tuesday stressed that ties are strong.'], ['China']],
    [['Li here on Wednesday urged more trade.'], ['China']],
    [['Li Qiang, the Chinese premier, noted the progress.'], ['China']],
    [['Mishustin, for his part, hailed the growth.'], ['Russia']],
    // reporting verbs beyond "said"
    [['Mishustin recalled the forum.'], ['Russia']],
    [['Li voiced hope for more exchanges.'], ['China']],
    [['Mishustin underscored the point.'], ['Russia']],
    [['Li emphasised the point.'], ['China']],
    // titles alone: "the premier" is Li; a prime minister, or "the Russian premier", is Mishustin
    [['The Chinese premier called for closer ties.'], ['China']],
    [['The Russian prime minister said so.'], ['Russia']],
    [['For his part, the Russian premier noted the anniversary.'], ['Russia']],
    // a pronoun continues the last named speaker, with a phrase before its verb too
    [
      ['Mishustin said one thing.', 'He also on Tuesday urged more.'],
      ['Russia', 'Russia'],
    ],
    // both sides, after a phrase of time or place, or named together
    [['During the meeting, the two sides reaffirmed their commitment.'], ['both']],
    [['Li and Mishustin agreed to deepen ties.'], ['both']],
    [['According to Mishustin, trade grew.'], ['Russia']],
    [['In the Chinese premier’s words, trade must grow.'], ['China']],
    [['The head of the Russian cabinet recalled the anniversary.'], ['Russia']],
    [['For his part, the Chinese State Council Premier said ties are good.'], ['China']],
    [['The two neighbors renewed their pledge.'], ['both']],
    [['Moscow and Beijing agreed to expand trade.'], ['both']],
    // the country's possessive before the office, the country's side, and another person who shares a short name
    [["Russia's prime minister congratulated China on the forum."], ['Russia']],
    [['China’s premier stressed the point.'], ['China']],
    [['The Russian side said it was ready.'], ['Russia']],
    [['Wang Li said the talks went well.'], ['narrative']],
    [
      ['Li said so.', 'Jiang Li, a trade official, noted more.'],
      ['China', 'narrative'],
    ],
    [['On Tuesday Li said ties are strong.'], ['China']],
    [['Chinese Premier Li stressed the point.'], ['China']],
    [['Russian Prime Minister Mishustin stressed the point.'], ['Russia']],
    // both participants named with their titles, or by their offices together, or "both sides said"
    [['Chinese Premier Li Qiang and Russian Prime Minister Mikhail Mishustin on Wednesday reiterated their commitment.'], ['both']],
    [['Premier Li Qiang and Prime Minister Mikhail Mishustin pledged to deepen ties.'], ['both']],
    [['The Chinese and Russian premiers agreed to expand trade.'], ['both']],
    [['The premiers of China and Russia said ties are strong.'], ['both']],
    [['Both sides said ties are strong.'], ['both']],
    // a speaker's words that introduce both sides' are the speaker's
    [['According to Li, the two sides agreed to expand trade.'], ['China']],
    // another office of the same country is another person
    [['Trade will grow, said Russian Deputy Prime Minister Alexei Overchuk.'], ['narrative']],
    [["Russia's Deputy Prime Minister, Alexei Overchuk, said trade will grow."], ['narrative']],
    [['Trade will grow, said Chinese Vice Premier Ding Xuexiang.'], ['narrative']],
    [["Trade will grow, said Li's deputy, Ding Xuexiang."], ['narrative']],
    [["Trade will grow, said Li Hui, China's special envoy."], ['narrative']],
    // after someone else speaks, "he" is not a participant
    [
      ['Li said so.', 'Pakistani Prime Minister Shehbaz Sharif noted the summit.', 'He urged more.'],
      ['China', 'narrative', 'narrative'],
    ],
    [
      ['Mishustin said so.', 'Li argued that ties matter.', 'He also said more.'],
      ['Russia', 'China', 'China'],
    ],
    // two speakers in one paragraph, one of them another person, or one who replies
    [['Li said yes, and Sharif noted more.'], ['narrative']],
    // someone else named with a phrase before the verb ends the "he" chain; an outlet cited as a source is no speaker
    [
      ['Mishustin said so.', 'Earlier, Prime Minister Shehbaz Sharif, in his opening address to the moot, urged unity.', 'He said more.'],
      ['Russia', 'narrative', 'narrative'],
    ],
    [
      ['Mishustin said relations were at a high level, Xinhua said.', 'He also called for more trade.'],
      ['Russia', 'Russia'],
    ],
    [['Li told Mishustin that trade grows. Mishustin replied that it does.'], ['narrative']],
    // initials, a perfect tense, a speech or a date between, a title before the name, another title of the office
    [['M. Mishustin said trade grew.'], ['Russia']],
    [['Mikhail V. Mishustin said trade grew.'], ['Russia']],
    [['Qiang Li said trade grew.'], ['China']],
    [['Li has said trade must grow.'], ['China']],
    [['Li in his speech said trade must grow.'], ['China']],
    [['Li on Oct. 16 said trade must grow.'], ['China']],
    [['Li was quoted as saying trade must grow.'], ['China']],
    [['Trade must grow, said Premier Li.'], ['China']],
    [['The Chairman of the Russian Government said trade grew.'], ['Russia']],
    // a namesake ("Li Haidong", an expert): a bare "Li said" after him is his, until the premier is named again
    [
      [
        'Li Haidong, a professor at China Foreign Affairs University, said ties were strong.',
        'Li said the visit mattered.',
        'He added more.',
      ],
      ['narrative', 'narrative', 'narrative'],
    ],
    [
      ['Li Hui, the special envoy, said ties were strong.', 'Premier Li Qiang said trade grew.', 'Li added that more was needed.'],
      ['narrative', 'China', 'China'],
    ],
    [['Li Hui, the special envoy, was there. Li said the talks went well.'], ['narrative']],
    [['Premier Li Qiang met the envoy Li Hui. The premier said the talks went well.'], ['China']],
    [
      ['Mishustin met Li Qiang on Wednesday.', 'Li said the talks went well.'],
      ['narrative', 'China'],
    ],
    // a bare "the premier" is whoever the report last called a premier (TASS calls Mishustin so), else Premier Li
    [
      [
        'Russian Premier Mikhail Mishustin held talks with his Chinese counterpart on Wednesday.',
        'The premier noted that trade grew.',
        'The premier also called for more flights.',
      ],
      ['narrative', 'Russia', 'Russia'],
    ],
    [
      ['Chinese Premier Li Qiang met Russian Prime Minister Mikhail Mishustin.', 'The premier said ties were strong.'],
      ['narrative', 'China'],
    ],
    [
      ['Chinese Premier Li Qiang said ties grew.', "Russia's premier noted progress.", 'The premier added that more was needed.'],
      ['China', 'Russia', 'Russia'],
    ],
    [['The premier said ties were strong.'], ['China']],
    // so is a bare "the prime minister": another person's after "Prime Minister Shehbaz Sharif" (Dawn) or Japan's (Kyodo)
    [
      ['PM Shehbaz Sharif opened the meeting.', 'Addressing the session, the prime minister said the SCO must deliver.'],
      ['narrative', 'narrative'],
    ],
    [
      ['Japanese Prime Minister Sanae Takaichi spoke in parliament.', 'The prime minister has said she will not retract the remarks.'],
      ['narrative', 'narrative'],
    ],
    [
      ['Russian Prime Minister Mikhail Mishustin met Li.', 'The prime minister said ties were strong.'],
      ['narrative', 'Russia'],
    ],
    // the head of a country's government, State Council or cabinet
    [['According to the Chinese head of government, trade grew.'], ['China']],
    [['The head of the Chinese State Council, in turn, proposed more flights.'], ['China']],
    // the country's initials in officialese (Interfax's "the PRC premier")
    [['The PRC premier also emphasized stable supply chains.'], ['China']],
    [['The head of the PRC State Council noted more flights.'], ['China']],
    // another person named after "said" (Global Times' style) ends the "he" chain; a passive "put forward by" is no one speaking
    [
      ['Mishustin said so.', '"Ties are strong," said Zhao Long, a research fellow.', 'He added that sanctions failed.'],
      ['Russia', 'narrative', 'narrative'],
    ],
    [['Mishustin said Russia supports the Global Governance Initiative put forward by President Xi.'], ['Russia']],
    // an expert with a long apposition (RIA's style) ends the "he" chain too
    [
      [
        'Mishustin said so.',
        'Alexander Lomanov, deputy director for scientific work at the Primakov Institute of World Economy and International Relations, told RIA Novosti the talks went well.',
        'He noted that sanctions had only accelerated the shift.',
      ],
      ['Russia', 'narrative', 'narrative'],
    ],
    // words inside a quotation name no speaker: "the Chinese side" quoted does not bring the premier back after a namesake
    [
      ['Li Wei, a scholar, said: "The Chinese side offered words, and the Russian side said little."', 'Li said more.'],
      ['narrative', 'narrative'],
    ],
    [['Mishustin said: “the Chinese side noted our concerns.”'], ['Russia']],
    // two appositions in a row, and an abbreviation inside one
    [
      ['Mishustin said so.', 'Li Hui, an envoy, who accompanied the premier, told reporters it holds.', 'He added more.'],
      ['Russia', 'narrative', 'narrative'],
    ],
    [["Li, the country's No. 2 official, said China was willing."], ['China']],
    // a participant's remarks as the subject
    [
      ['Li said so.', "Mishustin's own remarks emphasised energy, and he described relations as strong."],
      ['China', 'Russia'],
    ],
    // the second of two subjects mid-paragraph is no one's alone; a counterpart; quoted by a medium; lauded
    [['Li said so. The year, which Li and Mishustin agreed to mark, begins soon.'], ['China']],
    [['Li and his Russian counterpart agreed to expand trade.'], ['both']],
    [["Mishustin's Chinese counterpart said trade grew."], ['China']],
    [['Mishustin met Li. His Chinese counterpart noted more.'], ['China']],
    [['Chinese state media quoted Li as saying trade grew.'], ['China']],
    [['Mishustin was quoted by TASS as saying trade grew.'], ['Russia']],
    [['Mishustin lauded the ties.'], ['Russia']],
    // "the Chinese leader" is Li (AFP), unless a president or another leader was named since
    [
      [
        'Mishustin hailed ties.',
        'The Chinese leader, for his part, urged synergy.',
        'He also said ties are not targeted at any third party.',
      ],
      ['Russia', 'China', 'China'],
    ],
    [
      ['Li met Mishustin.', 'President Xi Jinping sent greetings. The Chinese leader said ties were strong.'],
      ['narrative', 'narrative'],
    ],
    // more names of a participant's office, and more verbs
    [['The Chairman of the Government of the Russian Federation expressed hope.'], ['Russia']],
    [["Mishustin's Chinese opposite number proposed more flights."], ['China']],
    [
      ['Li promised more flights.', 'Mishustin drew attention to energy.'],
      ['China', 'Russia'],
    ],
    // both sides named otherwise, and what they do together
    [['The sides signed a package of documents.'], ['both']],
    [['The parties also exchanged views on the SCO.'], ['both']],
    [['The heads of the two governments discussed energy.'], ['both']],
    [['Mishustin and Li Qiang discussed hydrocarbon supplies.'], ['both']],
    // a speaker who lists what he proposes
    [
      ['Mishustin said so.', 'He listed energy, trade and transport as the priorities.'],
      ['Russia', 'Russia'],
    ],
    [['Li listed energy and trade as the priorities.'], ['China']],
    // a participle after a thing's name is no one speaking (The Straits Times' "the SCO Development Bank agreed at the summit")
    [['Li said Beijing backs the SCO Development Bank agreed at the Tianjin summit.'], ['China']],
    [['Mishustin said Russia would join the Northern Corridor announced in May.'], ['Russia']],
    // both sides, after an undated dateline in capitals and with a date between, or after "held talks … and"
    [['MOSCOW – Chinese Premier Li Qiang and Russian Prime Minister Mikhail Mishustin on Nov 17 reaffirmed their ties.'], ['both']],
    [
      [
        'Chinese Premier Li Qiang and Russian Prime Minister Mikhail Mishustin on Wednesday held a meeting here and agreed to strengthen coordination.',
      ],
      ['both'],
    ],
    // a participant named after a passive, in a relative clause (Caixin's "was welcomed by Mishustin, who said")
    [['The visa-free policy was welcomed by Mishustin, who said Moscow would reciprocate.'], ['Russia']],
    // a quotation that runs on into a paragraph of its own, opening with a quotation mark (The Moscow Times)
    [
      ['"Ties are strong," Mishustin told Li. "We see potential in trade,', '"and we count on our friends."', 'Trade grew last year.'],
      ['Russia', 'Russia', 'narrative'],
    ],
    // but not a quotation that opens after one closed
    [
      ['Mishustin said "ties are strong."', '"A new era," read a banner.'],
      ['Russia', 'narrative'],
    ],
    // "he" is whom the sentence before names as its subject, though he did not speak there (a think tank's "Russia's head of government opened")
    [
      ['Li said one thing.', "Russia's head of government opened with superlatives. Relations, he said, were strong."],
      ['China', 'Russia'],
    ],
    [
      ['Li said one thing.', 'Mishustin arrived on Tuesday.', 'He added more.'],
      ['China', 'narrative', 'Russia'],
    ],
    // not a possessive ("Mishustin's plane")
    [
      ['Li said one thing.', "Mishustin's plane landed. He added more."],
      ['China', 'China'],
    ],
    // "In his view", "according to him", and "according to Mr. Mishustin" (Kommersant)
    [
      ['According to Mr. Mishustin, relations are strong.', 'In his view, trade should grow.'],
      ['Russia', 'Russia'],
    ],
    [
      ['Li said one thing.', 'According to him, trade should grow.'],
      ['China', 'China'],
    ],
    // a transcript: a turn runs from its speaker's name and a colon to the next one's (government.ru)
    [
      [
        'Excerpts from the transcript:',
        'Mikhail Mishustin: Mr Li Qiang, friends, welcome to Moscow.',
        'Relations between Russia and China are at a high level.',
        'Li Qiang (retranslated): Mr Prime Minister, thank you. As President Xi said, the Chinese side is ready.',
        'We attach importance to the Arctic.',
        'MISHUSTIN: Thank you, Mr Li Qiang.',
      ],
      ['narrative', 'Russia', 'Russia', 'China', 'China', 'Russia'],
    ],
  ])('%j → %j', (texts, expected) => {
    expect(sides(texts)).toEqual(expected);
  });

  it('lets the frontmatter override the rule, and carries the override to a later "he"', () => {
    const attributions = attributeParagraphs(paragraphsOf('The two sides met.', 'He noted more.'), [li, mishustin], { p1: 'Mishustin' });
    expect(attributions.map((a) => [a.side, a.decidedBy])).toEqual([
      ['Russia', 'override'],
      ['Russia', 'rule'],
    ]);
  });

  it('leaves "he" as it was before a paragraph settled as the reporter\'s', () => {
    expect(sides(['Mishustin said so.', 'Then Li noted more.', 'He added more.'], { p2: 'narrative' })).toEqual([
      'Russia',
      'narrative',
      'Russia',
    ]);
  });

  it('can override a paragraph to the narrative', () => {
    expect(sides(['Li said so.'], { p1: 'narrative' })).toEqual(['narrative']);
  });

  it('records the words that decided', () => {
    const [attribution] = attributeParagraphs(paragraphsOf('Under the guidance, Li said. The sides agree, he noted.'), [li, mishustin]);
    expect(attribution?.cues).toEqual(['Li said', 'he noted']);
  });
});

describe('speakerGaps: paragraphs left to the reporter that name someone', () => {
  it.each([
    [
      'a name without a reporting verb the rule knows',
      'Li made the remarks during the meeting.',
      [{ id: 'p1', words: 'Li made', another: false }],
    ],
    ['a pronoun', 'Then he turned to trade.', [{ id: 'p1', words: 'he turned', another: false }]],
    ['a participant in another spelling', 'Mischustin said trade grew.', [{ id: 'p1', words: 'Mischustin said', another: true }]],
    ['someone else who speaks', 'Sharif welcomed the guests.', [{ id: 'p1', words: 'Sharif welcomed', another: true }]],
    // the words by which they speak, not a participant named in their quotation
    [
      'someone else who quotes a participant',
      'A spokesman said: "The Chinese side showed interest."',
      [{ id: 'p1', words: 'spokesman said', another: true }],
    ],
    ['a day or a country before a verb', 'On Wednesday welcomed guests arrived. China welcomes visitors.', []],
    [
      'a participant by another title',
      'The Chinese statesman said trade grew.',
      [{ id: 'p1', words: 'Chinese statesman said', another: false }],
    ],
    ['no one named', 'The meeting took place in Bishkek.', []],
    [
      'both participants speaking in turn, which the rule reads sentence by sentence',
      'Li said trade grew. Mishustin said energy mattered.',
      [],
    ],
  ])('%s', (_case, text, expected) => {
    const paragraphs = paragraphsOf(text);
    const attributions = attributeParagraphs(paragraphs, [li, mishustin]);
    expect(
      speakerGaps(
        paragraphs.map((p, i) => ({ ...p, attribution: attributions[i]! })),
        [li, mishustin],
      ),
    ).toEqual(expected);
  });

  it.each([
    [
      { id: 'p4', words: 'Mishustin made', another: false },
      'paragraph p4 is given to the reporter, yet names someone ("Mishustin made"). If a participant speaks there',
    ],
    [
      { id: 'p8', words: 'He added', another: true },
      'paragraph p8 is read as another person\'s words ("He added"). If a participant speaks there',
    ],
  ])('warns of %j in what the rule read', (gap, start) => {
    expect(speakerGapWarning(gap)).toMatch(new RegExp(`^${start.replace(/[()]/g, '\\$&')}`));
    expect(speakerGapWarning(gap)).toContain('if another person does, speaker: other.');
  });

  it('is silent where the frontmatter settled the paragraph', () => {
    const paragraphs = paragraphsOf('Li made the remarks during the meeting.');
    const attributions = attributeParagraphs(paragraphs, [li, mishustin], { p1: 'narrative' });
    expect(
      speakerGaps(
        paragraphs.map((p, i) => ({ ...p, attribution: attributions[i]! })),
        [li, mishustin],
      ),
    ).toEqual([]);
  });
});

describe('attributeParagraphs on the real reports (checked by reading them)', () => {
  const { bishkek, islamabad } = realReports();
  const attribute = (report: typeof bishkek) => attributeParagraphs(report.paragraphs, report.speakers).map((a) => a.side);

  it('Bishkek 2023: both sides in ¶1 ("China and Russia … reiterated"), the reporter in ¶2, Li in ¶3–7, Mishustin in ¶8–9', () => {
    expect(attribute(bishkek)).toEqual(['both', 'narrative', 'China', 'China', 'China', 'China', 'China', 'Russia', 'Russia']);
  });

  it('Islamabad 2024: Li speaks in ¶1 and ¶3–6, the narrative in ¶2, Mishustin in ¶7–9', () => {
    expect(attribute(islamabad)).toEqual(['China', 'narrative', 'China', 'China', 'China', 'China', 'Russia', 'Russia', 'Russia']);
  });

  it('the Culture Years: proposed by Li in 2023, by Mishustin in 2024', () => {
    const speakerOf = (report: typeof bishkek, pattern: RegExp) => {
      const index = report.paragraphs.findIndex((p) => pattern.test(p.text));
      return attributeParagraphs(report.paragraphs, report.speakers)[index]?.speaker?.name;
    };
    expect(speakerOf(bishkek, /Cultural Year/)).toBe('Li Qiang');
    expect(speakerOf(islamabad, /Years of Culture/)).toBe('Mikhail Mishustin');
  });
});

describe('speech in the forms of live blogs, digests and wires', () => {
  /** Each paragraph as a reader labels it: a participant's short name, "both", "other" (another person) or "reporter". */
  const readings = (texts: string[]) =>
    attributeParagraphs(paragraphsOf(...texts), [li, mishustin]).map((a) =>
      a.speaker ? a.speaker.shortName : a.side === 'both' ? 'both' : a.others.length > 0 ? 'other' : 'reporter',
    );
  it.each<[string, string[], string[]]>([
    [
      'reported speech in the conditional perfect, as French papers tell a readout; two delegations agreeing',
      [
        'Mr. Mishustin would reportedly have told his guest that gas deliveries will rise.',
        'According to the official press, Li would also have assured him of steady demand.',
        'The two delegations would finally have agreed to meet again in spring.',
      ],
      ['Mishustin', 'Li', 'both'],
    ],
    [
      'a source that relays a participant at the end of their clause, named, counted, or on a day',
      [
        "Li told his host that banks were cautious, according to the People's Daily.",
        'Mishustin replied that smaller banks could help, two officials briefed on the talks said.',
        'Li said the U.S. sanctions worried lenders, according to the newspaper Vedomosti.',
        'Mishustin said he was confident, people familiar with the matter said on Friday.',
      ],
      ['Li', 'Mishustin', 'Li', 'Mishustin'],
    ],
    [
      'sources who speak for themselves: with their own words after them, or with their clause before a verb',
      [
        'Li said exports grew, and a trade official added that imports fell.',
        'An official familiar with the talks described them as "businesslike".',
        'The sources spoke on condition of anonymity because the talks were private.',
      ],
      ['reporter', 'other', 'reporter'],
    ],
    [
      'a position stated as a readout states it; a participant who used the occasion to speak',
      [
        'Mishustin said the sides had much to do.',
        'The Russian side stands ready to expand the grain corridor.',
        'The Chinese premier is also prepared to send a trade mission.',
        'Mishustin used the talks to call for a new bridge.',
      ],
      ['Mishustin', 'Mishustin', 'Li', 'Mishustin'],
    ],
    [
      "a Russian's first name and patronymic; the head of the cabinet; the guest and the host",
      [
        'Mikhail Vladimirovich thanked the Chinese delegation for its work.',
        'Oleg Petrovich, the regional minister, added that the bridge would open soon.',
        'Special weight, in the view of the head of the Cabinet, falls on the Far East.',
        'According to the Chinese guest, the two economies complement each other.',
        'He later thanked his Russian host for the welcome.',
      ],
      ['Mishustin', 'other', 'Mishustin', 'Li', 'Li'],
    ],
    [
      'a verb after a quotation or between commas, and a verdict named as such',
      [
        '"The formula is old, but the address is new," explains Anna Petrova, a sinologist.',
        'Energy, Petrova answers, is the only thing that grew.',
        '"We have done a great deal," notes Mishustin.',
        'Petrova\'s verdict is short: "More of the same."',
        'Chinese exports, Western pledges, and Japanese offers fill the pages.',
      ],
      ['other', 'other', 'Mishustin', 'other', 'reporter'],
    ],
    [
      'a sentence that ends with a name before a participant, who is no given name of theirs',
      ['Li first met Sharif. Mishustin said trade grew.', 'Wang Li said the hall was full.'],
      ['Mishustin', 'other'],
    ],
    [
      'a time stamp leads an entry, as a dateline does; a turn ends at the next entry',
      [
        '09:30 — The premiers arrive at the conference hall.',
        '09:41 — Li: "China wants steady growth in trade."',
        '09:45 — He then turns to farm exports, saying Beijing will buy more soybeans.',
        '10:02 — The doors close for the talks.',
        '[10:40] Mishustin, walking out, tells journalists: "We covered a great deal."',
      ],
      ['reporter', 'Li', 'Li', 'reporter', 'Mishustin'],
    ],
    [
      'a participant who introduces a quotation with a colon',
      ['The Russian premier began with a toast: "To our friendship."', 'Li Qiang answered in kind: "And to yours."'],
      ['Mishustin', 'Li'],
    ],
    [
      'quoted as saying, in the present tense; went on to say; in the words of',
      [
        'The premier is quoted by state media as saying that ties are mature.',
        'Mishustin went on to say that grain exports would grow.',
        'In the words of the Chinese premier, the partnership "has weathered every storm".',
        'Mishustin then turned to the Arctic, adding that the route was open all year.',
      ],
      ['Li', 'Mishustin', 'Li', 'Mishustin'],
    ],
    [
      'a word before a participle is no name ("Worth noting"); a name with its institute is',
      ['Worth noting: neither side raised the pipeline.', 'Irina Volkova of the Centre for Northern Studies tells us the route matters.'],
      ['reporter', 'other'],
    ],
    [
      'no one speaks where the subject is negated',
      [
        'None of the channels watched by Media Monitoring Service mentioned sanctions.',
        'Nobody at the briefing said when the talks would resume.',
      ],
      ['reporter', 'reporter'],
    ],
    [
      'passives: what "was agreed" is both sides\', what was stressed by a side is its premier\'s',
      [
        'It was agreed that the two cabinets would meet again in spring.',
        'The need for stable payments was stressed by the Russian side.',
        'Two sides also discussed the situation in the region.',
      ],
      ['both', 'Mishustin', 'both'],
    ],
    [
      "a paper's own verdict is another's words; a paper relaying a participant is the participant's",
      [
        'The Vedomosti daily said the talks had produced little.',
        "Pakistan's Dawn newspaper noted that security was tight.",
        'Chinese state broadcaster CCTV said Li called for closer ties.',
        'The Izvestia paper said that Mishustin had proposed a new rail link.',
      ],
      ['other', 'other', 'Li', 'Mishustin'],
    ],
    [
      '"he" is the participant a broadcast showed, not the one named after him',
      ['Li arrived first.', 'Footage showed Mishustin greeting the delegation and thanking Li for coming. "We are glad," he said.'],
      ['reporter', 'Mishustin'],
    ],
    [
      'the present tense of a newsletter or a video; a post on a channel; the office in full; an adverb before the verb',
      [
        'In his video address, Mishustin congratulates Beijing on the forum and describes the ties as "unprecedented".',
        'Li, for his part, insists that demand for Russian grain will keep rising.',
        'Afterwards the Russian premier wrote on his Telegram channel: "A good conversation."',
        '"We are ready," the Premier of the State Council of the People\'s Republic of China said.',
        'Mishustin flatly rejected any link between the payments and the war.',
      ],
      ['Mishustin', 'Li', 'Mishustin', 'Li', 'Mishustin'],
    ],
    [
      'another person named after a quotation, with an appositive before the verb; a ministry that has repeatedly denied',
      [
        '"The route is the core of the SCO," Anna Petrova, a fellow at the Moscow-based Centre for Asian Studies, told the agency.',
        "China's Foreign Ministry has repeatedly denied the claims, saying exports are tightly controlled.",
      ],
      ['other', 'other'],
    ],
    [
      'a present tense that is also a plural noun, after a capitalised word, is no one speaking',
      ['Western pledges of aid to Kyiv went unmentioned.', 'Goods on the Customs lists fell by a third.', 'The Kremlin briefs were short.'],
      ['reporter', 'reporter', 'reporter'],
    ],
    [
      'people a reporter meets speak for themselves; named as whom a participant spoke to, they do not',
      [
        'A friend who sells tyres at the Dordoi bazaar put it plainly: "Nothing changes for us."',
        'One trader told us the border wait was four days.',
        'Li urged Chinese investors to look north.',
      ],
      ['other', 'other', 'Li'],
    ],
    [
      'a spokesman who declined to comment but said',
      [
        'A ministry spokeswoman, asked about banks, declined to comment but said trade should not be disturbed.',
        'Customs data show a fall. Russian officials have attributed the decline to lower oil prices.',
      ],
      ['other', 'other'],
    ],
  ])('%s', (_case, texts, expected) => {
    expect(readings(texts)).toEqual(expected);
  });
});
