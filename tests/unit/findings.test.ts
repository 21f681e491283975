import { describe, expect, it } from 'vitest';
import type { TopicChange } from '../../src/lib/compare/changes.ts';
import {
  evidenceOf,
  groupTitle,
  rankFindings,
  RANKING,
  SUMMARY_LINES,
  themeIn,
  topicScore,
  type FindingGroup,
} from '../../src/lib/compare/findings.ts';
import { clauseAround, headline, lengthCaveat, plainText, summaryGroups, summaryLine } from '../../src/lib/compare/summary.ts';
import { comparePairs, realLists, realMeetingPaths } from '../support/analysis.ts';
import type { Mention, Theme, Topic } from '../../src/lib/compare/topics.ts';

const themes: Theme[] = [
  { id: 'world-order', name: 'World order', weight: 5 },
  { id: 'economy', name: 'Economy', weight: 2 },
  { id: 'sco', name: 'The SCO', weight: 3 },
  { id: 'occasion', name: 'Occasions', weight: 1 },
];
const topic = (id: string, theme: string, kind: Topic['kind'] = 'formula', weight = themes.find((t) => t.id === theme)!.weight): Topic => ({
  id,
  name: id,
  kind,
  phrases: [id],
  variants: false,
  theme,
  weight,
});
let place = 0;
const mention = (topicId: string, voices: string[], scope = 'bilateral'): Mention => ({
  topic: topicId,
  paragraph: place++,
  sentence: 0,
  matched: topicId,
  start: 0,
  wording: topicId,
  side: 'China',
  speaker: undefined,
  voices,
  scope,
  scopeCertain: true,
});
const change = (t: Topic, status: TopicChange['status'], shifts: TopicChange['shifts'] = [], scope = 'bilateral'): TopicChange => ({
  topic: t,
  status,
  shifts,
  first: status === 'new' ? [] : [mention(t.id, ['Li'], scope)],
  second: status === 'dropped' ? [] : [mention(t.id, ['Li'], scope)],
});
const noNovelties = { added: [], dropped: [] };
const sameLength = { first: 300, second: 300 };
const rank = (changes: TopicChange[], words = sameLength) => rankFindings(changes, { novelties: noNovelties, themes, words });
const titles = (groups: FindingGroup[]) => groups.map((g) => groupTitle(g, ['2023', '2024']));

describe('topicScore', () => {
  it.each(Object.entries(RANKING.kind))('counts a change of kind %s at %s of its weight', (kind, factor) => {
    const area = topic('t', 'economy', 'area');
    const byKind: Record<string, TopicChange['shifts']> = {
      'taken-up': [{ kind: 'taken-up', by: ['Li'] }],
      'handed-over': [{ kind: 'handed-over', from: ['Li'], to: ['Mishustin'] }],
      'left-to': [{ kind: 'left-to', from: ['Li'], to: [] }],
      scope: [{ kind: 'scope', from: ['bilateral'], to: ['sco'] }],
      reworded: [{ kind: 'reworded', first: [], second: [] }],
    };
    const shifts = byKind[kind] ?? [];
    const status = shifts.length > 0 ? 'shifted' : (kind as TopicChange['status']);
    expect(topicScore(change(area, status, shifts))).toBeCloseTo(2 * factor, 10);
  });

  const order = topic('order', 'world-order');
  const trade = topic('trade', 'economy', 'area');
  it.each([
    ['a dropped world-order formula: 5 × 1.5', change(order, 'dropped'), 7.5],
    ['a dropped economy area: 2', change(trade, 'dropped'), 2],
    ['a formula taken up by the other side counts fully', change(order, 'shifted', [{ kind: 'taken-up', by: ['Li'] }]), 7.5],
    ['a change of level counts 0.6', change(trade, 'shifted', [{ kind: 'scope', from: ['sco'], to: ['bilateral'] }]), 1.2],
    [
      'a second shift adds a quarter',
      change(trade, 'shifted', [
        { kind: 'scope', from: ['sco'], to: ['bilateral'] },
        { kind: 'taken-up', by: ['Li'] },
      ]),
      1.7,
    ],
    ['a topic kept weighs nothing', change(order, 'kept'), 0],
    // A reporter's calendar note ("a Brics summit in Kazan next week") says less of what the meeting said: 2 × 0.5.
    [
      'a dropped area the reporter alone had named: half',
      { ...change(trade, 'dropped'), first: [{ ...mention('trade', []), side: 'narrative' }] },
      1,
    ],
    ['a new area only the reporter names: half', { ...change(trade, 'new'), second: [{ ...mention('trade', []), side: 'narrative' }] }, 1],
  ])('%s', (_name, input, expected) => {
    expect(topicScore(input)).toBeCloseTo(expected, 10);
  });
});

