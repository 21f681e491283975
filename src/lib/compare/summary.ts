/**
 * The summary of a comparison in sentences, from templates over the ranked findings: each line
 * names who and quotes the clause, with the paragraphs it stands in. Nothing here is written
 * about the meetings; a third report is summed up by the same templates. The sentences are
 * parts (text, quotations, references to sentences), so that a page can make the references
 * links and a test or the open data can read them as plain text.
 */
import { BOTH } from '../attribution.ts';
import type { Shift, TopicChange } from './changes.ts';
import { absenceWeight, evidenceOf, RANKING, type Finding, type FindingGroup } from './findings.ts';
import type { Mention } from './topics.ts';

/** Which report of the pair a reference points into. */
type Report = 'first' | 'second';

export type Part =
  | { kind: 'text'; text: string }
  | { kind: 'quote'; text: string }
  /** A sentence of a report: "2023 ¶3" where the year is not yet said, else "¶3". */
  | { kind: 'ref'; report: Report; paragraph: number; sentence: number; label: string };

export interface SummaryLine {
  /** The group's id: where its full list is on the pair's page. */
  group: string;
  parts: Part[];
  /** The items the line leaves out. */
  more: number;
}

/** What the templates read besides the findings. */
export interface SummaryContext {
  /** How the pair names its two meetings: ["2023", "2024"]. */
  labels: readonly [string, string];
  /** Who speaks in each paragraph of each report, for the phrases no list names. */
  speakers: { first: readonly string[]; second: readonly string[] };
  /** The place and year of an earlier meeting, by id: "Bishkek, 2023". */
  meetingName: (id: string) => string;
  words: { first: number; second: number };
}

/** Items a line names; the rest are a link away. */
const ITEMS_PER_LINE = 3;

const list = (names: readonly string[]): string => new Intl.ListFormat('en', { type: 'conjunction' }).format(names);

/** Who a mention is said by, as a sentence names them: "Li", "both sides", "the reporter". */
export function whoSaid(mention: Pick<Mention, 'side' | 'speaker'>): string {
  if (mention.speaker) return mention.speaker.shortName;
  return mention.side === BOTH ? 'both sides' : 'the reporter';
}

/** The people of a set of mentions, in order of first mention. */
const whoOf = (mentions: readonly Pick<Mention, 'side' | 'speaker'>[]): string => list([...new Set(mentions.map(whoSaid))]);

