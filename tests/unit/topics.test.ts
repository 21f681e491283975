import { describe, expect, it } from 'vitest';
import { figuresOf, paragraphsInDoubt } from '../../src/lib/figures.ts';
import { attributeParagraphs, NARRATIVE, type Speaker } from '../../src/lib/attribution.ts';
import { bySpeaker, findMentions, sentencesMentioning, type Topic, type TopicSource } from '../../src/lib/compare/topics.ts';
import { checkScopeOverrides } from '../../src/lib/markdown/report-checks.ts';
import { BILATERAL, type Scope } from '../../src/lib/compare/levels.ts';
import { attributed, paragraphsOf, realReports, realScopes, realTopics } from '../support/reports.ts';

const topic = (id: string, phrases: string[], variants = false): Topic => ({
  id,
  name: id,
  kind: 'area',
  phrases,
  variants,
  theme: 't',
  weight: 1,
});
const energy = topic('energy', ['energy']);
const sco = topic('sco', ['the SCO', 'SCO member states']);
const culture = topic('culture', ['Cultural Year', 'Years of Culture'], true);
const trade = topic('trade', ['trade', 'economy and trade']);

const scopes: Scope[] = [
  { id: 'sco', name: 'SCO-wide', phrases: ['SCO member states'] },
  { id: 'multilateral', name: 'Multilateral', phrases: ['United Nations'] },
];
const li: Speaker = { name: 'Li Qiang', shortName: 'Li', office: 'Premier', country: 'China' };

/** Synthetic paragraphs, every one the narrative's. */
const narrated = (...texts: string[]) => ({
  paragraphs: paragraphsOf(...texts).map((p) => ({
    ...p,
    attribution: { side: NARRATIVE, speaker: undefined, speakers: [], decidedBy: 'rule' as const, cues: [], others: [] },
  })),
});