describe('rankFindings', () => {
  it('puts a political formula over a sector, and several changes in one theme over one', () => {
    const groups = rank([
      change(topic('forum', 'occasion'), 'dropped'),
      change(topic('energy', 'economy', 'area'), 'new'),
      change(topic('trade', 'economy', 'area'), 'new'),
      change(topic('multipolar', 'world-order'), 'dropped'),
    ]);
    expect(titles(groups)).toEqual([
      'World order: not raised in the 2024 report',
      'Economy: new in 2024',
      'Occasions: not raised in the 2024 report',
    ]);
    expect(groups[1]!.items.map((i) => (i.type === 'topic' ? i.change.topic.id : ''))).toEqual(['energy', 'trade']);
  });

  it("keeps topics new, back or not raised only in the reporter's words apart from the participants', and lighter", () => {
    const inTheReportersWords = (c: TopicChange): TopicChange => ({
      ...c,
      second: c.second.map((m) => ({ ...m, side: 'narrative', voices: [] })),
    });
    const groups = rank([
      inTheReportersWords(change(topic('cars', 'economy', 'area'), 'new')),
      inTheReportersWords(change(topic('machines', 'economy', 'area'), 'new')),
      change(topic('customs', 'economy', 'area'), 'new'),
    ]);
    expect(groups.map((g) => [g.id, g.score])).toEqual([
      ['economy-new', 2],
      ['economy-new-reporter', 2],
    ]);
    expect(titles(groups)).toEqual(['Economy: new in 2024', "Economy: new in 2024, only in the reporter's words"]);
  });

  it('counts a group by its four heaviest findings, so a long list of light ones cannot outrank a few heavy ones', () => {
    const light = Array.from({ length: 9 }, (_, i) => change(topic(`area-${i}`, 'economy', 'area'), 'dropped'));
    const heavy = [change(topic('a', 'world-order'), 'new'), change(topic('b', 'world-order'), 'new')];
    const groups = rank([...light, ...heavy]);
    expect(groups.map((g) => [g.id, g.score])).toEqual([
      ['world-order-new', 15],
      ['economy-dropped', 8],
    ]);
  });

  it('ranks a topic raised only SCO-wide in the SCO theme, and names who took a topic up', () => {
    const groups = rank([
      change(topic('trust', 'world-order'), 'new', [], 'sco'),
      change(topic('core', 'world-order'), 'shifted', [{ kind: 'taken-up', by: ['Li'] }]),
    ]);
    expect(titles(groups)).toEqual(['World order: taken up by Li in 2024', 'The SCO: new in 2024']);
  });

  it('does not rank a topic in a level it holds with doubt ("SCO-wide?"): industrial manufacturing of 2023 ¶7 stays in its own theme', () => {
    const doubtful = change(topic('manufacturing', 'economy', 'area'), 'dropped', [], 'sco');
    doubtful.first[0]!.scopeCertain = false;
    expect(titles(rank([doubtful]))).toEqual(['Economy: not raised in the 2024 report']);
  });

  it('weighs a change of level held with doubt half', () => {
    const level = (certain: boolean) => {
      const c = change(topic('trade', 'economy', 'area'), 'shifted', [{ kind: 'scope', from: ['sco'], to: ['bilateral'] }], 'sco');
      c.first[0]!.scopeCertain = certain;
      return topicScore(c);
    };
    expect(level(false)).toBeCloseTo(level(true) * RANKING.uncertainLevel, 10);
  });

  it('lets no absence lead when the newer report is under 80% of the older, and weighs absences by the ratio', () => {
    const changes = [change(topic('order', 'world-order'), 'dropped'), change(topic('trade', 'economy', 'area'), 'new')];
    expect(rank(changes).map((g) => g.id)).toEqual(['world-order-dropped', 'economy-new']);
    const shorter = rank(changes, { first: 400, second: 200 });
    expect(shorter.map((g) => g.id)).toEqual(['economy-new', 'world-order-dropped']);
    expect(shorter[1]!.score).toBeCloseTo(7.5 * 0.5, 10);
    // At 80% and above an absence is as good as any other finding.
    expect(rank(changes, { first: 400, second: 320 })[0]!.id).toBe('world-order-dropped');
  });

  it("makes no finding of a topic only another person raises (an analyst's, a host's), in either report, and groups one left to them apart", () => {
    const theirs = (c: TopicChange): TopicChange => {
      const side = (m: Mention): Mention => ({ ...m, side: 'other', voices: [] });
      return { ...c, first: c.first.map(side), second: c.second.map(side) };
    };
    const changes = [theirs(change(topic('order', 'world-order'), 'new')), theirs(change(topic('trade', 'economy', 'area'), 'dropped'))];
    expect(rank(changes)).toEqual([]);
    const leftToThem = change(topic('order', 'world-order'), 'shifted', [
      { kind: 'left-to', from: ['Li'], to: [], outside: ['another speaker'] },
    ]);
    const [group] = rank([{ ...leftToThem, second: leftToThem.second.map((m) => ({ ...m, side: 'other', voices: [] })) }]);
    expect(group!.id).toBe('world-order-left-to-li-to-another-speaker');
    // New in the words of the reporter and another person, and no participant's: weighed as the reporter's alone.
    const told = change(topic('order', 'world-order'), 'new');
    const mixed = {
      ...told,
      second: [
        { ...told.second[0]!, side: 'narrative', voices: [] },
        { ...told.second[0]!, side: 'other', voices: [] },
      ],
    };
    expect(topicScore(mixed)).toBeCloseTo(topicScore(told) * RANKING.reporterOnly, 10);
  });

  it('lets nothing new lead when the older report is under 80% of the newer, and weighs what it lacks by the ratio', () => {
    const changes = [
      change(topic('trade', 'economy', 'area'), 'dropped'),
      change(topic('order', 'world-order'), 'new'),
      change(topic('sco', 'sco'), 'shifted', [{ kind: 'taken-up', by: ['Li'] }]),
    ];
    expect(rank(changes).map((g) => g.id)).toEqual(['world-order-new', 'sco-taken-up-to-li', 'economy-dropped']);
    // A topic new in 2024, or taken up by Li, may be one the short 2023 report left out: the gone trade leads.
    const shorter = rank(changes, { first: 200, second: 400 });
    expect(shorter.map((g) => g.id)).toEqual(['economy-dropped', 'world-order-new', 'sco-taken-up-to-li']);
    expect(shorter[1]!.score).toBeCloseTo(7.5 * 0.5, 10);
    expect(rank(changes, { first: 320, second: 400 })[0]!.id).toBe('world-order-new');
  });

  it('never makes one mention two findings: a parent shown only through a child that is a finding of its own is not listed', () => {
    const child = topic('culture-year', 'economy', 'area');
    const parent = topic('culture', 'economy', 'area');
    const year = change(child, 'shifted', [{ kind: 'handed-over', from: ['Li'], to: ['Mishustin'] }]);
    const through = change(parent, 'shifted', [{ kind: 'taken-up', by: ['Mishustin'] }]);
    through.second = [{ ...through.second[0]!, voices: ['Mishustin'], via: 'culture-year' }];
    const ids = rank([year, through]).flatMap((g) => g.items.map((i) => (i.type === 'topic' ? i.change.topic.id : '')));
    expect(ids).toEqual(['culture-year']);
  });

  it('shows a parent in each report that raises it, where one raises it only through a child that is a finding of its own', () => {
    const chains = change(topic('chains', 'economy', 'area'), 'dropped');
    const industry = change(topic('industry', 'economy', 'area'), 'shifted', [{ kind: 'taken-up', by: ['Mishustin'] }]);
    industry.first = [{ ...industry.first[0]!, via: 'chains' }];
    const [shown] = rank([chains, industry]).flatMap((g) =>
      g.items.flatMap((i) => (i.type === 'topic' && i.change.topic.id === 'industry' ? [i.change] : [])),
    );
    expect([shown?.first.length, shown?.second.length]).toEqual([1, 1]);
  });

  it('weighs a phrase no list names below the lightest listed change, a name most', () => {
    const novelty = (named: boolean) => ({
      text: 'x',
      key: 'x',
      paragraph: 0,
      sentence: 0,
      start: 0,
      score: 9,
      named,
      report: 'second' as const,
      side: 'narrative',
      speaker: undefined,
    });
    const groups = rankFindings([], { novelties: { added: [novelty(true), novelty(false)], dropped: [] }, themes, words: sameLength });
    const lightest = 1 * RANKING.kind.scope * RANKING.uncertainLevel;
    expect(groups[0]!.items.map((i) => i.score)).toEqual([RANKING.unlisted, expect.any(Number)]);
    expect(Math.max(...groups[0]!.items.map((i) => i.score))).toBeLessThan(lightest);
  });
});

