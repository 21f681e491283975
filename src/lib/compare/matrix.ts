/**
 * The topic × meeting matrix: a row per topic (and, on a pair's page, per phrase no list
 * names), grouped by what became of it at the newer meeting, a cell per meeting holding a mark
 * for each side that raised it there. The pages draw it; this decides what is in it, from the
 * mentions and the ranked findings alone, so a third report is laid out by the same rules.
 */
import { BOTH, NARRATIVE, OTHER, sideLabel, type Side } from '../attribution.ts';
import { topicId } from '../paths.ts';
import { doubtfulLevels, outsideWords, type Shift, type Status, type TopicChange } from './changes.ts';
import { findingId, type FindingGroup } from './findings.ts';
import type { Scope } from './levels.ts';
import { clauseAround } from './summary.ts';
import { listed } from '../text.ts';
import { paragraphsMentioning, scopeName, type Mention, type SentencePlace } from './topics.ts';

/** The groups in the order they are drawn, by what became of a row's topic at the newer meeting: marks move from the older column to the newer. */
const ROW_STATUSES: readonly Status[] = ['dropped', 'shifted', 'kept', 'back', 'new'];

/** A paragraph a side raised the row in, at its first such sentence. */
interface Place extends SentencePlace {
  /** The clause, quoted as written ("…trade facilitation…"); on a pair's page only. */
  quote?: string;
  /** Its level for people where not bilateral: "SCO-wide", "SCO-wide?" when in doubt. */
  level?: string;
}

/** One side's mark in a cell: who, and the paragraphs. */
export interface Mark {
  side: Side;
  /** "Li", "Both sides", "Reporter". */
  label: string;
  places: Place[];
}

/** The order of marks in every cell: the participants in the meeting's order, then both sides, then the reporter. */
function markOrder(participants: readonly { country: string }[]): (side: Side) => number {
  const order = [...participants.map((p) => p.country), BOTH, NARRATIVE, OTHER];
  return (side) => (order.includes(side) ? order.indexOf(side) : order.length);
}

interface MarkOptions {
  participants: readonly { country: string }[];
  scopes: readonly Scope[];
  /** The sentence a mention stands in, to quote the clause; none on /compare/. */
  sentenceOf?: ((mention: SentencePlace) => string) | undefined;
}

/** The marks of one topic's mentions in one report: a side each, with its paragraphs. */
export function marksOf(mentions: readonly Mention[], { participants, scopes, sentenceOf }: MarkOptions): Mark[] {
  const marks = new Map<Side, Mark>();
  for (const mention of mentions[0] ? paragraphsMentioning(mentions, mentions[0].topic) : []) {
    const scope = scopeName(mention.scope, scopes);
    const place: Place = { paragraph: mention.paragraph, sentence: mention.sentence };
    if (scope) place.level = mention.scopeCertain ? scope : `${scope}?`;
    if (sentenceOf) place.quote = clauseAround(sentenceOf(mention), mention.start, mention.start + mention.matched.length);
    const mark = marks.get(mention.side);
    if (mark) mark.places.push(place);
    else marks.set(mention.side, { side: mention.side, label: sideLabel(mention), places: [place] });
  }
  const rank = markOrder(participants);
  return [...marks.values()].sort((a, b) => rank(a.side) - rank(b.side));
}

/** What moved, in a few words: "handed over from Li to Mishustin", "level: bilateral → SCO-wide". */
export function shiftNote(
  shift: Shift,
  scopes: readonly Scope[],
  doubtful: { first: readonly string[]; second: readonly string[] } = { first: [], second: [] },
): string {
  // A level the clauses of a report do not make plain is marked, as in the cells ("SCO-wide?").
  const levels = (ids: readonly string[], unsure: readonly string[]) =>
    ids
      .map((id) => (scopeName(id, scopes) ?? 'bilateral') + (unsure.includes(id) && scopeName(id, scopes) !== undefined ? '?' : ''))
      .join(' and ');
  switch (shift.kind) {
    case 'taken-up':
      return shift.jointly ? 'now said by both sides' : `taken up by ${listed(shift.by)}`;
    case 'handed-over':
      return `handed over from ${listed(shift.from)} to ${listed(shift.to)}`;
    case 'left-to':
      return shift.to.length > 0 ? `now ${listed(shift.to)} only` : `now only ${outsideWords(shift.outside)}`;
    case 'scope':
      return `level: ${levels(shift.from, doubtful.first)} → ${levels(shift.to, doubtful.second)}`;
    case 'reworded': {
      const changed = (uses: typeof shift.first) => uses.filter((u) => !u.inBoth).map((u) => `“${u.asWritten}”`);
      const [before, after] = [changed(shift.first), changed(shift.second)];
      if (before.length > 0 && after.length > 0) return `reworded: ${before.join(', ')} → ${after.join(', ')}`;
      return after.length > 0 ? `also worded ${after.join(', ')}` : `no longer worded ${before.join(', ')}`;
    }
  }
}