describe('findMentions', () => {
  it.each([
    ['Cooperation in energy.', [['energy', 'energy', 'energy']]],
    ['ENERGY, and more Energy.', [['energy', 'ENERGY', 'energy']]],
    ['Energetic talks.', []],
    ['Within the SCO framework.', [['sco', 'the SCO', 'the sco']]],
    ['Shanghai Cooperation Organization, or SCO, met.', []],
    // the council the meetings are held at names the occasion, however a report writes it; its chair is the SCO's business
    ['Li met Mishustin on the sidelines of the SCO Council of Heads of Government.', []],
    ['They met at the Council of Heads of Government of the SCO member states.', []],
    ['On the eve of the SCO heads of government meeting, they met.', []],
    ['Li congratulated Russia on its chairmanship of the SCO Council of Heads of Government.', [['sco', 'the SCO', 'the sco']]],
    ['the digital\neconomy and energy', [['energy', 'energy', 'energy']]],
    ['Deepen economy and trade.', [['trade', 'economy and trade', 'economy and trade']]],
    [
      'The Cultural Year and the Years of Culture.',
      [
        ['culture', 'Cultural Year', 'cultural year'],
        ['culture', 'Years of Culture', 'years of culture'],
      ],
    ],
    ['', []],
  ])('%j → %j', (text, expected) => {
    const mentions = findMentions(narrated(text), [energy, sco, culture, trade], scopes);
    expect(mentions.map((m) => [m.topic, m.matched, m.wording])).toEqual(expected);
  });

  it('places each mention in its paragraph and sentence, with where the words start', () => {
    const mentions = findMentions(narrated('Talks. Then energy.', 'More energy here.'), [energy], scopes);
    expect(mentions.map((m) => [m.paragraph, m.sentence, m.start])).toEqual([
      [0, 1, 5],
      [1, 0, 5],
    ]);
  });

  it.each([
    ['Energy for the two countries.', BILATERAL.id],
    ['SCO member states should expand energy cooperation.', 'sco'],
    ['Energy within the United Nations.', 'multilateral'],
    ['Energy within the United Nations and among SCO member states.', 'multilateral'], // the frame named first
    ['SCO member states and the United Nations should expand energy cooperation.', 'sco'],
    // the council's name is no frame (Xinhua's "the Council of Heads of Government of Member States of the SCO")
    ['At the Council of Heads of Government of SCO Member States, they agreed to expand energy cooperation.', BILATERAL.id],
    ['At the SCO member states heads of government meeting, they agreed to expand energy cooperation.', BILATERAL.id],
  ])('gives %j the scope %s', (text, expected) => {
    expect(findMentions(narrated(text), [energy], scopes)[0]?.scope).toBe(expected);
  });

  // The level is the frame of the clause that holds the phrase, not of the whole sentence.
  const realScopeList: Scope[] = [
    { id: 'sco', name: 'SCO-wide', phrases: ['SCO member states', 'within the SCO framework', 'the organization'] },
    { id: 'multilateral', name: 'Multilateral', phrases: ['multilateral institutions', 'United Nations', 'BRICS', 'other frameworks'] },
  ];
  const synergy = topic('synergy', ['synergy']);
  const multipolar = topic('multipolar', ['multipolar world']);
  const multilateral = topic('multilateral', ['multilateral institutions']);
  const trust = topic('trust', ['mutual trust']);
  const coordination = topic('coordination', ['close communication and coordination']);
  const supply = topic('supply', ['supply chains']);
  it.each([
    [
      // Bishkek ¶1: the synergy comes before "strengthen collaboration within multilateral institutions"; the purpose after it is bilateral.
      'China and Russia on Wednesday reiterated their commitment to promote greater synergy of their development strategies and strengthen collaboration within multilateral institutions, so as to provide new engines for regional economic growth and build a multipolar world.',
      [
        ['synergy', 'bilateral'],
        ['multipolar', 'bilateral'],
        ['multilateral', 'multilateral'],
      ],
    ],
    [
      // Islamabad ¶6: the two countries' own coordination, then what the SCO member states are encouraged to do.
      'He called on the two countries to maintain close communication and coordination, encourage SCO member states to continue holding high the banner of the Shanghai Spirit, enhance strategic mutual trust.',
      [
        ['trust', 'sco'],
        ['coordination', 'bilateral'],
      ],
    ],
    [
      // Bishkek ¶7: the frame reaches the clauses after it.
      "He also expressed China's willingness to strengthen cooperation with Russia within the SCO framework, promote in-depth cooperation in industrial and supply chains.",
      [['supply', 'sco']],
    ],
    [
      // Islamabad ¶9: a list of bodies is one frame.
      'He added that the two sides should keep close communication and coordination within the United Nations, the SCO, BRICS, and other frameworks to promote the sustained development of bilateral relations.',
      [['coordination', 'multilateral']],
    ],
  ])('reads the level per clause: %s', (text, expected) => {
    const mentions = findMentions(narrated(text), [synergy, multipolar, multilateral, trust, coordination, supply], realScopeList);
    expect(mentions.map((m) => [m.topic, m.scope])).toEqual(expected);
  });

  // Another bloc's member states are not the SCO's (Interfax's EAEU); the bare "member states" of an SCO report are.
  it.each([
    ['Mishustin encouraged EAEU member states to deepen cooperation in industrial and supply chains.', 'multilateral'],
    ['Mishustin encouraged Eurasian Economic Union member states to deepen cooperation in industrial and supply chains.', 'multilateral'],
    ['Mishustin encouraged member states to deepen cooperation in industrial and supply chains.', 'sco'],
    // The name in full, and a third country at the table (AP).
    ['Within the Shanghai Cooperation Organization, China will deepen cooperation in industrial and supply chains.', 'sco'],
    ['Mishustin proposed that the three countries deepen cooperation in industrial and supply chains.', 'third-country'],
    ['Mishustin proposed a trilateral group on industrial and supply chains.', 'third-country'],
  ])('%s → %s', (text, level) => {
    const mentions = findMentions(narrated(text), realTopics(), realScopes());
    expect(mentions.find((m) => m.topic === 'industrial-and-supply-chains')?.scope).toBe(level);
  });

  it.each<[string, string, [string, string, boolean][]]>([
    [
      'the phrase is the subject of the infinitives that follow: every clause after it is SCO-wide for certain (2024 ¶6)',
      'He called on the two countries to maintain close communication and coordination, encourage SCO member states to continue holding high the banner of the Shanghai Spirit, enhance strategic mutual trust, and strengthen cooperation in various areas such as trade and energy.',
      [
        ['communication-and-coordination', 'bilateral', true],
        ['shanghai-spirit', 'sco', true],
        ['strategic-mutual-trust', 'sco', true],
        ['trade-and-economy', 'sco', true],
        ['energy', 'sco', true],
      ],
    ],
    [
      'coordinated clauses with nothing to carry the frame: SCO-wide only with doubt (2023 ¶7)',
      "He also expressed China's willingness to strengthen cooperation with Russia within the SCO framework, promote in-depth cooperation in industrial and supply chains, and to expand cooperation in industrial manufacturing, the digital economy, and green development.",
      [
        ['sco', 'sco', true],
        ['industrial-and-supply-chains', 'sco', false],
        ['industrial-manufacturing', 'sco', false],
        ['digital-economy', 'sco', false],
        ['green-development', 'sco', false],
      ],
    ],
    [
      'a purpose clause that names the organization carries the frame over the clauses before it',
      'Within the SCO, China will deepen trade, expand energy ties and promote the digital economy, so as to make the organization more dynamic.',
      [
        ['sco', 'sco', true],
        ['trade-and-economy', 'sco', true],
        ['energy', 'sco', true],
        ['digital-economy', 'sco', true],
      ],
    ],
  ])('levels with doubt: %s', (_case, text, expected) => {
    const mentions = findMentions(narrated(text), realTopics(), realScopes());
    const order = expected.map(([id]) => id);
    expect(
      mentions
        .filter((m) => order.includes(m.topic))
        .sort((a, b) => order.indexOf(a.topic) - order.indexOf(b.topic))
        .map((m) => [m.topic, m.scope, m.scopeCertain]),
    ).toEqual(expected);
  });

  // Words other outlets use in other senses are no topic of the lists; the topic's own wordings still are.
  it.each<[string, string[]]>([
    ['Bilateral trade hit an all-time high last year.', ['trade-and-economy']],
    ["Kirill Dmitriev, head of Russia's sovereign wealth fund, attended.", []],
    ['Chinese state media reported the talks.', []],
    // A premier's journey and a broadcast of his remarks are no tourism and no media cooperation; cross-border travel is tourism.
    ['Li traveled to Bishkek, and his remarks were broadcast on state television.', []],
    ['They want more cross-border travel.', ['tourism']],
    ['Settlements in rubles and yuan account for almost all trade.', ['finance', 'trade-and-economy']],
    // Imports of pork are trade and agriculture, and visa-free travel tourism; the green light and reciprocity are neither green development nor mutual benefit.
    ['Beijing has given the green light to imports of Russian pork.', ['agriculture', 'trade-and-economy']],
    ['Customs data show the rise.', []],
    ['Russia moved to weather Western sanctions.', []],
    ['Moscow discussed the Ukrainian settlement.', []],
    ['The two sides signed several important agreements.', []],
    ['Zhao Long, a research fellow, spoke.', []],
    ['Russian crude and hydrocarbons flow east, settled through mutual settlements.', ['energy', 'finance']],
    // Other outlets' words for the lists' topics.
    ['Beijing allowed pork and dairy imports.', ['agriculture', 'trade-and-economy']],
    ['They discussed wide-body airliners and semiconductors.', ['aerospace', 'science-and-technology']],
    ['Both reject illegitimate unilateral restrictions.', ['against-hegemony']],
    // What a sentence says is not mentioned is no mention; what it says after "but" is.
    ['Neither readout mentions a multipolar world or the Shanghai Spirit.', []],
    ['Li made no mention of energy.', []],
    ['Analysts noted the omission of multipolarity.', []],
    ['Gas flows from the Yamal region.', ['energy']],
    ['The regions of the two countries trade more.', ['local-exchanges', 'trade-and-economy']],
    ['They opened the Years of Russian-Chinese Culture.', ['culture-years']],
    ['They follow the agreements reached by President Vladimir Putin and President Xi Jinping.', ['heads-of-state-consensus']],
    // Quotation marks around a word inside a phrase (a reporter's scare quotes) do not break it.
    ['They backed "green" development.', ['green-development']],
    ['They backed “green” development.', ['green-development']],
    ['Li did not mention Ukraine but stressed energy.', ['energy']],
    // Green energy is energy and green development both.
    ['Li called for more green energy.', ['clean-energy', 'energy', 'green-development']],
    // Close coordination at the SCO's level, or in a multilateral body, is coordination in a multilateral body; between the two, it is not.
    ['Li urged SCO member states to keep close coordination.', ['communication-and-coordination', 'multilateral-coordination', 'sco']],
    ['The two countries keep close coordination.', ['communication-and-coordination']],
    // At the SCO's level only with doubt (a coordinated clause with nothing to carry the frame): no wider topic at that level.
    [
      'He expressed willingness to strengthen cooperation within the SCO framework, and to maintain close coordination.',
      ['communication-and-coordination', 'sco'],
    ],
    // "Digital" alone says how another thing is done: digital customs clearance is trade facilitation, not the digital economy.
    ['Mishustin proposed a working group on digital customs clearance.', ['trade-facilitation']],
    ['Li urged faster digitalization and more digital trade.', ['digital-economy']],
    // Coordination within bodies is coordination in multilateral bodies (TASS); close coordination within one is that too, as
    // each phrase has a word of its own ("close", "within").
    ['The sides agreed to step up coordination within the SCO and BRICS.', ['multilateral-coordination', 'brics', 'sco']],
    [
      'They keep close communication and coordination within the United Nations.',
      ['communication-and-coordination', 'multilateral-coordination', 'united-nations'],
    ],
    // Other ways of saying a topic went unsaid, before or after it (live blogs, short wires, analysts).
    ['There was no word on the gas pipeline.', []],
    ['Not a word was said about energy.', []],
    ['The readout said nothing about trade.', []],
    ['The readout was silent on the Arctic route.', []],
    ['Nor did the new pipeline make it into the readout.', []],
    ['Oil and gas went unmentioned in the Chinese readout.', []],
    ['The Arctic route was not raised, and the pipeline was absent from both readouts.', []],
    ['There was no reference to the Arctic route, but energy featured.', ['energy']],
    ['Energy, which was not discussed in public, came up later with trade.', ['trade-and-economy']],
    // A source named before its verb is no topic raised: a broadcaster that reports, a trade minister who speaks.
    ['Chinese state broadcaster CCTV said Li called for closer ties.', []],
    ['When the journalists asked about the weather, the spokesman smiled.', []],
    // Whom a speaker told is no topic: "told journalists" is no media.
    ['Overchuk told journalists that the talks had gone well.', []],
    ['Speaking to journalists after the talks, Mishustin praised energy ties.', ['energy']],
    ['Li briefed the mass media on the talks.', []],
    ['Li, speaking to Chinese reporters, praised media cooperation.', ['media']],
    // Other wordings: the heads of state's agreements, sanctions as illegitimate restrictions, risks from outside.
    ['China is ready to implement the agreements reached by the heads of state.', ['heads-of-state-consensus']],
    // The organization's name in full, within which a premier seeks coordination (AP), not the name of the gathering.
    [
      'Li called for closer coordination within the Shanghai Cooperation Organisation, whose heads of government meet this week.',
      ['communication-and-coordination', 'multilateral-coordination', 'sco'],
    ],
    ['They met at a gathering of the Shanghai Cooperation Organization.', []],
    ['Payments held up despite illegitimate restrictions.', ['against-hegemony', 'finance']],
    ['Cooperation must become more resilient to external risks.', ['international-situation']],
    ['Trade Minister Anton Alikhanov said grain exports would grow.', ['agriculture', 'trade-and-economy']],
    // A source the reporter cites is no topic raised (Bloomberg's Rosatom, a ministry); what a participant is cited as saying is.
    [
      "Ships made a record number of transits, according to Russia's state nuclear corporation Rosatom, which runs the route.",
      ['connectivity-and-transport'],
    ],
    ['Exports rose, according to the energy ministry.', ['trade-and-economy']],
    ['According to Li, energy ties matter.', ['energy']],
    // A payment system protected from interference, schools closed for security, are no sovereignty and no education (Kommersant, the transcript).
    ['Payment infrastructure must be protected from interference by third countries.', ['finance']],
    ['Schools and offices were closed for the summit.', []],
    ['They oppose interference in internal affairs and back nuclear cooperation.', ['sovereignty', 'nuclear-energy']],
    // Other wordings of the presidents' guidance and agreements (the transcript, Kommersant).
    ['This is the result of the strategic course set by the two presidents.', ['strategic-guidance']],
    ['They will implement the agreements reached by Vladimir Putin and Xi Jinping.', ['heads-of-state-consensus']],
    ['Mishustin did not raise sanctions, while he hailed energy ties.', ['energy']],
    // A topic's word inside a name that is the topic itself: the lists name it as it stands.
    ['They opened the China-Russia Years of Education.', ['education']],
    ['Russia supports the Global Governance Initiative.', ['global-governance']],
    ['Both back the International Lunar Research Station.', ['aerospace']],
    ['They marked the Treaty of Good-Neighbourliness and Friendly Cooperation.', ['good-neighbourliness']],
    ['Both oppose unilateral sanctions and opposed sanctions again.', ['against-hegemony']],
    ['Security Council Secretary Sergei Shoigu was present.', []],
    ['They agreed to expand reciprocal visa-free travel.', ['tourism']],
    ['Firms route transactions through third countries.', []],
    ['Their cooperation is not targeted at any third country.', ['third-party']],
    [
      'Both back sovereign equality and green energy, and media cooperation.',
      ['sovereignty', 'clean-energy', 'energy', 'green-development', 'media'],
    ],
  ])('reads %j as %j', (text, topics) => {
    const found = findMentions(narrated(text), realTopics(), realScopes()).map((m) => m.topic);
    expect([...new Set(found)].filter((topic) => topic !== 'culture-and-people-to-people-exchange')).toEqual(topics);
  });

  it("finds the topics of another person's words as theirs, neither side's nor the reporter's: in the report, no participant's", () => {
    const source = narrated('Energy and trade.');
    const others = { paragraphs: source.paragraphs.map((p) => ({ ...p, attribution: { ...p.attribution, others: ['Bektenov said'] } })) };
    const sides = (report: TopicSource) => findMentions(report, realTopics(), realScopes()).map((m) => [m.topic, m.side, m.voices.length]);
    expect(sides(source)).toEqual([
      ['energy', 'narrative', 0],
      ['trade-and-economy', 'narrative', 0],
    ]);
    expect(sides(others)).toEqual([
      ['energy', 'other', 0],
      ['trade-and-economy', 'other', 0],
    ]);
  });

  it('gives a span of text to one topic: the longer phrase wins, so "Cultural Year" is not also "cultural"', () => {
    const culturalArea = topic('cultural', ['cultural']);
    const consensus = topic('consensus', ['important consensus', 'consensus reached by the two heads of state']);
    const mentions = findMentions(
      narrated('The China-Russia Cultural Year. Implement the important consensus reached by the two heads of state.'),
      [culturalArea, culture, consensus],
      scopes,
    );
    expect(mentions.map((m) => [m.topic, m.matched])).toEqual([
      ['culture', 'Cultural Year'],
      ['consensus', 'consensus reached by the two heads of state'],
    ]);
  });

  it("lets the frontmatter set a sentence's scope", () => {
    const report = {
      ...narrated('Energy within the United Nations. Energy again.'),
      scopeOverrides: { 'p1-s1': 'bilateral', 'p1-s2': 'sco' },
    };
    expect(findMentions(report, [energy], scopes).map((m) => m.scope)).toEqual(['bilateral', 'sco']);
  });

  it('gives each mention the speaker of its paragraph', () => {
    const report = {
      paragraphs: attributeParagraphs(paragraphsOf('Li said energy matters.'), [li]).map((attribution, i) => ({
        ...paragraphsOf('Li said energy matters.')[i]!,
        attribution,
      })),
    };
    const [mention] = findMentions(report, [energy], scopes);
    expect([mention?.side, mention?.speaker?.shortName]).toEqual(['China', 'Li']);
  });
});