describe('evidenceOf', () => {
  it('shows what is gone for a topic left to one side: the earlier sentences of the voices that no longer say it', () => {
    const t = topic('synergy', 'world-order');
    const c = change(t, 'shifted', [{ kind: 'left-to', from: ['Li'], to: ['Mishustin'] }]);
    c.first = [mention('synergy', ['Li', 'Mishustin']), mention('synergy', ['Mishustin'])];
    c.second = [mention('synergy', ['Mishustin'])];
    const evidence = evidenceOf({ type: 'topic', change: c, score: 1 });
    expect([evidence.report, evidence.places.length, evidence.places[0]]).toEqual(['first', 1, c.first[0]]);
  });
});

describe('groupTitle', () => {
  const theme = themes[0]!;
  it.each<[Pick<FindingGroup, 'kind' | 'theme' | 'voices'>, string]>([
    [{ kind: 'dropped', theme, voices: undefined }, 'World order: not raised in the 2024 report'],
    [{ kind: 'back', theme, voices: undefined }, 'World order: back in 2024'],
    [{ kind: 'handed-over', theme, voices: { from: ['Li'], to: ['Mishustin'] } }, 'World order: handed over from Li to Mishustin in 2024'],
    [{ kind: 'left-to', theme, voices: { from: ['Li'], to: [] } }, "World order: only in the reporter's words in 2024"],
    [
      { kind: 'left-to', theme, voices: { from: ['Li'], to: [], outside: ['another speaker'] } },
      "World order: only in another speaker's words in 2024",
    ],
    [{ kind: 'taken-up', theme, voices: { from: [], to: ['Li', 'Mishustin'] } }, 'World order: taken up by Li and Mishustin in 2024'],
    [{ kind: 'taken-up', theme, voices: { from: [], to: ['Li'], jointly: true } }, 'World order: now said by both sides in 2024'],
    [{ kind: 'unlisted-new', theme: undefined, voices: undefined }, 'Not in the lists, new in 2024'],
  ])('%j', (group, expected) => {
    expect(groupTitle(group, ['2023', '2024'])).toBe(expected);
  });
});