/** Shifts of who says it: the marks of the two columns show them. */
const VOICE_SHIFTS: ReadonlySet<Shift['kind']> = new Set(['taken-up', 'handed-over', 'left-to']);

/** A row of a pair's matrix: a topic, or a phrase no list names. */
export interface PairRow {
  /** Its fragment id on the pair's page (the URL contract): "formula-strategic-coordination", "unlisted-traditional-areas". */
  id: string;
  /** The topic's name, or the phrase as written. */
  name: string;
  /** The topic's id; none for a phrase no list names. */
  topic?: string;
  /**
   * What moved, for a topic raised at both meetings or back after a gap; `beside` the name
   * where the marks do not already show it (a change of level or of words, a return).
   */
  notes: { text: string; beside: boolean }[];
  /** The marks in the older report's column, then the newer's. */
  cells: [Mark[], Mark[]];
}

export interface RowGroup<Row> {
  status: Status;
  rows: Row[];
}

/** What a pair's matrix reads besides the findings. */
export interface PairMatrixInput {
  changes: readonly TopicChange[];
  /** Ranked: the rows of a group come in this order, the rest after them in list order. */
  findings: readonly FindingGroup[];
  /** Each report's paragraphs: who speaks in each, and its sentences to quote. */
  reports: { first: MatrixReport; second: MatrixReport };
  scopes: readonly Scope[];
  /** The place and year of an earlier meeting, by id: "Bishkek, 2023". */
  meetingName: (id: string) => string;
}

interface MatrixReport {
  participants: readonly { country: string }[];
  paragraphs: readonly { sentences: readonly string[]; attribution: { side: Side; speaker?: { shortName: string } | undefined } }[];
}

/** Rows in groups, in ROW_STATUSES order; empty groups are kept, for a page to show or leave out. */
function grouped<Row>(rows: readonly { status: Status; row: Row }[]): RowGroup<Row>[] {
  return ROW_STATUSES.map((status) => ({ status, rows: rows.filter((r) => r.status === status).map((r) => r.row) }));
}

/**
 * A pair's matrix: every topic either report raises, and every phrase no list names, each
 * once, grouped by what became of it, in the order of the ranked findings (the rest, such as
 * a parent shown through its child, after them in list order).
 */
export function pairMatrix({ changes, findings, reports, scopes, meetingName }: PairMatrixInput): RowGroup<PairRow>[] {
  const options = (report: MatrixReport): MarkOptions => ({
    participants: report.participants,
    scopes,
    sentenceOf: (place) => report.paragraphs[place.paragraph]!.sentences[place.sentence]!,
  });
  const topicRow = (change: TopicChange): { status: Status; row: PairRow } => ({
    status: change.status,
    row: {
      id: topicId(change.topic),
      name: change.topic.name,
      topic: change.topic.id,
      notes:
        change.status === 'back' && change.lastSeen
          ? [{ text: `last raised in ${meetingName(change.lastSeen)}`, beside: true }]
          : change.shifts.map((shift) => ({
              text: shiftNote(shift, scopes, { first: doubtfulLevels(change.first), second: doubtfulLevels(change.second) }),
              beside: !VOICE_SHIFTS.has(shift.kind),
            })),
      cells: [marksOf(change.first, options(reports.first)), marksOf(change.second, options(reports.second))],
    },
  });
  const rows = findings.flatMap((group) =>
    group.items.map((item) => {
      if (item.type === 'topic') return topicRow(item.change);
      const { novelty } = item;
      const report = reports[novelty.report];
      const paragraph = report.paragraphs[novelty.paragraph]!;
      const sentence = paragraph.sentences[novelty.sentence]!;
      const mark: Mark = {
        side: novelty.side,
        label: sideLabel(novelty),
        places: [
          {
            paragraph: novelty.paragraph,
            sentence: novelty.sentence,
            quote: clauseAround(sentence, novelty.start, novelty.start + novelty.text.length),
          },
        ],
      };
      const row: PairRow = {
        id: findingId(item),
        name: novelty.text,
        notes: [],
        cells: novelty.report === 'first' ? [[mark], []] : [[], [mark]],
      };
      return { status: novelty.report === 'first' ? ('dropped' as const) : ('new' as const), row };
    }),
  );
  const shown = new Set(rows.map((r) => r.row.id));
  const rest = changes.filter((change) => !shown.has(topicId(change.topic))).map(topicRow);
  return grouped([...rows, ...rest]);
}

/** A column of the overview: one meeting, or the earlier meetings together. */
export type Column<M> = { kind: 'meeting'; meeting: M } | { kind: 'earlier'; meetings: M[] };

/** At most this many columns, so that the matrix fits a phone's width (320 px) at any number of meetings. */
export const MAX_COLUMNS = 4;

/** The overview's columns: every meeting while they fit, else the earliest together in one column and the latest each in its own. */
export function overviewColumns<M>(meetings: readonly M[]): Column<M>[] {
  if (meetings.length <= MAX_COLUMNS) return meetings.map((meeting) => ({ kind: 'meeting', meeting }));
  const own = meetings.slice(-(MAX_COLUMNS - 1));
  return [
    { kind: 'earlier', meetings: meetings.slice(0, -(MAX_COLUMNS - 1)) },
    ...own.map((meeting): Column<M> => ({ kind: 'meeting', meeting })),
  ];
}

