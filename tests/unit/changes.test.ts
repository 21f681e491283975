import { describe, expect, it } from 'vitest';
import { BOTH, NARRATIVE, OTHER, type Speaker } from '../../src/lib/attribution.ts';
import { voiceShift, whatChanged, withStatus, type Changes, type TopicChange } from '../../src/lib/compare/changes.ts';
import { findMentions, type Mention, type Topic } from '../../src/lib/compare/topics.ts';
import { attributed, realReports, realScopes, realTopics } from '../support/reports.ts';

const li: Speaker = { name: 'Li Qiang', shortName: 'Li', office: 'Premier', country: 'China' };
const mishustin: Speaker = { name: 'Mikhail Mishustin', shortName: 'Mishustin', office: 'Prime Minister', country: 'Russia' };
const topic = (id: string, variants = false): Topic => ({ id, name: id, kind: 'formula', phrases: [id], variants, theme: 't', weight: 1 });
const topics = [topic('energy'), topic('culture', true), topic('trade')];

/** A mention of `topic` in its own sentence, said by `speaker` (or the reporter) in the given wording, at a level. */
let sentence = 0;
const said = (topicId: string, speaker: Speaker | 'other' | 'both' | undefined, wording = topicId, scope = 'bilateral'): Mention => ({
  topic: topicId,
  paragraph: 0,
  sentence: sentence++,
  matched: wording,
  start: 0,
  wording,
  side: speaker === 'other' ? OTHER : speaker === 'both' ? BOTH : (speaker?.country ?? NARRATIVE),
  speaker: typeof speaker === 'object' ? speaker : undefined,
  voices: speaker === 'both' ? ['Li', 'Mishustin'] : typeof speaker === 'object' ? [speaker.shortName] : [],
  scope,
  scopeCertain: true,
});

const changes = (first: Mention[], second: Mention[], publishers: [string, string] = ['Xinhua', 'Xinhua'], history = []) =>
  whatChanged(topics, { mentions: first, publisher: publishers[0] }, { mentions: second, publisher: publishers[1] }, history);
const ids = (list: { topic: Topic }[]) => list.map((t) => t.topic.id);
const statusOf = (result: Changes, id: string) => result.topics.find((t) => t.topic.id === id);

