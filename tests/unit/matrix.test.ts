/**
 * The topic matrix: its columns at any number of meetings, the marks of a cell, the words for
 * what moved, and the rows of the real pair and of a retelling, read against the reports.
 */
import { describe, expect, it } from 'vitest';
import { BOTH, NARRATIVE } from '../../src/lib/attribution.ts';
import { doubtfulLevels, type Shift } from '../../src/lib/compare/changes.ts';
import { mentionsByMeeting } from '../../src/lib/compare/index.ts';
import { marksOf, MAX_COLUMNS, overviewColumns, overviewMatrix, shiftNote, type PairRow } from '../../src/lib/compare/matrix.ts';
import type { Mention } from '../../src/lib/compare/topics.ts';
import { comparePairs, fixturePath, readMeeting, realLists, realMeetingPaths } from '../support/analysis.ts';

describe('overviewColumns', () => {
  it.each([
    [1, [1], 0],
    [2, [1, 2], 0],
    [4, [1, 2, 3, 4], 0],
    [5, [3, 4, 5], 2],
    [50, [48, 49, 50], 47],
  ])('%i meetings: own columns for %j, the earlier %i together', (count, own, earlier) => {
    const meetings = Array.from({ length: count }, (_, i) => i + 1);
    const columns = overviewColumns(meetings);
    expect(columns.length).toBeLessThanOrEqual(MAX_COLUMNS);
    expect(columns.flatMap((c) => (c.kind === 'meeting' ? [c.meeting] : []))).toEqual(own);
    expect(columns.flatMap((c) => (c.kind === 'earlier' ? c.meetings : []))).toHaveLength(earlier);
  });
});

describe('shiftNote', () => {
  const scopes = [{ id: 'sco', name: 'SCO-wide', phrases: [] }];
  const use = (asWritten: string, inBoth: boolean) => ({ wording: asWritten.toLowerCase(), asWritten, mentions: [], inBoth });
  it.each<[Shift, string]>([
    [{ kind: 'taken-up', by: ['Li'] }, 'taken up by Li'],
    [{ kind: 'taken-up', by: ['Li'], jointly: true }, 'now said by both sides'],
    [{ kind: 'handed-over', from: ['Li'], to: ['Mishustin'] }, 'handed over from Li to Mishustin'],
    [{ kind: 'left-to', from: ['Li'], to: ['Mishustin'] }, 'now Mishustin only'],
    [{ kind: 'left-to', from: ['Li', 'Mishustin'], to: [] }, "now only the reporter's words"],
    [
      { kind: 'left-to', from: ['Mishustin'], to: [], outside: ['the reporter', 'another speaker'] },
      "now only the reporter and another speaker's words",
    ],
    [{ kind: 'scope', from: ['bilateral'], to: ['bilateral', 'sco'] }, 'level: bilateral → bilateral and SCO-wide'],
    [
      { kind: 'reworded', first: [use('connectivity', false)], second: [use('transportation', false)] },
      'reworded: “connectivity” → “transportation”',
    ],
    [
      { kind: 'reworded', first: [use('synergy', true)], second: [use('synergy', true), use('alignment', false)] },
      'also worded “alignment”',
    ],
    [
      { kind: 'reworded', first: [use('synergy', true), use('alignment', false)], second: [use('synergy', true)] },
      'no longer worded “alignment”',
    ],
  ])('%j', (shift, note) => {
    expect(shiftNote(shift, scopes)).toBe(note);
  });

  it('marks a level the clauses of a report do not make plain, as the cells do, and only in that report', () => {
    expect(shiftNote({ kind: 'scope', from: ['sco'], to: ['bilateral'] }, scopes, { first: ['sco'], second: [] })).toBe(
      'level: SCO-wide? → bilateral',
    );
    // 2023 ¶7 holds the digital economy SCO-wide with doubt, 2024 ¶6 plainly: "SCO-wide?" → "bilateral and SCO-wide".
    expect(shiftNote({ kind: 'scope', from: ['sco'], to: ['bilateral', 'sco'] }, scopes, { first: ['sco'], second: [] })).toBe(
      'level: SCO-wide? → bilateral and SCO-wide',
    );
  });

  const at = (scope: string, scopeCertain: boolean) => ({ scope, scopeCertain }) as Mention;
  it.each<[string, Mention[], string[]]>([
    ['every mention at the level in doubt', [at('sco', false), at('sco', false), at('bilateral', true)], ['sco']],
    ['one mention at the level certain of it', [at('sco', false), at('sco', true)], []],
  ])('doubtfulLevels: %s', (_name, mentions, expected) => {
    expect(doubtfulLevels(mentions)).toEqual(expected);
  });
});