describe("a closing clause of circumstance in a participant's sentence", () => {
  const [li, mishustin] = realReports().islamabad.speakers;
  const said = (...texts: string[]) => {
    const paragraphs = paragraphsOf(...texts);
    const attributions = attributeParagraphs(paragraphs, [li!, mishustin!]);
    return findMentions({ paragraphs: paragraphs.map((p, i) => ({ ...p, attribution: attributions[i]! })) }, realTopics(), realScopes());
  };

  it("is the reporter's: SCMP's anniversary is no topic Li raised, his energy is", () => {
    const mentions = said(
      'Li told Mishustin that Beijing is ready to deepen energy cooperation, as the two neighbours mark 75 years of diplomatic ties.',
    );
    expect(mentions.filter((m) => m.via === undefined).map((m) => [m.topic, m.side])).toEqual([
      ['anniversary-of-ties', 'narrative'],
      ['energy', 'China'],
    ]);
  });

  it("gives each participant's clause its speaker where both speak in turn (Caixin: the SCO is Li's, transport Mishustin's)", () => {
    const mentions = said(
      'On the SCO, Li urged members to speed up the bank, while Mishustin said the bloc should focus on transport corridors.',
    );
    const who = (topic: string) => mentions.find((m) => m.topic === topic)?.speaker?.shortName;
    expect([who('sco'), who('connectivity-and-transport')]).toEqual(['Li', 'Mishustin']);
  });

  it("keeps the reporter's sentences before another person speaks, and theirs as theirs (Caixin: Power of Siberia 2, then Gazprom)", () => {
    const mentions = said('No progress was announced on the gas pipeline. Gazprom said the gas talks would go on, with new trade routes.');
    expect([...new Set(mentions.filter((m) => m.via === undefined).map((m) => `${m.topic} ${m.sentence} ${m.side}`))]).toEqual([
      'energy 0 narrative',
      'energy 1 other',
      'trade-and-economy 1 other',
    ]);
  });

  it('is not a role in the sentence ("as permanent members"), nor "as well as"', () => {
    const mentions = said(
      'Li said China and Russia, as permanent members of the Security Council, should uphold the authority of the United Nations, as well as energy cooperation.',
    );
    expect([...new Set(mentions.map((m) => m.side))]).toEqual(['China']);
  });
});

