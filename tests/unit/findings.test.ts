import { describe, expect, it } from 'vitest';
import { whatChanged, type TopicChange } from '../../src/lib/compare/changes.ts';
import { evidenceOf, groupTitle, rankFindings, SUMMARY_LINES, topicScore, type FindingGroup } from '../../src/lib/compare/findings.ts';
import { documentFrequencies, novelPhrases, wordsOf } from '../../src/lib/compare/novelty.ts';
import { findMentions, type Mention, type Theme, type Topic } from '../../src/lib/compare/topics.ts';
import { attributed, realReports, realScopes, realThemes, realTopics } from '../support/reports.ts';

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
const titles = (groups: FindingGroup[]) => groups.map((g) => groupTitle(g, ['2023', '2024']));

describe('topicScore', () => {
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
  ])('%s', (_name, input, expected) => {
    expect(topicScore(input)).toBeCloseTo(expected, 10);
  });
});

describe('rankFindings', () => {
  it('puts a political formula over a sector, and several changes in one theme over one', () => {
    const groups = rankFindings(
      [
        change(topic('forum', 'occasion'), 'dropped'),
        change(topic('energy', 'economy', 'area'), 'new'),
        change(topic('trade', 'economy', 'area'), 'new'),
        change(topic('multipolar', 'world-order'), 'dropped'),
      ],
      noNovelties,
      themes,
    );
    expect(titles(groups)).toEqual(['World order: dropped since 2023', 'Economy: new in 2024', 'Occasions: dropped since 2023']);
    expect(groups[1]!.items.map((i) => (i.type === 'topic' ? i.change.topic.id : ''))).toEqual(['energy', 'trade']);
  });

  it('counts a group by its four heaviest findings, so a long list of light ones cannot outrank a few heavy ones', () => {
    const light = Array.from({ length: 9 }, (_, i) => change(topic(`area-${i}`, 'economy', 'area'), 'dropped'));
    const heavy = [change(topic('a', 'world-order'), 'new'), change(topic('b', 'world-order'), 'new')];
    const groups = rankFindings([...light, ...heavy], noNovelties, themes);
    expect(groups.map((g) => [g.id, g.score])).toEqual([
      ['world-order-new', 15],
      ['economy-dropped', 8],
    ]);
  });

  it('ranks a topic raised only SCO-wide in the SCO theme, and names who took a topic up', () => {
    const groups = rankFindings(
      [
        change(topic('trust', 'world-order'), 'new', [], 'sco'),
        change(topic('core', 'world-order'), 'shifted', [{ kind: 'taken-up', by: ['Li'] }]),
      ],
      noNovelties,
      themes,
    );
    expect(titles(groups)).toEqual(['World order: taken up by Li in 2024', 'The SCO: new in 2024']);
  });
});

describe('groupTitle', () => {
  const theme = themes[0]!;
  it.each<[Pick<FindingGroup, 'kind' | 'theme' | 'voices'>, string]>([
    [{ kind: 'dropped', theme, voices: undefined }, 'World order: dropped since 2023'],
    [{ kind: 'back', theme, voices: undefined }, 'World order: back in 2024'],
    [{ kind: 'handed-over', theme, voices: { from: ['Li'], to: ['Mishustin'] } }, 'World order: handed over from Li to Mishustin in 2024'],
    [{ kind: 'left-to', theme, voices: { from: ['Li'], to: [] } }, "World order: only in the reporter's words in 2024"],
    [{ kind: 'taken-up', theme, voices: { from: [], to: ['Li', 'Mishustin'] } }, 'World order: taken up by Li and Mishustin in 2024'],
    [{ kind: 'unlisted-new', theme: undefined, voices: undefined }, 'Not in the lists, new in 2024'],
  ])('%j', (group, expected) => {
    expect(groupTitle(group, ['2023', '2024'])).toBe(expected);
  });
});