/** Words that turn a clause's meaning: a quotation keeps them. */
const NEGATIONS = /^(?:not|no|neither|nor|never|without|non-\S*|cannot|n't)$/i;

/** Where a clause of a sentence begins and ends around [start, end): at commas, semicolons, colons, brackets or dashes. */
const CLAUSE_BREAK = /[,;:()]|--|—|–/g;

/**
 * The clause that holds a match, as written, cut to at most `before` words before the match and
 * `after` after it, with an ellipsis where words are left out: "…regional economic growth and
 * build a multipolar world"; a negation before the match is always kept.
 */
export function clauseAround(sentence: string, start: number, end: number, before = 3, after = 3): string {
  const breaks = [...sentence.matchAll(CLAUSE_BREAK)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const from = Math.max(0, ...breaks.filter((b) => b.end <= start).map((b) => b.end));
  const to = Math.min(sentence.length, ...breaks.filter((b) => b.start >= end).map((b) => b.start));
  const head = sentence.slice(from, start).trimStart().split(/\s+/).filter(Boolean);
  const tail = sentence
    .slice(end, to)
    .replace(/[.!?"”]+\s*$/, '')
    .trimEnd()
    .split(/\s+/)
    .filter(Boolean);
  // A negation is never cut off: "…influenced by any third party" would say the opposite of
  // "neither targeted at nor influenced by any third party".
  const negation = head.findIndex((word) => NEGATIONS.test(word));
  const from_ = negation >= 0 ? Math.min(negation, Math.max(0, head.length - before)) : Math.max(0, head.length - before);
  const kept = { head: head.slice(from_), tail: tail.slice(0, after) };
  const gap = (words: string[]) => (words.length > 0 ? ' ' : '');
  const match = sentence.slice(start, end);
  const left = kept.head.join(' ');
  const right = kept.tail.join(' ');
  // No space before the match where the clause ran straight into it ("(SCO)"); one otherwise.
  const text = `${left}${left && !/\s$/.test(sentence.slice(0, start)) ? '' : gap(kept.head)}${match}${right && /^\s/.test(sentence.slice(end)) ? ' ' : ''}${right}`;
  return `${kept.head.length < head.length ? '…' : ''}${text}${kept.tail.length < tail.length ? '…' : ''}`;
}

/** The sentence a mention stands in. */
type SentenceOf = (report: Report, paragraph: number, sentence: number) => string;

/** References to each paragraph of the places once, the first labelled with its meeting unless the line has named it. */
function refs(report: Report, places: readonly { paragraph: number; sentence: number }[], state: LineState, yearSaid = false): Part[] {
  const parts: Part[] = [];
  const seen = new Set<number>();
  for (const place of places) {
    if (seen.has(place.paragraph)) continue;
    seen.add(place.paragraph);
    const year = state.named !== report && !yearSaid ? `${state.context.labels[report === 'first' ? 0 : 1]} ` : '';
    if (!yearSaid) state.named = report;
    parts.push({ kind: 'ref', report, paragraph: place.paragraph, sentence: place.sentence, label: `${year}¶${place.paragraph + 1}` });
  }
  return parts.flatMap((part, i) => (i === 0 ? [part] : [{ kind: 'text', text: ', ' } as Part, part]));
}

interface LineState {
  context: SummaryContext;
  sentenceOf: SentenceOf;
  /** The meeting the last reference named, so that the next says only "¶3". */
  named: Report | undefined;
}

const text = (value: string): Part => ({ kind: 'text', text: value });

/** A quotation of the clause around a mention. */
function quoteOf(mention: Mention, report: Report, state: LineState): Part {
  const sentence = state.sentenceOf(report, mention.paragraph, mention.sentence);
  return { kind: 'quote', text: clauseAround(sentence, mention.start, mention.start + mention.matched.length) };
}

const levelName = (ids: readonly string[], certain: boolean): string =>
  list(ids.map((id) => (id === 'bilateral' ? 'bilateral' : `${id === 'sco' ? 'SCO-wide' : id}${certain ? '' : '?'}`)));

/**
 * What a topic's finding says beyond its quotation, inside its brackets: the earlier voices,
 * level or words, with their paragraphs ("in 2023 only Mishustin, ¶9").
 */
function contrast(change: TopicChange, shift: Shift | undefined, state: LineState): Part[] {
  const [first, second] = state.context.labels;
  const earlier = (who: string, mentions: readonly Mention[]) => [text(`; in ${first} ${who}, `), ...refs('first', mentions, state, true)];
  switch (shift?.kind) {
    case 'taken-up':
      return earlier(`only ${whoOf(change.first)}`, change.first);
    case 'handed-over':
      return earlier(whoOf(change.first), change.first);
    case 'left-to':
      return [text(`; in ${second} only ${whoOf(change.second)}, `), ...refs('second', change.second, state, true)];
    case 'scope': {
      const certain = [...change.first, ...change.second].every((m) => m.scopeCertain);
      return [text(`, ${levelName(shift.to, certain)}`), ...earlier(levelName(shift.from, certain), change.first)];
    }
    case 'reworded': {
      const old = shift.first.find((use) => !use.inBoth) ?? shift.first[0];
      return old
        ? [text(`; in ${first} `), { kind: 'quote', text: old.asWritten }, text(', '), ...refs('first', old.mentions, state, true)]
        : [];
    }
    default:
      return [];
  }
}

/** One item of a line: who, the quotation and its references, and what it differs from. */
function itemParts(finding: Finding, state: LineState): { who: string; parts: Part[] } {
  const evidence = evidenceOf(finding);
  if (finding.type === 'novelty') {
    const { novelty } = finding;
    const speakers = novelty.report === 'first' ? state.context.speakers.first : state.context.speakers.second;
    return {
      who: speakers[novelty.paragraph] ?? 'the reporter',
      parts: [{ kind: 'quote', text: novelty.text }, text(' ('), ...refs(novelty.report, [novelty], state), text(')')],
    };
  }
  const { change } = finding;
  const mentions = evidence.places as Mention[];
  const shift = change.shifts[0];
  const quote = quoteOf(mentions[0]!, evidence.report, state);
  return {
    who: whoOf(mentions),
    parts: [quote, text(' ('), ...refs(evidence.report, mentions, state), ...contrast(change, shift, state), text(')')],
  };
}

/** The start of a line: what became of the group's topics, and where. */
function lead(group: FindingGroup, context: SummaryContext): string {
  const [first, second] = context.labels;
  // "World order" reads "on world order"; "The SCO" "on the SCO".
  const theme = group.theme ? `, on ${group.theme.name.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase())}` : '';
  const to = list(group.voices?.to ?? []);
  const from = list(group.voices?.from ?? []);
  switch (group.kind) {
    case 'dropped':
      return `Not in the ${second} report${theme}`;
    case 'new':
      return `New in ${second}${theme}`;
    case 'back': {
      const item = group.items[0];
      const last = item?.type === 'topic' && item.change.lastSeen ? ` (last in ${context.meetingName(item.change.lastSeen)})` : '';
      return `Back in ${second}${last}${theme}`;
    }
    case 'taken-up':
      return `Taken up by ${to} in ${second}${theme}`;
    case 'handed-over':
      return `Said by ${to} in ${second}, by ${from} in ${first}${theme}`;
    case 'left-to':
      return to ? `Not said by ${from} in ${second}${theme}` : `Only in the reporter's words in ${second}${theme}`;
    case 'scope':
      return `Said at another level in ${second}${theme}`;
    case 'reworded':
      return `In other words in ${second}${theme}`;
    case 'unlisted-new':
      return `In the ${second} report and in no list`;
    case 'unlisted-dropped':
      return `In the ${first} report, not in ${second}, and in no list`;
  }
}

/** A group's line: its lead, then up to ITEMS_PER_LINE items, those of one speaker together. */
export function summaryLine(group: FindingGroup, context: SummaryContext, sentenceOf: SentenceOf): SummaryLine {
  const state: LineState = { context, sentenceOf, named: undefined };
  const shown = group.items.slice(0, ITEMS_PER_LINE);
  const parts: Part[] = [text(`${lead(group, context)}: `)];
  let lastWho: string | undefined;
  for (const item of shown) {
    const { who, parts: itemText } = itemParts(item, state);
    if (who === lastWho) parts.push(text(', '));
    else parts.push(text(`${lastWho === undefined ? '' : '; '}${who}: `));
    parts.push(...itemText);
    lastWho = who;
  }
  const more = group.items.length - shown.length;
  parts.push(text(more > 0 ? `; and ${more} more.` : '.'));
  return { group: group.id, parts, more };
}

/** The groups the summary gives a line to: the heaviest, and the new names of the later report whatever their weight. */
export function summaryGroups(findings: readonly FindingGroup[]): FindingGroup[] {
  const lines = findings.slice(0, RANKING.summaryLines);
  const names = findings.find((g) => g.kind === 'unlisted-new' && g.items.some((i) => i.type === 'novelty' && i.novelty.named));
  if (names && !lines.includes(names)) {
    const namedOnly = { ...names, items: names.items.filter((i) => i.type === 'novelty' && i.novelty.named) };
    return [...lines, namedOnly];
  }
  return lines;
}

/** The line as plain text, references as their labels. */
export const plainText = (parts: readonly Part[]): string =>
  parts.map((p) => (p.kind === 'quote' ? `“${p.text}”` : p.kind === 'ref' ? p.label : p.text)).join('');

/** The counts of a pair's topics by what became of them. */
interface Counts {
  absent: number;
  new: number;
  shifted: number;
  kept: number;
}

function countsOf(changes: readonly TopicChange[]): Counts {
  const count = (...statuses: TopicChange['status'][]) => changes.filter((c) => statuses.includes(c.status)).length;
  return { absent: count('dropped'), new: count('new', 'back'), shifted: count('shifted'), kept: count('kept') };
}

/**
 * The headline: the leading finding and who said it, then the counts. Absences are named as
 * what they are ("not in the 2024 report"), and said to weigh less when the later report is
 * much the shorter.
 */
export function headline(changes: readonly TopicChange[], findings: readonly FindingGroup[], context: SummaryContext): string[] {
  const second = context.labels[1];
  const counts = countsOf(changes);
  const total = counts.absent + counts.new + counts.shifted + counts.kept;
  const top = findings[0];
  const leading = top
    ? `; first among the changes: ${lead(top, context).replace(/^./, (c) => c.toLowerCase())} (${whoOfGroup(top, context)})`
    : '';
  const sentences = [
    `Of ${total} tracked topics, ${counts.absent} ${counts.absent === 1 ? 'is' : 'are'} not in the ${second} report, ${counts.new} new, ${counts.shifted} shifted and ${counts.kept} unchanged${leading}.`,
  ];
  if (absenceWeight(context.words) < 1) {
    sentences.push(
      `The ${second} report is much the shorter (${context.words.second} words against ${context.words.first}), so what it leaves out weighs less here.`,
    );
  }
  return sentences;
}

/** Who the items of a group are said by: "Li and both sides". */
function whoOfGroup(group: FindingGroup, context: SummaryContext): string {
  const names = group.items.flatMap((item) => {
    if (item.type === 'topic') return (evidenceOf(item).places as Mention[]).map(whoSaid);
    const speakers = item.novelty.report === 'first' ? context.speakers.first : context.speakers.second;
    return [speakers[item.novelty.paragraph] ?? 'the reporter'];
  });
  return list([...new Set(names)]);
}

/** Whether a group is an absence from the later report. */