describe('checkScopeOverrides', () => {
  const paragraphs = paragraphsOf('One. Two.', 'Three.');
  it.each<[Record<string, { scope: string; begins: string }>, string | undefined]>([
    [{ 'p1-s2': { scope: 'sco', begins: 'Two' }, 'p2-s1': { scope: 'bilateral', begins: 'Three.' } }, undefined],
    [{ 'p1-s3': { scope: 'sco', begins: 'Three' } }, 'scope.p1-s3: there is no sentence p1-s3 in the report'],
    [{ 'p3-s1': { scope: 'sco', begins: 'Four' } }, 'scope.p3-s1: there is no sentence p3-s1 in the report'],
    [{ 'p1-s1': { scope: 'global', begins: 'One' } }, 'scope.p1-s1.scope: "global" is not one of "bilateral", "sco", "multilateral"'],
    // The sentence moved: the override's words are no longer where it points.
    [{ 'p2-s1': { scope: 'sco', begins: 'Two' } }, 'scope.p2-s1.begins: sentence p2-s1 begins "Three.…", not "Two": the report changed'],
  ])('%j', (overrides, message) => {
    const check = () => checkScopeOverrides(overrides, paragraphs, scopes);
    if (message) expect(check).toThrow(message);
    else expect(check).not.toThrow();
  });
});