describe('the summary of Bishkek 2023 → Islamabad 2024 (the findings an analyst reads in the two texts)', () => {
  const { bishkek, islamabad } = realReports();
  const [first, second] = [attributed(bishkek), attributed(islamabad)];
  const topics = realTopics();
  const scopes = realScopes();
  const mentions = { first: findMentions(first, topics, scopes), second: findMentions(second, topics, scopes) };
  const changes = whatChanged(
    topics,
    { mentions: mentions.first, publisher: 'China Daily' },
    { mentions: mentions.second, publisher: 'Xinhua' },
  );
  const names = ['Li Qiang', 'Mikhail Mishustin', 'China', 'Russia', 'Bishkek', 'Islamabad', 'Kyrgyzstan', 'Xinhua', 'China Daily'];
  const context = { names, frequencies: documentFrequencies([wordsOf(first.paragraphs), wordsOf(second.paragraphs)]), reportCount: 2 };
  const novelties = {
    added: novelPhrases({ paragraphs: second.paragraphs, mentions: mentions.second }, first, context, 'second'),
    dropped: novelPhrases({ paragraphs: first.paragraphs, mentions: mentions.first }, second, context, 'first'),
  };
  const groups = rankFindings(changes.topics, novelties, realThemes());
  const summary = groups.slice(0, SUMMARY_LINES);
  /** A summary line as the page shows it: the title, then each item's words and paragraphs. */
  const line = (group: FindingGroup) =>
    `${groupTitle(group, ['2023', '2024'])}: ${group.items
      .map(evidenceOf)
      .map((e) => `${e.words} ${[...new Set(e.places.map((p) => `¶${p.paragraph + 1}`))].join(' ')}`)
      .join(', ')}`;

  it('leads with the world-order language dropped: a multipolar world (¶1), no third party, global development, fairness and justice (¶3)', () => {
    expect(line(summary[0]!)).toBe(
      'World order: dropped since 2023: multipolar world ¶1, third party ¶3, global development ¶3, fairness and justice ¶3',
    );
  });

  it('then the new framing: strategic coordination (¶1, ¶3), the consensus of the two heads of state (¶4, ¶8), strategic guidance (¶3)', () => {
    expect(line(summary[1]!)).toMatch(
      /^The relationship's framing: new in 2024: strategic coordination ¶1 ¶3, consensus reached by the two heads of state ¶4 ¶8, strategic guidance ¶3, /,
    );
  });

  it('then what Li takes up from Mishustin: the high level (¶3, in other words), the partnership, core interests (¶3)', () => {
    expect(line(summary[2]!)).toBe(
      "The relationship's framing: taken up by Li in 2024: high level of development ¶3, comprehensive strategic partnership of coordination ¶3, core interests ¶3",
    );
  });

  it('then the SCO-wide ¶6 and the concrete asks dropped', () => {
    expect(line(summary[3]!)).toBe('The SCO: new in 2024: strategic mutual trust ¶6, Shanghai Spirit ¶6');
    expect(line(summary[4]!)).toBe(
      'Economy and trade: dropped since 2023: trade facilitation ¶4, investment ¶4, automotive manufacturing ¶5',
    );
  });

  it('ranks a one-off occasion (the Forum, the anniversaries) below every formula change', () => {
    const rank = (id: string) => groups.findIndex((g) => g.id === id);
    expect(rank('occasion-dropped')).toBeGreaterThan(rank('world-order-dropped'));
    expect(rank('occasion-new')).toBeGreaterThan(rank('framing-new'));
    expect(rank('occasion-dropped')).toBeGreaterThan(SUMMARY_LINES);
  });

  it('lists the phrases no list names: "traditional areas", "emerging fields" new; "high-quality Russian products", "new engines" gone', () => {
    const phrases = (kind: string) =>
      groups.find((g) => g.kind === kind)!.items.map((i) => (i.type === 'novelty' ? i.novelty.text : i.change.topic.id));
    expect(phrases('unlisted-new')).toEqual(expect.arrayContaining(['traditional areas', 'emerging fields', 'President Xi Jinping']));
    expect(phrases('unlisted-dropped')).toEqual(
      expect.arrayContaining(['high-quality Russian products', 'new engines', 'regional economic growth']),
    );
  });
});