describe('whatChanged', () => {
  it('gives each topic one status: dropped, new, kept', () => {
    const result = changes([said('energy', li), said('trade', li)], [said('trade', li), said('culture', mishustin)]);
    expect(result.topics.map((t) => [t.topic.id, t.status])).toEqual([
      ['energy', 'dropped'],
      ['culture', 'new'],
      ['trade', 'kept'],
    ]);
  });

  // A wider topic's mention through a narrower one ("via") repeats the narrower topic's.
  const via = (mention: Mention, narrower: string): Mention => ({ ...mention, via: narrower });
  it.each([
    ['through narrower topics in both reports', [via(said('energy', li), 'oil')], [via(said('energy', li), 'gas')], []],
    ['in its own words in one report', [said('energy', li)], [via(said('energy', li), 'gas')], [['energy', 'kept']]],
    ['in its own words, then not at all', [said('energy', li)], [], [['energy', 'dropped']]],
    ['through a narrower topic, then not at all', [via(said('energy', li), 'oil')], [], []],
  ])('has a row for a wider topic raised %s: %j', (_name, first, second, expected) => {
    expect(changes(first, second).topics.map((t) => [t.topic.id, t.status])).toEqual(expected);
  });

  it.each([
    ['one side, then only the other', [li], [mishustin], { kind: 'handed-over', from: ['Li'], to: ['Mishustin'] }],
    ['one side, then both', [li], [li, mishustin], { kind: 'taken-up', by: ['Mishustin'] }],
    ['the reporter, then a side', [undefined], [mishustin], { kind: 'taken-up', by: ['Mishustin'] }],
    [
      'a side, then the reporter and the other side',
      [li],
      [undefined, mishustin],
      { kind: 'handed-over', from: ['Li'], to: ['Mishustin'] },
    ],
    ['both, then one', [li, mishustin], [mishustin], { kind: 'left-to', from: ['Li'], to: ['Mishustin'] }],
    // "The sides agreed …": the newcomer says it only together with the other side
    ['one side, then both sides together', [mishustin], ['both'], { kind: 'taken-up', by: ['Li'], jointly: true }],
    ['one side, then both together and the newcomer alone', [mishustin], ['both', li], { kind: 'taken-up', by: ['Li'] }],
    ['a side, then only the reporter', [li], [undefined], { kind: 'left-to', from: ['Li'], to: [] }],
    // another person (a spokesman who says Mishustin raised the route): in the report, in their words
    ['a side, then only another speaker', [li], ['other'], { kind: 'left-to', from: ['Li'], to: [], outside: ['another speaker'] }],
    [
      'a side, then the reporter and another speaker',
      [li],
      [undefined, 'other'],
      { kind: 'left-to', from: ['Li'], to: [], outside: ['the reporter', 'another speaker'] },
    ],
    ['the same side', [li], [li], undefined],
  ] as const)('a topic said by %s shifts: %j', (_name, before, after, expected) => {
    const result = changes(
      before.map((s) => said('trade', s)),
      after.map((s) => said('trade', s)),
    );
    const trade = statusOf(result, 'trade')!;
    expect(trade.status).toBe(expected ? 'shifted' : 'kept');
    expect(trade.shifts[0]).toEqual(expected);
  });

  it('names a change of level: SCO-wide in one report, bilateral in the other', () => {
    const result = changes([said('trade', li, 'trade', 'sco')], [said('trade', li, 'trade', 'bilateral')]);
    expect(statusOf(result, 'trade')?.shifts).toEqual([{ kind: 'scope', from: ['sco'], to: ['bilateral'] }]);
  });

  it('reports a change of wording only for topics whose phrases are variants', () => {
    const result = changes(
      [said('culture', li, 'cultural year'), said('trade', li, 'trade')],
      [said('culture', li, 'years of culture'), said('trade', li, 'economy and trade')],
    );
    const culture = statusOf(result, 'culture')!;
    expect(culture.shifts.map((s) => s.kind)).toEqual(['reworded']);
    const reworded = culture.shifts[0]!;
    if (reworded.kind !== 'reworded') throw new Error('expected a rewording');
    expect(reworded.first.map((w) => [w.wording, w.inBoth])).toEqual([['cultural year', false]]);
    expect(reworded.second.map((w) => [w.wording, w.inBoth])).toEqual([['years of culture', false]]);
    expect(statusOf(result, 'trade')?.status).toBe('kept');
  });

  it('lists every shift of a topic, who says it first, and counts the topic once', () => {
    const result = changes([said('culture', li, 'a', 'sco')], [said('culture', mishustin, 'b', 'bilateral')]);
    expect(result.topics).toHaveLength(1);
    expect(result.topics[0]!.shifts.map((s) => s.kind)).toEqual(['handed-over', 'scope', 'reworded']);
  });

  it('says a topic is back, and where it was last seen, when an earlier meeting than the older one raised it', () => {
    const history = [
      { id: '2021-a', topics: new Set(['energy']) },
      { id: '2022-b', topics: new Set(['energy', 'culture']) },
    ];
    const result = whatChanged(
      topics,
      { mentions: [said('trade', li)], publisher: 'Xinhua' },
      { mentions: [said('energy', li), said('culture', li), said('trade', li)], publisher: 'Xinhua' },
      history,
    );
    expect(result.topics.map((t) => [t.topic.id, t.status, t.lastSeen])).toEqual([
      ['energy', 'back', '2022-b'],
      ['culture', 'back', '2022-b'],
      ['trade', 'kept', undefined],
    ]);
  });

  it('cautions when the outlets differ', () => {
    expect(changes([], [], ['China Daily', 'Xinhua']).outlets).toEqual(['China Daily', 'Xinhua']);
    expect(changes([], []).outlets).toBeUndefined();
  });
});

describe('voiceShift', () => {
  it.each([
    [[], [], undefined],
    [['Li'], ['Li'], undefined],
    [[], ['Li'], { kind: 'taken-up', by: ['Li'] }],
    [['Li', 'Mishustin'], [], { kind: 'left-to', from: ['Li', 'Mishustin'], to: [] }],
    [['A', 'B'], ['B', 'C'], { kind: 'handed-over', from: ['A', 'B'], to: ['B', 'C'] }],
  ])('%j → %j', (before, after, expected) => {
    expect(voiceShift(before, after)).toEqual(expected);
  });
});