describe('sentencesMentioning and bySpeaker', () => {
  it('keeps one mention per sentence and groups them by speaker in order of first mention', () => {
    const mentions = findMentions(narrated('Cultural Year and Years of Culture. Energy.'), [culture, energy], scopes);
    expect(sentencesMentioning(mentions, 'culture').map((m) => m.wording)).toEqual(['cultural year']);
    expect(bySpeaker(mentions).map((g) => [g.label, g.mentions.length])).toEqual([['Reporter', 3]]);
  });
});

describe('topics of the real reports (checked by reading them)', () => {
  const { bishkek, islamabad } = realReports();
  const topics = realTopics();
  const first = findMentions(attributed(bishkek), topics, realScopes());
  const second = findMentions(attributed(islamabad), topics, realScopes());
  /** Who raised a topic where, as "Li ¶6" for each sentence. */
  const where = (mentions: typeof first, id: string) =>
    sentencesMentioning(mentions, id).map((m) => `${m.speaker?.shortName ?? m.side} ¶${m.paragraph + 1}`);

  it.each([
    // topic, 2023, 2024
    ['culture-years', ['Li ¶6'], ['Mishustin ¶8']],
    ['third-party', ['Li ¶3'], []],
    ['multipolar-world', ['both ¶1'], []],
    ['global-development', ['Li ¶3'], []],
    // Manufacturing in 2023 ¶7 only: 2024 ¶5 has industry's chains ("industrial and supply chain coordination"), not manufacturing.
    ['industrial-manufacturing', ['Li ¶7'], []],
    // Industry in general, as each of its two parts: 2023 ¶7 names both, 2024 ¶5 the chains.
    ['industry', ['Li ¶7'], ['Li ¶5']],
    ['fairness-and-justice', ['Li ¶3'], []],
    ['belt-and-road-forum', ['Mishustin ¶8'], []],
    ['trade-facilitation', ['Li ¶4'], []],
    ['strategic-coordination', [], ['Li ¶1', 'Li ¶3']],
    ['strategic-guidance', [], ['Li ¶3']],
    ['heads-of-state-consensus', [], ['Li ¶4', 'Mishustin ¶8']],
    // the 75th anniversary of diplomatic ties and that of the People's Republic are two occasions
    ['anniversary-of-ties', [], ['Li ¶4', 'Mishustin ¶7']],
    ['anniversary-of-the-prc', [], ['Mishustin ¶7']],
    ['anniversaries', [], []],
    // the Cultural Year is culture too: Li in 2023; Li's "people-to-people" and Mishustin's Years of Culture in 2024
    ['culture-and-people-to-people-exchange', ['Li ¶6'], ['Li ¶3', 'Mishustin ¶8']],
    ['shanghai-spirit', [], ['Li ¶6']],
    ['international-situation', [], ['Mishustin ¶8']],
    ['partnership-name', ['Mishustin ¶8'], ['Li ¶3', 'Mishustin ¶7']],
    ['high-level', ['Mishustin ¶8'], ['Li ¶3', 'Mishustin ¶7']],
    ['core-interests', ['Mishustin ¶9'], ['Li ¶3', 'Mishustin ¶8']],
    ['belt-and-road-and-eaeu', ['Mishustin ¶9'], ['Mishustin ¶8']],
    ['strategy-synergy', ['both ¶1', 'Mishustin ¶9'], ['Mishustin ¶8']],
    ['connectivity-and-transport', ['Li ¶4', 'Mishustin ¶9'], ['Mishustin ¶8']],
    ['green-development', ['Li ¶7'], ['Li ¶6']],
    ['agriculture', [], ['Mishustin ¶8']],
    ['brics', [], ['Mishustin ¶9']],
    ['united-nations', [], ['Mishustin ¶9']],
    ['automotive-manufacturing', ['Li ¶5'], []],
    ['education', ['Li ¶6'], []],
    ['investment', ['Li ¶4'], []],
  ])('%s: 2023 %j, 2024 %j', (id, in2023, in2024) => {
    expect(where(first, id)).toEqual(in2023);
    expect(where(second, id)).toEqual(in2024);
  });

  it('reads the level of the sentence: SCO-wide in 2023 ¶7 and 2024 ¶6, multilateral in 2024 ¶9, bilateral in 2024 ¶5', () => {
    const scopeOf = (mentions: typeof first, paragraph: number, topic: string) =>
      mentions.find((m) => m.paragraph === paragraph - 1 && m.topic === topic)?.scope;
    expect(scopeOf(first, 7, 'digital-economy')).toBe('sco'); // "within the SCO framework" (with doubt: a later clause)
    expect(scopeOf(second, 6, 'strategic-mutual-trust')).toBe('sco'); // "encourage SCO member states to … enhance strategic mutual trust"
    expect(scopeOf(second, 6, 'communication-and-coordination')).toBe('bilateral'); // "maintain close communication", before the frame
    expect(scopeOf(second, 9, 'brics')).toBe('multilateral'); // "within the United Nations, the SCO, BRICS"
    expect(scopeOf(second, 5, 'energy')).toBe('bilateral');
  });

  it('has at least one phrase for every topic, and no id twice', () => {
    for (const t of topics) expect(t.phrases.length).toBeGreaterThan(0);
    expect(new Set(topics.map((t) => t.id)).size).toBe(topics.length);
  });
});