describe('the summary of Bishkek 2023 → Islamabad 2024 (the findings an analyst reads in the two texts)', async () => {
  const [pair] = await comparePairs([realMeetingPaths.bishkek, realMeetingPaths.islamabad]);
  const { findings, summary } = pair!;
  const lines = summary.lines.map((l) => plainText(l.parts));

  it('has five lines, no line for new names (2024 names none that no list has)', () => {
    expect(lines).toHaveLength(SUMMARY_LINES);
  });

  // The four are all the world-order topics of 2023 (¶1 and ¶3 name no other), so the line says "all 4", not a part.
  it("leads with the world-order language gone: both sides' multipolar world (¶1), Li's third party, global development, fairness and justice (¶3)", () => {
    expect(lines[0]).toMatch(
      /^Not raised in the 2024 report \(2023's 4 topics on world order\): both sides: “[^”]*build a multipolar world” \(2023 ¶1\); Li: “…neither targeted at nor influenced by any third party” \(¶3\), “promoting global development…” \(¶3\); and 1 more\.$/,
    );
  });

  // The clause quoted is ¶1's; ¶3's "fruitful strategic coordination" is the same words, named after it.
  it("then the new framing: Li's strategic coordination (¶1, also ¶3), the consensus of the two heads of state from both (¶4, ¶8), the strategic guidance (¶3)", () => {
    expect(lines[1]).toMatch(
      /^New in 2024 \(6 of 2024's \d+ topics on the relationship's framing\): Li: “[^”]*strengthen strategic coordination” \(2024 ¶1; also ¶3\), “[^”]*the important consensus reached by the two heads of state” \(¶4\); also Mishustin \(¶8\); Li: “Under the strategic guidance of President Xi Jinping and President Vladimir Putin” \(¶3\); and 3 more\.$/,
    );
  });

  it('then what Li takes up that only Mishustin said in 2023: the high level (¶8 → ¶3), the partnership (¶8 → ¶3), core interests (¶9 → ¶3)', () => {
    expect(lines[2]).toMatch(/^Taken up by Li in 2024 \(on the relationship's framing\): Li: /);
    expect(lines[2]).toMatch(/high level of development” \(2024 ¶3; in 2023 only Mishustin, ¶8\)/);
    expect(lines[2]).toContain('comprehensive strategic partnership');
    expect(lines[2]).toMatch(/core interests[^”]*” \(¶3; in 2023 only Mishustin, ¶9\)/);
  });

  // China Daily's 2023 report is the shorter (324 words against 479): what is new in 2024 may be what it left out, so it
  // weighs less, and the concrete asks gone from the longer 2024 report come before the SCO new in it.
  // On the SCO in 2024: the SCO itself (¶6, ¶9), and what ¶6 says only SCO-wide: the Shanghai Spirit, strategic mutual trust, green industry.
  it('then the concrete asks gone, and the SCO-wide ¶6, a part of what 2024 says on the SCO', () => {
    expect(lines[3]).toMatch(
      // Each quotation shows its own topic: "trade facilitation", not "boost connectivity and trade facilitation".
      // 2023's eleven on the economy: trade, investment, energy, connectivity, trade facilitation (¶4), automotive (¶5), supply chains,
      // manufacturing, the digital economy, green development (¶7), the Belt and Road with the EAEU (¶9). The fourth gone is
      // manufacturing (¶7): 2024 ¶5 has industry's chains, not its manufacturing.
      /^Not raised in the 2024 report \(4 of 2023's 11 topics on economy and trade\): Li: “…trade facilitation” \(2023 ¶4\), “…investment cooperation” \(¶4\), “[^”]*automotive manufacturing[^”]*” \(¶5\); and 1 more\.$/,
    );
    expect(lines[4]).toMatch(
      /^New in 2024 \(2 of 2024's 4 topics on the SCO\): Li: “[^”]*strategic mutual trust” \(2024 ¶6\), “[^”]*the Shanghai Spirit” \(¶6\)\.$/,
    );
  });

  it('ranks industrial manufacturing (2023 ¶7, SCO-wide only with doubt) under economy, not the SCO, and makes no finding of industry in general, which both raise only as its parts', () => {
    const groupOf = (id: string) => findings.find((g) => g.items.some((i) => i.type === 'topic' && i.change.topic.id === id))?.id;
    expect(groupOf('industrial-manufacturing')).toBe('economy-dropped');
    expect(groupOf('industrial-and-supply-chains')).toBe('economy-scope');
    expect(groupOf('industry')).toBeUndefined();
  });

  it('shows culture once: the Cultural Year handed over to Mishustin, and culture not as new', () => {
    const topicsShown = findings.flatMap((g) => g.items.flatMap((i) => (i.type === 'topic' ? [i.change.topic.id] : [])));
    expect(topicsShown).toContain('culture-years');
    expect(topicsShown).not.toContain('culture-and-people-to-people-exchange');
    expect(
      findings.find((g) => g.kind === 'new' && g.items.some((i) => i.type === 'topic' && i.change.topic.id.startsWith('culture'))),
    ).toBeUndefined();
  });

  it('counts each topic once in the findings', () => {
    const topicsShown = findings.flatMap((g) => g.items.flatMap((i) => (i.type === 'topic' ? [i.change.topic.id] : [])));
    expect(new Set(topicsShown).size).toBe(topicsShown.length);
  });

  it('ranks a one-off occasion (the Forum, the anniversaries) below every formula change', () => {
    const rankOf = (id: string) => findings.findIndex((g) => g.id === id);
    expect(rankOf('occasion-dropped')).toBeGreaterThan(rankOf('world-order-dropped'));
    expect(rankOf('occasion-new')).toBeGreaterThan(rankOf('framing-new'));
    expect(rankOf('occasion-dropped')).toBeGreaterThan(SUMMARY_LINES);
  });

  it('heads the summary with the counts and the first change, naming who', () => {
    const count = (...statuses: string[]) => pair!.changes.topics.filter((t) => statuses.includes(t.status)).length;
    expect(summary.headline).toEqual([
      "The leading change: not raised in the 2024 report (2023's 4 topics on world order), said in 2023 by both sides and Li.",
      `Of ${pair!.changes.topics.length} tracked topics: ${count('dropped')} not raised, ${count('new')} new, ${count('shifted')} shifted, ${count('kept')} unchanged.`,
    ]);
  });
});

describe('a phrase no list names, gone or new, as the leading change', () => {
  const context = { labels: ['2024', '2025'] as const, spansIn: () => [], meetingName: () => '', words: sameLength, themeTopics: () => 0 };
  const novelty = (report: 'first' | 'second', named = false) => ({
    text: 'Amur ferry',
    key: 'amur ferry',
    paragraph: 0,
    sentence: 0,
    start: 0,
    score: 1,
    named,
    report,
    side: 'narrative',
    speaker: undefined,
  });
  it.each<['unlisted-dropped' | 'unlisted-new', 'first' | 'second', string, boolean]>([
    [
      'unlisted-dropped',
      'first',
      'The leading change: not in the 2025 report, outside the tracked topics, said in 2024 by the reporter.',
      false,
    ],
    ['unlisted-new', 'second', 'The leading change: new in 2025, outside the tracked topics, said in 2025 by the reporter.', false],
    // Names alone are named so: the matrix lists the phrases that are no names as well.
    ['unlisted-new', 'second', 'The leading change: new names in 2025, outside the tracked topics, said in 2025 by the reporter.', true],
  ])('%s', (kind, report, expected, named) => {
    const group = {
      id: kind,
      kind,
      theme: undefined,
      voices: undefined,
      score: 1,
      items: [{ type: 'novelty' as const, novelty: novelty(report, named), score: 1 }],
    };
    expect(headline([], [group], context)[0]).toBe(expected);
  });
});

describe('lengthCaveat: what a much shorter report lacks weighs less', () => {
  it.each<[{ first: number; second: number }, string | undefined]>([
    // the later report much the shorter: its absences weigh less
    [{ first: 479, second: 162 }, 'what the 2025 report lacks weighs less'],
    // the earlier one: what is new against it weighs less
    [{ first: 162, second: 479 }, 'what the 2024 report lacks weighs less'],
    // at 80% of the other's words and above, neither is much the shorter
    [{ first: 400, second: 320 }, undefined],
    [{ first: 320, second: 400 }, undefined],
    [{ first: 479, second: 479 }, undefined],
  ])('%j', (words, expected) => {
    expect(lengthCaveat(words, ['2024', '2025'])).toBe(expected);
  });
});

describe('a group gone or new, as a part of its theme in the report that has it', () => {
  const context = (themeTopics: number) => ({
    labels: ['2024', '2025'] as const,
    spansIn: () => [],
    meetingName: () => '',
    words: sameLength,
    themeTopics: () => themeTopics,
  });
  const dropped = (...ids: string[]) => ids.map((id) => change(topic(id, 'world-order'), 'dropped'));
  it.each<[string, TopicChange[], number]>([
    // what is gone is quoted from the earlier report, what is new or shifted from the later
    ["not raised in the 2025 report (2024's one topic on world order), said in 2024", dropped('a'), 1],
    ["not raised in the 2025 report (2024's 2 topics on world order), said in 2024", dropped('a', 'b'), 2],
    ["not raised in the 2025 report (1 of 2024's 3 topics on world order), said in 2024", dropped('a'), 3],
    ["new in 2025 (1 of 2025's 2 topics on the SCO), said in 2025", [change(topic('a', 'sco'), 'new')], 2],
    // not a group gone or new: who says it, with no share of a theme
    [
      'now said by both sides in 2025 (on the SCO), said in 2025',
      [change(topic('a', 'sco'), 'shifted', [{ kind: 'taken-up', by: ['Li'], jointly: true }])],
      2,
    ],
    [
      "only in another speaker's words in 2025 (on the SCO), said in 2024",
      [change(topic('a', 'sco'), 'shifted', [{ kind: 'left-to', from: ['Li'], to: [], outside: ['another speaker'] }])],
      2,
    ],
  ])('%s', (expected, changes, inTheme) => {
    expect(headline(changes, rank(changes), context(inTheme))[0]).toBe(`The leading change: ${expected} by the reporter.`);
  });

  it('marks a level with doubt only in the report that holds it so', () => {
    const digital = topic('digital', 'sco', 'area');
    const first = [{ ...mention('digital', ['Li'], 'sco'), scopeCertain: false }];
    const second = [mention('digital', ['Li'], 'bilateral'), mention('digital', ['Li'], 'sco')];
    const changes: TopicChange[] = [
      { topic: digital, status: 'shifted', shifts: [{ kind: 'scope', from: ['sco'], to: ['bilateral', 'sco'] }], first, second },
    ];
    const line = plainText(summaryLine(rank(changes)[0]!, context(2), () => 'Digital trade grew.').parts);
    expect(line).toMatch(/, now also bilateral; in 2024 SCO-wide\?, /);
    const changed: TopicChange[] = [
      { ...changes[0]!, shifts: [{ kind: 'scope', from: ['sco'], to: ['bilateral'] }], second: [second[0]!] },
    ];
    expect(plainText(summaryLine(rank(changed)[0]!, context(2), () => 'Digital trade grew.').parts)).toMatch(
      /, bilateral; in 2024 SCO-wide\?, /,
    );
  });

  it("says a group stands only in the reporter's words on its line, and leaves it to who said it in the headline", () => {
    const background = change(topic('a', 'sco'), 'new');
    const changes = [{ ...background, second: background.second.map((m) => ({ ...m, side: 'narrative', voices: [] })) }];
    const [group] = rank(changes);
    const line = plainText(summaryLine(group!, context(2), () => 'The SCO grew.').parts);
    expect(line).toMatch(/^New in 2025 \(1 of 2025's 2 topics on the SCO\), only in the reporter's words: the reporter: /);
    expect(headline(changes, [group!], context(2))[0]).toBe(
      "The leading change: new in 2025 (1 of 2025's 2 topics on the SCO), said in 2025 by the reporter.",
    );
  });
});

describe('themeIn', () => {
  const themes = realLists().themes;
  const change = { topic: { theme: 'economy' } } as TopicChange;
  const at = (scope: string) => ({ scope, scopeCertain: true }) as Mention;
  it('ranks a topic raised only at a level with a theme in that theme, and one raised with a third country in its own', () => {
    expect(themeIn(change, [at('multilateral')], themes)?.id).toBe('multilateral');
    expect(themeIn(change, [at('third-country')], themes)?.id).toBe('economy');
  });
});

describe('summaryGroups', () => {
  const group = (id: string, kind: FindingGroup['kind']) =>
    ({ id, kind, theme: undefined, voices: undefined, items: [], score: 1 }) as FindingGroup;
  const ids = (groups: FindingGroup[]) => summaryGroups(groups).map((g) => g.id);

  it('gives the heaviest new group a line where the five heaviest are all gone, in place of the last', () => {
    const gone = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => group(id, 'dropped'));
    expect(ids([...gone, group('arctic', 'new')])).toEqual(['a', 'b', 'c', 'd', 'arctic']);
    expect(ids([...gone, group('back', 'back')])).toEqual(['a', 'b', 'c', 'd', 'back']);
    // One way holds at most three lines while the other has more to say: the Interfax-style pair's Arctic route and rubles.
    expect(ids([...gone, group('sanctions', 'new'), group('rubles', 'new')])).toEqual(['a', 'b', 'c', 'sanctions', 'rubles']);
    expect(ids([...gone, group('sanctions', 'new'), group('rubles', 'new'), group('arctic', 'back')])).toEqual([
      'a',
      'b',
      'c',
      'sanctions',
      'rubles',
    ]);
  });

  it('gives the heaviest gone group a line where the five heaviest are all new', () => {
    const come = ['a', 'b', 'c', 'd', 'e'].map((id) => group(id, 'new'));
    expect(ids([...come, group('left', 'left-to'), group('gone', 'dropped')])).toEqual(['a', 'b', 'c', 'd', 'gone']);
  });

  it('keeps the five heaviest where both ways are among them, and takes no line from a way that has one', () => {
    // A topic taken up or left to fewer participants changed hands, not ways: the new topics still get a line.
    const handsAndGone = [
      group('a', 'dropped'),
      group('b', 'dropped'),
      group('c', 'taken-up'),
      group('d', 'dropped'),
      group('e', 'left-to'),
    ];
    expect(ids([...handsAndGone, group('arctic', 'new')])).toEqual(['a', 'b', 'c', 'e', 'arctic']);
    const mixed = [group('a', 'dropped'), group('b', 'new'), group('c', 'dropped'), group('d', 'handed-over'), group('e', 'dropped')];
    expect(ids([...mixed, group('f', 'new')])).toEqual(['a', 'b', 'c', 'd', 'e']);
    const oneNew = [
      group('a', 'new'),
      group('b', 'handed-over'),
      group('c', 'handed-over'),
      group('d', 'handed-over'),
      group('e', 'handed-over'),
    ];
    expect(ids([...oneNew, group('f', 'dropped')])).toEqual(['a', 'b', 'c', 'd', 'f']);
    // The only change of who says it keeps its line; the last of four gone gives its own; the lines keep the ranking's order.
    const handed = [group('a', 'dropped'), group('b', 'dropped'), group('c', 'dropped'), group('d', 'dropped'), group('e', 'handed-over')];
    expect(ids([...handed, group('f', 'new')])).toEqual(['a', 'b', 'c', 'e', 'f']);
  });
});

describe('headline counts', () => {
  it('counts a topic back from an earlier meeting apart from the new ones, as the matrix groups them', () => {
    const t = (id: string, status: TopicChange['status']) => change(topic(id, 'economy', 'area'), status);
    const context = {
      labels: ['2024', '2025'] as const,
      spansIn: () => [],
      meetingName: () => '',
      words: sameLength,
      themeTopics: () => 0,
    };
    expect(headline([t('a', 'new'), t('b', 'back'), t('c', 'back'), t('d', 'dropped')], [], context)).toEqual([
      'Of 4 tracked topics: 1 not raised, 1 new, 2 back from an earlier meeting, 0 shifted, 0 unchanged.',
    ]);
  });
});

describe('clauseAround', () => {
  const sentence =
    'China and Russia on Wednesday reiterated their commitment, so as to provide new engines for regional economic growth and build a multipolar world.';
  it.each([
    ['the clause, cut to six words before and four after', 'multipolar world', '…regional economic growth and build a multipolar world'],
    ['a whole short clause', 'their commitment', 'China and Russia on Wednesday reiterated their commitment'],
  ])('%s', (_case, phrase, expected) => {
    const start = sentence.indexOf(phrase);
    expect(clauseAround(sentence, start, start + phrase.length, 6, 4)).toBe(expected);
  });

  it.each([
    // 2023 ¶4: connectivity is another topic, still raised in 2024; the quotation shows trade facilitation alone.
    [
      'China is willing to deepen cooperation in the energy sector and boost connectivity and trade facilitation, he said.',
      'trade facilitation',
      ['connectivity'],
      '…trade facilitation',
    ],
    // 2023 ¶3: fairness and justice is a topic of its own; the quotation of global development stops before it.
    [
      'They are committed to promoting global development and upholding fairness and justice through bilateral cooperation.',
      'global development',
      ['fairness and justice'],
      '…committed to promoting global development…',
    ],
    // 2024 ¶3: a short tail is quoted whole, so that neither president is cut off.
    [
      'Under the strategic guidance of President Xi Jinping and President Vladimir Putin, the partnership grew.',
      'strategic guidance',
      [],
      'Under the strategic guidance of President Xi Jinping and President Vladimir Putin',
    ],
  ])('quotes one topic: %s', (sentence, phrase, otherPhrases, expected) => {
    const start = sentence.indexOf(phrase);
    const others = otherPhrases.map((o) => ({ start: sentence.indexOf(o), end: sentence.indexOf(o) + o.length }));
    expect(clauseAround(sentence, start, start + phrase.length, 3, 3, others)).toBe(expected);
  });

  it('quotes a name joined by an en dash whole, and marks a clause cut at a spaced one (2025 transcript, "The China–Russia Years of Culture")', () => {
    const joined = 'The China–Russia Years of Culture were a success.';
    const start = joined.indexOf('Years of Culture');
    expect(clauseAround(joined, start, start + 'Years of Culture'.length, 3, 3)).toBe('The China–Russia Years of Culture were a success');
    const spaced = 'Trade grew – the Years of Culture were a success.';
    const at = spaced.indexOf('Years of Culture');
    expect(clauseAround(spaced, at, at + 'Years of Culture'.length, 3, 3)).toBe('the Years of Culture were a success');
  });

  it('never cuts off a negation: "neither targeted at nor influenced by any third party" (2023 ¶3)', () => {
    const noting = 'Noting that the Sino-Russian cooperation is neither targeted at nor influenced by any third party, Li said so.';
    const start = noting.indexOf('third party');
    expect(clauseAround(noting, start, start + 'third party'.length, 3, 3)).toBe('…neither targeted at nor influenced by any third party');
  });
});
