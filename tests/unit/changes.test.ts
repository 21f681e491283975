import { describe, expect, it } from 'vitest';
import { NARRATIVE, type Speaker } from '../../src/lib/compare/attribution.ts';
import { topicBalance, topicsByChange, whatChanged } from '../../src/lib/compare/changes.ts';
import { findMentions, type Mention, type Topic } from '../../src/lib/compare/topics.ts';
import { attributed, realReports, realScopes, realTopics } from '../support/reports.ts';

const li: Speaker = { name: 'Li Qiang', shortName: 'Li', office: 'Premier', country: 'China' };
const mishustin: Speaker = { name: 'Mikhail Mishustin', shortName: 'Mishustin', office: 'Prime Minister', country: 'Russia' };
const topic = (id: string, variants = false): Topic => ({ id, name: id, kind: 'formula', phrases: [id], variants });
const topics = [topic('energy'), topic('culture', true), topic('trade')];

/** A mention of `topic` in its own sentence, said by `speaker` (or the narrative) in the given wording. */
let sentence = 0;
const said = (topicId: string, speaker: Speaker | undefined, wording = topicId): Mention => ({
  topic: topicId,
  paragraph: 0,
  sentence: sentence++,
  matched: wording,
  start: 0,
  wording,
  side: speaker?.country ?? NARRATIVE,
  speaker,
  scope: 'bilateral',
});

const changes = (first: Mention[], second: Mention[], publishers: [string, string] = ['Xinhua', 'Xinhua']) =>
  whatChanged(topics, { mentions: first, publisher: publishers[0] }, { mentions: second, publisher: publishers[1] });
const ids = (list: { topic: Topic }[]) => list.map((t) => t.topic.id);

describe('whatChanged', () => {
  it('finds topics dropped, new and kept', () => {
    const result = changes([said('energy', li), said('trade', li)], [said('trade', li), said('culture', mishustin)]);
    expect([ids(result.dropped), ids(result.added), ids(result.kept), ids(result.handedOver), ids(result.reworded)]).toEqual([
      ['energy'],
      ['culture'],
      ['trade'],
      [],
      [],
    ]);
  });

  it.each([
    ['one side, then only the other', [li], [mishustin], true],
    ['one side, then both', [li], [li, mishustin], false],
    ['the narrative, then a side', [undefined], [mishustin], false],
    ['a side, then the narrative and the other side', [li], [undefined, mishustin], true],
    ['both, then one', [li, mishustin], [mishustin], false],
  ] as const)('a topic raised by %s is handed over: %s', (_name, before, after, expected) => {
    const result = changes(
      before.map((s) => said('trade', s)),
      after.map((s) => said('trade', s)),
    );
    expect(ids(result.handedOver)).toEqual(expected ? ['trade'] : []);
    expect(ids(result.kept)).toEqual(expected ? [] : ['trade']);
  });

  it('reports a change of wording only for topics whose phrases are variants', () => {
    const result = changes(
      [said('culture', li, 'cultural year'), said('trade', li, 'trade')],
      [said('culture', li, 'years of culture'), said('trade', li, 'economy and trade')],
    );
    expect(ids(result.reworded)).toEqual(['culture']);
    expect(result.reworded[0]!.wordings.first.map((w) => [w.wording, w.inBoth])).toEqual([['cultural year', false]]);
    expect(result.reworded[0]!.wordings.second.map((w) => [w.wording, w.inBoth])).toEqual([['years of culture', false]]);
    expect(ids(result.kept)).toEqual(['trade']);
  });

  it('says which wordings both reports share', () => {
    const result = changes([said('culture', li, 'a'), said('culture', li, 'b')], [said('culture', li, 'b')]);
    expect(result.reworded[0]!.wordings.first.map((w) => [w.wording, w.inBoth])).toEqual([
      ['a', false],
      ['b', true],
    ]);
  });

  it('cautions when the outlets differ', () => {
    expect(changes([], [], ['China Daily', 'Xinhua']).outlets).toEqual(['China Daily', 'Xinhua']);
    expect(changes([], []).outlets).toBeUndefined();
  });

  it('counts a topic in both reports once, whatever kinds of change it has', () => {
    const result = changes(
      [said('culture', li, 'a'), said('energy', li), said('trade', li)],
      [said('culture', mishustin, 'b'), said('trade', li)],
    );
    expect(topicBalance(result)).toEqual({ onlyFirst: 1, both: 2, onlySecond: 0 });
  });

  it('lists each topic once, under the first kind of change it has', () => {
    const result = changes([said('culture', li, 'a'), said('energy', li)], [said('culture', mishustin, 'b')]);
    expect(topicsByChange(result).map((g) => [g.kind, g.topics.map((t) => [t.item.topic.id, t.kinds])])).toEqual([
      ['handedOver', [['culture', ['handedOver', 'reworded']]]],
      ['dropped', [['energy', ['dropped']]]],
    ]);
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
  const sorted = (list: { topic: Topic }[]) => ids(list).sort();

  it('the Culture Year(s): Li offered them in 2023, Mishustin in 2024', () => {
    expect(ids(result.handedOver)).toEqual(['culture-years']);
  });

  it('dropped: third party, multipolar world, fairness and justice, the Belt and Road Forum, trade facilitation; investment, automotive, education', () => {
    expect(sorted(result.dropped)).toEqual([
      'automotive-manufacturing',
      'belt-and-road-forum',
      'education',
      'fairness-and-justice',
      'investment',
      'multipolar-world',
      'third-party',
      'trade-facilitation',
    ]);
  });

  it("new: strategic coordination and guidance, the heads of state's consensus, anniversaries, the Shanghai Spirit, the international situation, and more", () => {
    expect(sorted(result.added)).toEqual([
      'agriculture',
      'anniversaries',
      'brics',
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

  it('reworded: Cultural Year → Years of Culture, alignment → synergy, connectivity → transportation, green development → green industry', () => {
    const words = result.reworded.map((r) => [r.topic.id, r.wordings.first.map((w) => w.wording), r.wordings.second.map((w) => w.wording)]);
    expect(words.sort()).toEqual([
      ['connectivity-and-transport', ['connectivity'], ['transportation']],
      ['culture-years', ['cultural year'], ['years of culture']],
      ['green-development', ['green development'], ['green industry']],
      ['strategy-synergy', ['synergy', 'alignment'], ['synergy']], // China Daily's own ¶1 already says "synergy"
    ]);
  });

  it('kept: the partnership, the unprecedented high level, core interests, the Belt and Road with the EAEU, trade, energy, digital economy, supply chains', () => {
    expect(sorted(result.kept)).toEqual(
      expect.arrayContaining([
        'belt-and-road-and-eaeu',
        'core-interests',
        'digital-economy',
        'energy',
        'industrial-and-supply-chains',
        'partnership-name',
        'trade-and-economy',
        'unprecedented-high-level',
      ]),
    );
    expect(result.kept.every((k) => k.first.length > 0 && k.second.length > 0)).toBe(true);
  });

  it('cautions that two outlets wrote the reports', () => {
    expect(result.outlets).toEqual(['China Daily', 'Xinhua']);
  });

  it('counts 8 topics only in 2023, 17 in both, 12 only in 2024: the 37 of the curated lists', () => {
    expect(topicBalance(result)).toEqual({ onlyFirst: 8, both: 17, onlySecond: 12 });
  });
});