describe('figuresOf', () => {
  it('counts the real reports per side, and the shares add up', () => {
    const { bishkek } = realReports();
    const figures = figuresOf(attributed(bishkek).paragraphs, bishkek.speakers);
    expect(figures.total).toEqual({ paragraphs: 9, sentences: 9, words: 324 });
    // ¶1 "China and Russia on Wednesday reiterated" is both sides'; ¶2 "The pledge was made when" the reporter's.
    expect(figures.bySide.map((s) => [s.side, s.paragraphs])).toEqual([
      ['China', 5],
      ['Russia', 2],
      ['both', 1],
      ['other', 0],
      ['narrative', 1],
    ]);
    expect(figures.bySide.reduce((sum, s) => sum + s.words, 0)).toBe(324);
    expect(figures.bySide.reduce((sum, s) => sum + s.share, 0)).toBeCloseTo(1, 10);
  });

  /** The figures of paragraphs as the rule reads them. */
  const figuresFor = (...texts: string[]) => {
    const paragraphs = paragraphsOf(...texts);
    const attributions = attributeParagraphs(paragraphs, [li!, mishustin!]);
    return figuresOf(
      paragraphs.map((p, i) => ({ ...p, attribution: attributions[i]! })),
      [li!, mishustin!],
    );
  };

  it.each([
    [
      // "Li said China is ready to deepen energy cooperation," 9 words; "as the two neighbours mark 75 years of ties." 9.
      "a closing clause of circumstance as the reporter's words (SCMP's lede), the rest as Li's",
      'Li said China is ready to deepen energy cooperation, as the two neighbours mark 75 years of ties.',
      [
        ['China', 9],
        ['narrative', 9],
      ],
    ],
    [
      // "On the SCO, Li urged members to speed up the bank," 11 words; "while Mishustin said the bloc should focus on transport." 9.
      'each clause of a sentence where both speak in turn to its speaker (Caixin)',
      'On the SCO, Li urged members to speed up the bank, while Mishustin said the bloc should focus on transport.',
      [
        ['China', 11],
        ['Russia', 9],
      ],
    ],
    [
      // "No progress was announced on the gas pipeline." 8 words; "Gazprom said talks would go on." 6.
      "the reporter's sentence before another person speaks as the reporter's, theirs apart (Caixin)",
      'No progress was announced on the gas pipeline. Gazprom said talks would go on.',
      [
        ['other', 6],
        ['narrative', 8],
      ],
    ],
  ])('counts %s', (_case, text, expected) => {
    expect(
      figuresFor(text)
        .bySide.filter((s) => s.words > 0)
        .map((s) => [s.side, s.words]),
    ).toEqual(expected);
  });

  it('counts the sentences of a paragraph where both speak in turn to each speaker, the paragraph to the reporter', () => {
    const figures = figuresFor('Li said trade grew. Mishustin said energy mattered.');
    expect(figures.bySide.map((s) => [s.side, s.paragraphs, s.sentences, s.words])).toEqual([
      ['China', 0, 1, 4],
      ['Russia', 0, 1, 4],
      ['both', 0, 0, 0],
      ['other', 0, 0, 0],
      ['narrative', 1, 0, 0],
    ]);
  });

  it('gives a report with no words zero shares, not NaN', () => {
    expect(figuresOf([], []).bySide).toEqual([
      { side: 'both', speaker: undefined, paragraphs: 0, sentences: 0, words: 0, share: 0 },
      { side: 'other', speaker: undefined, paragraphs: 0, sentences: 0, words: 0, share: 0 },
      { side: 'narrative', speaker: undefined, paragraphs: 0, sentences: 0, words: 0, share: 0 },
    ]);
  });

  // A retelling with an expert's paragraph: 5 words Li's, 12 the expert's, 5 the reporter's.
  const withExpert = paragraphsOf(
    'Li said China is ready.',
    'Zhao Long, a professor in Shanghai, said the talks had gone well.',
    'The talks lasted two hours.',
  );
  const [li, mishustin] = realReports().islamabad.speakers;

  it("counts another person's words apart, neither a participant's nor the reporter's", () => {
    const figures = figuresOf(
      attributeParagraphs(withExpert, [li!, mishustin!]).map((attribution, i) => ({ ...withExpert[i]!, attribution })),
      [li!, mishustin!],
    );
    expect(figures.bySide.map((s) => [s.side, s.words])).toEqual([
      ['China', 5],
      ['Russia', 0],
      ['both', 0],
      ['other', 12],
      ['narrative', 5],
    ]);
  });

  it("doubts a paragraph left to the reporter naming someone, or one the rule gave a name like a participant's, not an expert nor one an editor settled", () => {
    const texts = [...withExpert.map((p) => p.text), 'Mischustin said trade grew.'];
    const read = (overrides = {}) => {
      const paragraphs = paragraphsOf(...texts);
      const attributions = attributeParagraphs(paragraphs, [li!, mishustin!], overrides);
      return paragraphs.map((p, i) => ({ ...p, attribution: attributions[i]! }));
    };
    // p2 is Zhao Long's, an expert: no doubt; p4's "Mischustin" is one letter from Mishustin.
    expect(paragraphsInDoubt(read(), [], [li!, mishustin!])).toEqual(['p4']);
    expect(paragraphsInDoubt(read(), [{ id: 'p3', another: false }], [li!, mishustin!])).toEqual(['p3', 'p4']);
    // The build warns of the expert's paragraph too ("said Zhao"), which is no doubt.
    expect(paragraphsInDoubt(read(), [{ id: 'p2', another: true }], [li!, mishustin!])).toEqual(['p4']);
    expect(paragraphsInDoubt(read({ p4: 'other' }), [], [li!, mishustin!])).toEqual([]);
  });
});