/** A row of the overview: a topic across the meetings. */
export interface OverviewRow {
  id: string;
  name: string;
  topic: string;
  /** The pair whose page tells what became of it: the latest, or for a topic gone before it, the pair it was dropped in; none with one meeting. */
  pair: [string, string] | undefined;
  /** Per column: the marks at that meeting, or for the earlier meetings how many of them raised it. */
  cells: (Mark[] | number)[];
  /** The column whose cell leads to the pair's page: the pair's newer meeting where it has marks, else its older one. */
  pairColumn: number | undefined;
}

/** The status "earlier": raised at an earlier meeting, at neither of the latest pair. */
export type OverviewStatus = Status | 'earlier';

export interface OverviewInput<M> {
  /** Oldest first. */
  meetings: readonly M[];
  topics: readonly { id: string; kind: string; name: string }[];
  mentions: ReadonlyMap<string, readonly Mention[]>;
  scopes: readonly Scope[];
  /** The latest pair's changes and ranked findings: its rows come grouped and ordered by them. */
  latest: { changes: readonly TopicChange[]; findings: readonly FindingGroup[] } | undefined;
}

/**
 * Every topic any meeting raises, across the meetings: grouped by what became of it at the
 * latest meeting, then those last raised before the latest pair. A mark a side, no quotes, so
 * the page stays light at 50 meetings.
 */
export function overviewMatrix<M extends { id: string; participants: readonly { country: string }[] }>({
  meetings,
  topics,
  mentions,
  scopes,
  latest,
}: OverviewInput<M>): { columns: Column<M>[]; groups: { status: OverviewStatus; rows: OverviewRow[] }[] } {
  const columns = overviewColumns(meetings);
  const of = (meeting: M, topic: string) => (mentions.get(meeting.id) ?? []).filter((m) => m.topic === topic);
  // A wider topic never raised in its own words (industry, as its chains) has no row, as it has none on a pair's page (whatChanged);
  // nor one raised at the latest pair only through narrower topics, which have theirs.
  const inOwnWords = (topic: string) => meetings.some((meeting) => of(meeting, topic).some((m) => m.via === undefined));
  const throughNarrowerOnly = (topic: string) =>
    latest !== undefined && !latest.changes.some((c) => c.topic.id === topic) && meetings.slice(-2).some((m) => of(m, topic).length > 0);
  const raised = topics.filter((topic) => inOwnWords(topic.id) && !throughNarrowerOnly(topic.id));
  const ranked = latest?.findings.flatMap((g) => g.items.flatMap((item) => (item.type === 'topic' ? [item.change.topic.id] : []))) ?? [];
  const rankOf = (id: string) => (ranked.includes(id) ? ranked.indexOf(id) : ranked.length);
  const ordered = [...raised].sort((a, b) => rankOf(a.id) - rankOf(b.id));
  // The pair whose page tells what became of a topic: the latest, or the one in which it was last dropped.
  const pairOf = (topic: string, status: OverviewStatus): [string, string] | undefined => {
    const at = status === 'earlier' ? meetings.findLastIndex((m) => of(m, topic).length > 0) + 1 : meetings.length - 1;
    const [first, second] = [meetings[at - 1], meetings[at]];
    return first && second ? [first.id, second.id] : undefined;
  };
  const statusIn = (topic: string): OverviewStatus => {
    const change = latest?.changes.find((c) => c.topic.id === topic);
    return change ? change.status : 'earlier';
  };
  /** The column that shows a meeting: its own, or the earlier meetings' together. */
  const columnOf = (id: string): number =>
    columns.findIndex((column) => (column.kind === 'meeting' ? column.meeting.id === id : column.meetings.some((m) => m.id === id)));
  const rows = ordered.map((topic) => {
    const status = statusIn(topic.id);
    const pair = pairOf(topic.id, status);
    const cells = columns.map((column) =>
      column.kind === 'earlier'
        ? column.meetings.filter((m) => of(m, topic.id).length > 0).length
        : marksOf(of(column.meeting, topic.id), { participants: column.meeting.participants, scopes }),
    );
    const raisedIn = (column: number) => {
      const cell = cells[column];
      return cell !== undefined && (typeof cell === 'number' ? cell > 0 : cell.length > 0);
    };
    const pairColumn = pair ? [columnOf(pair[1]), columnOf(pair[0])].find((column) => column >= 0 && raisedIn(column)) : undefined;
    return {
      status,
      row: { id: topicId(topic), name: topic.name, topic: topic.id, pair, cells, pairColumn } satisfies OverviewRow,
    };
  });
  const statuses: OverviewStatus[] = [...ROW_STATUSES, 'earlier'];
  return {
    columns,
    groups: statuses.map((status) => ({ status, rows: rows.filter((r) => r.status === status).map((r) => r.row) })),
  };
}