describe('marksOf', () => {
  const li = { shortName: 'Li', name: 'Li Qiang', office: 'Premier', country: 'China' };
  const mishustin = { shortName: 'Mishustin', name: 'Mikhail Mishustin', office: 'Prime Minister', country: 'Russia' };
  const mention = (paragraph: number, sentence: number, side: string, extra: Partial<Mention> = {}): Mention => ({
    topic: 'energy',
    paragraph,
    sentence,
    matched: 'energy',
    start: 0,
    wording: 'energy',
    side,
    speaker: side === 'China' ? li : side === 'Russia' ? mishustin : undefined,
    voices: [],
    scope: 'bilateral',
    scopeCertain: true,
    ...extra,
  });
  const options = { participants: [li, mishustin], scopes: [{ id: 'sco', name: 'SCO-wide', phrases: [] }] };

  it('gives each side one mark, in the order participants, both sides, reporter, whatever the reading order', () => {
    const marks = marksOf([mention(0, 0, NARRATIVE), mention(1, 0, 'Russia'), mention(2, 0, BOTH), mention(3, 0, 'China')], options);
    expect(marks.map((m) => m.label)).toEqual(['Li', 'Mishustin', 'Both sides', 'Reporter']);
  });

  it('names each paragraph once, at its first sentence, with its level where not bilateral, in doubt with "?"', () => {
    const [mark] = marksOf(
      [
        mention(4, 0, 'China', { scope: 'sco', scopeCertain: false }),
        mention(4, 1, 'China'),
        mention(6, 2, 'China', { scope: 'sco' }),
        mention(7, 0, 'China'),
      ],
      options,
    );
    expect(mark!.places).toEqual([
      { paragraph: 4, sentence: 0, level: 'SCO-wide?' },
      { paragraph: 6, sentence: 2, level: 'SCO-wide' },
      { paragraph: 7, sentence: 0 },
    ]);
  });

  it('quotes the clause around the words when it can read the sentence', () => {
    const sentence = 'Li said the two sides should boost cooperation in energy, and in agriculture.';
    const [mark] = marksOf([mention(0, 0, 'China', { start: sentence.indexOf('energy') })], { ...options, sentenceOf: () => sentence });
    expect(mark!.places[0]!.quote).toBe('…boost cooperation in energy');
  });
});

const row = (groups: { status: string; rows: PairRow[] }[], name: string) => {
  const group = groups.find((g) => g.rows.some((r) => r.name === name));
  return { status: group?.status, row: group?.rows.find((r) => r.name === name) };
};
const marksIn = (cell: PairRow['cells'][number]) => cell.map((m) => `${m.label} ${m.places.map((p) => `¶${p.paragraph + 1}`).join(' ')}`);

describe('the real pair’s matrix, read against the reports', async () => {
  const [pair] = await comparePairs([realMeetingPaths.bishkek, realMeetingPaths.islamabad]);
  const groups = pair!.matrix;

  it('has every topic either report raises once, and every phrase no list names once', () => {
    const ids = groups.flatMap((g) => g.rows.map((r) => r.id));
    expect(new Set(ids).size).toBe(ids.length);
    const phrases = pair!.novelties.added.length + pair!.novelties.dropped.length;
    expect(ids).toHaveLength(pair!.changes.topics.length + phrases);
  });

  it('puts marks only where the report raises it: nothing in 2024 for what is gone, nothing in 2023 for what is new', () => {
    for (const r of groups.find((g) => g.status === 'dropped')!.rows) expect(r.cells[1]).toEqual([]);
    for (const r of groups.find((g) => g.status === 'new')!.rows) expect(r.cells[0]).toEqual([]);
    for (const status of ['shifted', 'kept']) {
      for (const r of groups.find((g) => g.status === status)!.rows) {
        expect(r.cells[0].length).toBeGreaterThan(0);
        expect(r.cells[1].length).toBeGreaterThan(0);
      }
    }
  });

  // From the texts: 2023 ¶6, Li: "the Sino-Russian Cultural Year"; 2024 ¶8, Mishustin: "the Russia-China Years of Culture".
  it('shows the Culture Years handed from Li (2023 ¶6) to Mishustin (2024 ¶8), reworded', () => {
    const { status, row: culture } = row(groups, 'Culture Year(s)');
    expect(status).toBe('shifted');
    expect(marksIn(culture!.cells[0])).toEqual(['Li ¶6']);
    expect(marksIn(culture!.cells[1])).toEqual(['Mishustin ¶8']);
    expect(culture!.notes.map((note) => note.text)).toContain('handed over from Li to Mishustin');
    expect(
      culture!.notes
        .filter((note) => note.beside)
        .map((note) => note.text)
        .join(),
    ).toMatch(/^reworded: “Cultural Year” → “Years of Culture”$/);
  });

  // 2023 ¶1: China and Russia "build a multipolar world"; the 2024 report has no such words.
  it('shows a multipolar world as both sides’ in 2023 ¶1 and absent from 2024', () => {
    const { status, row: multipolar } = row(groups, 'A multipolar world');
    expect(status).toBe('dropped');
    expect(marksIn(multipolar!.cells[0])).toEqual(['Both sides ¶1']);
  });

  // 2024 ¶1 and ¶3: Li, "strengthen strategic coordination"; 2023 says it nowhere.
  it('shows strategic coordination as new, Li’s, in 2024 ¶1 and ¶3', () => {
    const { status, row: coordination } = row(groups, 'Strategic coordination');
    expect(status).toBe('new');
    expect(marksIn(coordination!.cells[1])).toEqual(['Li ¶1 ¶3']);
  });

  it('links each summary line’s “and N more” to a row of the matrix', () => {
    const ids = new Set(groups.flatMap((g) => g.rows.map((r) => r.id)));
    const more = pair!.summary.lines.filter((line) => line.more > 0);
    expect(more.length).toBeGreaterThan(0);
    for (const line of more) expect(ids.has(line.moreId!)).toBe(true);
  });
});