describe('what changed from Bishkek 2023 to Islamabad 2024 (checked by reading the reports)', () => {
  const { bishkek, islamabad } = realReports();
  const all = realTopics();
  const scopes = realScopes();
  const result = whatChanged(
    all,
    { mentions: findMentions(attributed(bishkek), all, scopes), publisher: 'China Daily' },
    { mentions: findMentions(attributed(islamabad), all, scopes), publisher: 'Xinhua' },
  );
  const sorted = (list: TopicChange[]) => ids(list).sort();
  const shiftsOf = (id: string) => statusOf(result, id)?.shifts;

  it('counts each topic once', () => {
    expect(new Set(ids(result.topics)).size).toBe(result.topics.length);
  });

  it('dropped: the world-order formulae (multipolar world ¶1, third party, fairness and justice, global development ¶3), the concrete asks (¶4, ¶5, ¶6, ¶7), the Forum (¶8); not industry, which 2024 raises as its chains (¶5)', () => {
    expect(sorted(withStatus(result, 'dropped'))).toEqual([
      'automotive-manufacturing',
      'belt-and-road-forum',
      'education',
      'fairness-and-justice',
      'global-development',
      'industrial-manufacturing',
      'investment',
      'multipolar-world',
      'third-party',
      'trade-facilitation',
    ]);
  });

  it('new: strategic coordination and guidance, the consensus of the heads of state, the two anniversaries, the SCO-wide ¶6, the UN and BRICS, agriculture, the international situation', () => {
    expect(sorted(withStatus(result, 'new'))).toEqual([
      'agriculture',
      'anniversary-of-the-prc',
      'anniversary-of-ties',
      'brics',
      'communication-and-coordination',
      'heads-of-state-consensus',
      'international-situation',
      'mutual-benefit',
      'practical-cooperation',
      'shanghai-spirit',
      'strategic-coordination',
      'strategic-guidance',
      'strategic-mutual-trust',
      'united-nations',
    ]);
  });

  it('Li takes up what only Mishustin said in 2023: core interests (¶9 → ¶3), the partnership (¶8 → ¶3), the high level (¶8 → ¶3, in other words)', () => {
    expect(shiftsOf('core-interests')).toEqual([{ kind: 'taken-up', by: ['Li'] }]);
    expect(shiftsOf('partnership-name')).toEqual([{ kind: 'taken-up', by: ['Li'] }]);
    expect(shiftsOf('high-level')?.map((s) => s.kind)).toEqual(['taken-up', 'reworded']);
  });

  it('culture is not new in 2024: the Cultural Year (2023 ¶6) is culture too', () => {
    expect(statusOf(result, 'culture-and-people-to-people-exchange')?.status).toBe('shifted');
  });

  it('the synergy of development strategies, said by both sides (¶1) and by Mishustin of the BRI and the EAEU (¶9), is said by Mishustin only in 2024 (¶8)', () => {
    expect(shiftsOf('strategy-synergy')?.[0]).toEqual({ kind: 'left-to', from: ['Li'], to: ['Mishustin'] });
  });

  it('reads a topic\'s wordings from its own phrases only, not from the narrower topic it counts through ("alignment" → "synergy", not "Eurasian Economic Union")', () => {
    const reworded = shiftsOf('strategy-synergy')?.find((s) => s.kind === 'reworded');
    expect(reworded?.kind === 'reworded' && [reworded.first.map((u) => u.wording), reworded.second.map((u) => u.wording)]).toEqual([
      ['synergy', 'alignment'],
      ['synergy'],
    ]);
  });

  it('the Culture Year(s) are handed over from Li (2023 ¶6) to Mishustin (2024 ¶8), and reworded', () => {
    expect(shiftsOf('culture-years')?.[0]).toEqual({ kind: 'handed-over', from: ['Li'], to: ['Mishustin'] });
    expect(shiftsOf('culture-years')?.[1]?.kind).toBe('reworded');
  });

  it('supply chains move from within the SCO framework (2023 ¶7) to between the two countries (2024 ¶5)', () => {
    expect(shiftsOf('industrial-and-supply-chains')).toEqual([{ kind: 'scope', from: ['sco'], to: ['bilateral'] }]);
  });

  it('local exchanges are reworded: "local level" (2023 ¶6) → "sub-national" (2024 ¶3)', () => {
    const shift = shiftsOf('local-exchanges')?.[0];
    if (shift?.kind !== 'reworded') throw new Error('expected a rewording');
    expect([shift.first.map((w) => w.wording), shift.second.map((w) => w.wording)]).toEqual([['local level'], ['sub-national']]);
  });

  it('kept exactly: the benefits to the peoples (Li ¶3 both years), the Belt and Road with the EAEU (Mishustin ¶9, ¶8)', () => {
    expect(sorted(withStatus(result, 'kept'))).toEqual(['belt-and-road-and-eaeu', 'benefits-to-the-peoples']);
  });

  it('cautions that two outlets wrote the reports', () => {
    expect(result.outlets).toEqual(['China Daily', 'Xinhua']);
  });
});