describe('a retelling in other words gives the same matrix for what it retells', async () => {
  const [real] = await comparePairs([realMeetingPaths.bishkek, realMeetingPaths.islamabad]);
  const [retold] = await comparePairs([realMeetingPaths.bishkek, fixturePath('2024-islamabad-china-daily-style')]);
  it.each(['A multipolar world', 'Strategic coordination', 'Culture Year(s)'])('%s', (name) => {
    expect(row(retold!.matrix, name).status).toBe(row(real!.matrix, name).status);
    expect(row(retold!.matrix, name).row!.cells.map((cell) => cell.map((m) => m.label))).toEqual(
      row(real!.matrix, name).row!.cells.map((cell) => cell.map((m) => m.label)),
    );
  });
});

describe('overviewMatrix', async () => {
  const lists = realLists();
  const meetings = await Promise.all([
    readMeeting(fixturePath('2023-bishkek-xinhua-style')),
    readMeeting(realMeetingPaths.islamabad),
    readMeeting(fixturePath('2025-testville-short-sco')),
  ]);
  const pairs = await comparePairs(
    [fixturePath('2023-bishkek-xinhua-style'), realMeetingPaths.islamabad, fixturePath('2025-testville-short-sco')],
    lists,
  );
  const mentions = mentionsByMeeting(meetings, lists.topics, lists.scopes);
  const latest = pairs.at(-1)!;
  const matrix = overviewMatrix({
    meetings,
    topics: lists.topics,
    mentions,
    scopes: lists.scopes,
    latest: { changes: latest.changes.topics, findings: latest.findings },
  });
  const all = matrix.groups.flatMap((g) => g.rows.map((r) => ({ ...r, status: g.status })));

  it('has a row for every topic any meeting raises in its own words, and none for the rest', () => {
    const raised = new Set([...mentions.values()].flat().flatMap((m) => (m.via === undefined ? [m.topic] : [])));
    expect(all.map((r) => r.topic).sort()).toEqual([...raised].sort());
    // Industry is raised in these reports only as its chains and its manufacturing, which have rows of their own.
    expect([...mentions.values()].flat().some((m) => m.topic === 'industry')).toBe(true);
    expect(raised.has('industry')).toBe(false);
  });

  it('has no row for a topic the latest pair raises only through narrower ones, though an earlier meeting said it in its own words', () => {
    const first = meetings[0]!.id;
    const throughChains = (mentions.get(first) ?? []).find((m) => m.topic === 'industry')!;
    const ownWords = new Map(mentions).set(first, [...mentions.get(first)!, { ...throughChains, via: undefined, wording: 'industry' }]);
    const rows = overviewMatrix({
      meetings,
      topics: lists.topics,
      mentions: ownWords,
      scopes: lists.scopes,
      latest: { changes: latest.changes.topics, findings: latest.findings },
    });
    expect(rows.groups.flatMap((g) => g.rows.map((r) => r.topic))).not.toContain('industry');
  });

  it('groups by what became of it at the latest meeting; a topic of neither latest report is “earlier”, linked to the pair that dropped it', () => {
    for (const r of all) {
      const change = latest.changes.topics.find((c) => c.topic.id === r.topic);
      expect(r.status).toBe(change ? change.status : 'earlier');
      if (r.status === 'earlier') expect(r.pair).toEqual([meetings[0]!.id, meetings[1]!.id]);
      else expect(r.pair).toEqual([meetings[1]!.id, meetings[2]!.id]);
    }
    expect(all.some((r) => r.status === 'earlier')).toBe(true);
  });

  it('leads to the pair’s page from a cell that shows the topic: the newer meeting’s, else the older one’s', () => {
    for (const r of all) {
      const cell = r.cells[r.pairColumn!];
      expect(typeof cell === 'number' ? cell > 0 : cell!.length > 0, r.id).toBe(true);
      const newer = r.status === 'dropped' || r.status === 'earlier' ? r.pair![0] : r.pair![1];
      expect(
        matrix.columns[r.pairColumn!]!.kind === 'meeting'
          ? (matrix.columns[r.pairColumn!] as { meeting: { id: string } }).meeting.id
          : newer,
        r.id,
      ).toBe(newer);
    }
  });
});
