/**
 * The summary of a comparison in sentences, from templates over the ranked findings: each line
 * names who and quotes the clause, with the paragraphs it stands in. Nothing here is written
 * about the meetings; a third report is summed up by the same templates. The sentences are
 * parts (text, quotations, references to sentences), so that a page can make the references
 * links and a test or the open data can read them as plain text.
 */
import { BOTH, OTHER } from '../attribution.ts';
import { asRead, listed, readText } from '../text.ts';
import { doubtfulLevels, outsideWords, type Shift, type TopicChange } from './changes.ts';
import { evidenceOf, muchShorter, findingId, RANKING, REPORTER_ONLY, type Finding, type FindingGroup } from './findings.ts';
import type { Mention } from './topics.ts';

/** Which report of the pair a reference points into. */
type Report = 'first' | 'second';

export type Part =
  | { kind: 'text'; text: string }
  | { kind: 'quote'; text: string }
  /** A sentence of a report: "2023 ¶3" where the year is not yet said, else "¶3". */
  | { kind: 'ref'; report: Report; paragraph: number; sentence: number; label: string };

export interface SummaryLine {
  parts: Part[];
  /** The items the line leaves out. */
  more: number;
  /** The row of the first item left out, on the pair's page. */
  moreId: string | undefined;
}

/** What the templates read besides the findings. */
export interface SummaryContext {
  /** How the pair names its two meetings: ["2023", "2024"]. */
  labels: readonly [string, string];
  /** Where the topics' phrases stand in a sentence of either report. */
  spansIn: (report: Report, paragraph: number, sentence: number) => readonly Span[];
  /** The place and year of an earlier meeting, by id: "Bishkek, 2023". */
  meetingName: (id: string) => string;
  words: { first: number; second: number };
  /** How many topics of a theme a report of the pair raises. */
  themeTopics: (report: Report, theme: string) => number;
}

/** Items a line names; the rest are a link away. */
const ITEMS_PER_LINE = 3;

/** Who a mention is said by, as a sentence names them: "Li", "both sides", "the reporter". */
export function whoSaid(mention: Pick<Mention, 'side' | 'speaker'>): string {
  if (mention.speaker) return mention.speaker.shortName;
  return mention.side === BOTH ? 'both sides' : mention.side === OTHER ? 'another speaker' : 'the reporter';
}

/** The people of a set of mentions, in order of first mention. */
const whoOf = (mentions: readonly Pick<Mention, 'side' | 'speaker'>[]): string => listed([...new Set(mentions.map(whoSaid))]);

/** Words that turn a clause's meaning: a quotation keeps them. */
const NEGATIONS = /^(?:not|no|neither|nor|never|without|non-\S*|cannot|n't)$/i;

/**
 * Where a clause of a sentence begins and ends around [start, end): at commas, semicolons, colons,
 * brackets or dashes; not at an en dash that joins two words ("the China–Russia Years of Culture").
 */
const CLAUSE_BREAK = /[,;:()]|--|—|(?<![\p{L}\p{N}])–|–(?![\p{L}\p{N}])/gu;

/** Words that join a clause to the next: a quotation does not end on one, nor begin with one. */
const JOINERS = /^(?:and|or|as|well|nor|but)$/i;

/** Words that lead on to what was left out: a quotation cut before another topic does not end on one. */
const LEADS_ON = /^(?:a|an|the|of|to|in|for|at|on|by|with|their|its)$/i;

/** A tail this short is quoted whole: "of President Xi Jinping and President Vladimir Putin". */
const WHOLE_TAIL = 8;

interface Span {
  start: number;
  end: number;
}

/**
 * The clause that holds a match, as written, with an ellipsis where words are left out: up to
 * `before` words before the match ("…regional economic growth and build a multipolar world"),
 * and after it the rest of the clause if short, else `after` words. A negation before the match
 * is always kept ("neither targeted at nor influenced by any third party"). The words of other
 * topics (`others`) are left out, with the conjunction that joins them, so that a quotation
 * shows one topic: "trade facilitation", not "boost connectivity and trade facilitation".
 */
export function clauseAround(sentence: string, start: number, end: number, before = 3, after = 3, others: readonly Span[] = []): string {
  // Found as read ("、" is a comma), placed as typed.
  const { read, origin } = asRead(sentence);
  const breaks = [...read.matchAll(CLAUSE_BREAK)].map((m) => ({ start: origin[m.index]!, end: origin[m.index + m[0].length]! }));
  const from = Math.max(0, ...breaks.filter((b) => b.end <= start).map((b) => b.end));
  const to = Math.min(sentence.length, ...breaks.filter((b) => b.start >= end).map((b) => b.start));
  // Words as read: U+FEFF, which JavaScript's \s counts, and the other characters that show nothing are part of a word.
  const words = [...sentence.slice(from, to).matchAll(/(?:\S|\uFEFF)+/g)].map((m) => ({
    start: from + m.index,
    end: from + m.index + m[0].replace(/[.!?"”]+$/, '').length,
    text: readText(m[0]),
  }));
  const otherBefore = Math.max(from, ...others.filter((o) => o.end <= start).map((o) => o.end));
  const otherAfter = Math.min(to, ...others.filter((o) => o.start >= end).map((o) => o.start));
  let head = words.filter((w) => w.end <= start && w.start >= otherBefore);
  while (head.length > 0 && JOINERS.test(head[0]!.text)) head = head.slice(1);
  let tail = words.filter((w) => w.start >= end && w.end <= otherAfter && w.end > w.start);
  if (otherAfter < to) {
    // What joins the tail to another topic goes with it: "promoting global development", not "… and upholding".
    const joiner = tail.findLastIndex((w) => JOINERS.test(w.text));
    if (joiner >= 0) tail = tail.slice(0, joiner);
    while (tail.length > 0 && LEADS_ON.test(tail.at(-1)!.text)) tail = tail.slice(0, -1);
  }
  const clauseHead = words.filter((w) => w.end <= start).length;
  const clauseTail = words.filter((w) => w.start >= end && w.end > w.start).length;
  const negation = head.findIndex((w) => NEGATIONS.test(w.text));
  const cut = Math.max(0, head.length - before);
  const keptHead = head.slice(negation >= 0 ? Math.min(negation, cut) : cut);
  const keptTail = tail.length <= WHOLE_TAIL ? tail : tail.slice(0, after);
  const first = keptHead[0]?.start ?? start;
  const last = keptTail.at(-1)?.end ?? end;
  const quoted = sentence.slice(first, last).replace(/[,;:]$/, '');
  return `${keptHead.length < clauseHead ? '…' : ''}${quoted}${keptTail.length < clauseTail ? '…' : ''}`;
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

/** A quotation of the clause around a mention, without the words of the other topics in its sentence. */
function quoteOf(mention: Mention, report: Report, state: LineState): { kind: 'quote'; text: string } {
  const sentence = state.sentenceOf(report, mention.paragraph, mention.sentence);
  const others = state.context
    .spansIn(report, mention.paragraph, mention.sentence)
    .filter((span) => span.end <= mention.start || span.start >= mention.start + mention.matched.length);
  return { kind: 'quote', text: clauseAround(sentence, mention.start, mention.start + mention.matched.length, 3, 3, others) };
}

const levelName = (ids: readonly string[], unsure: readonly string[]): string =>
  listed(ids.map((id) => (id === 'bilateral' ? 'bilateral' : `${id === 'sco' ? 'SCO-wide' : id}${unsure.includes(id) ? '?' : ''}`)));

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
      const [before, after] = [doubtfulLevels(change.first), doubtfulLevels(change.second)];
      const added = shift.to.filter((id) => !shift.from.includes(id));
      const kept = shift.from.every((id) => shift.to.includes(id));
      const now = kept ? `now also ${levelName(added, after)}` : levelName(shift.to, after);
      return [text(`, ${now}`), ...earlier(levelName(shift.from, before), change.first)];
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
function itemParts(finding: Finding, state: LineState): { who: string; parts: Part[]; lastWho: string } {
  const evidence = evidenceOf(finding);
  if (finding.type === 'novelty') {
    const { novelty } = finding;
    const who = whoSaid(novelty);
    return {
      who,
      lastWho: who,
      parts: [{ kind: 'quote', text: novelty.text }, text(' ('), ...refs(novelty.report, [novelty], state), text(')')],
    };
  }
  const { change } = finding;
  const mentions = evidence.places as Mention[];
  const shift = change.shifts[0];
  // The clause quoted is one speaker's, in one wording; the other speakers and wordings follow, each named.
  const key = (m: Mention) => `${whoSaid(m)}|${m.matched.toLowerCase()}`;
  const groups = new Map<string, Mention[]>();
  for (const m of mentions) groups.set(key(m), [...(groups.get(key(m)) ?? []), m]);
  const [quoted, ...others] = [...groups.values()];
  const who = whoSaid(quoted![0]!);
  // In reading order, so that the first reference names its meeting.
  const quote = quoteOf(quoted![0]!, evidence.report, state);
  // The quotation is its first paragraph's; the others with the same words follow as "also": "(2024 ¶1; also ¶3)".
  const [head, ...rest] = quoted!;
  const also = rest.filter((m) => m.paragraph !== head!.paragraph);
  const parts: Part[] = [
    quote,
    text(' ('),
    ...refs(evidence.report, [head!], state),
    ...(also.length > 0 ? [text('; also '), ...refs(evidence.report, also, state)] : []),
  ];
  parts.push(...contrast(change, shift, state), text(')'));
  let last = who;
  for (const group of others) {
    const otherWho = whoSaid(group[0]!);
    // The same words by another speaker need no second quotation: "also Mishustin (¶8)".
    const same = quote.text.toLowerCase().includes(group[0]!.matched.toLowerCase());
    if (otherWho === last) parts.push(text(', '));
    else parts.push(text(same ? `; also ${otherWho} ` : `; also ${otherWho}: `));
    if (!same || otherWho === last) parts.push({ kind: 'quote', text: group[0]!.matched }, text(' '));
    parts.push(text('('), ...refs(evidence.report, group, state), text(')'));
    last = otherWho;
  }
  return { who, parts, lastWho: last };
}

/**
 * A group of topics gone or new as a share of its theme in the report that has them: "3 of 2024's
 * 8 topics on the relationship's framing", or "2023's 4 topics on world order" for all. Named by the theme
 * alone, a group read as the whole theme gone or new, though the other report raises the rest.
 */
function shareOfTheme(group: FindingGroup, context: SummaryContext, report: Report): string {
  const theme = themeName(group);
  const year = context.labels[report === 'first' ? 0 : 1];
  const count = group.items.length;
  const total = context.themeTopics(report, group.theme!.id);
  const topics = `${total === 1 ? 'one topic' : `${total} topics`} on ${theme}`;
  return count === total ? `${year}'s ${topics}` : `${count} of ${year}'s ${topics}`;
}

const themeName = (group: FindingGroup): string => group.theme!.name.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase());

/** The start of a line: what became of the group's topics, and where; and whether only the reporter's words say so. */
const lead = (group: FindingGroup, context: SummaryContext): string =>
  `${kindLead(group, context)}${group.reporterOnly ? REPORTER_ONLY : ''}`;

function kindLead(group: FindingGroup, context: SummaryContext): string {
  const [first, second] = context.labels;
  // "(on world order)": the group is some topics of the theme, never all of it.
  const theme = group.theme ? ` (on ${themeName(group)})` : '';
  const to = listed(group.voices?.to ?? []);
  const from = listed(group.voices?.from ?? []);
  switch (group.kind) {
    case 'dropped':
      return `Not raised in the ${second} report${group.theme ? ` (${shareOfTheme(group, context, 'first')})` : ''}`;
    case 'new':
      return `New in ${second}${group.theme ? ` (${shareOfTheme(group, context, 'second')})` : ''}`;
    case 'back': {
      const item = group.items[0];
      const last = item?.type === 'topic' && item.change.lastSeen ? ` (last in ${context.meetingName(item.change.lastSeen)})` : '';
      return `Back in ${second}${theme}${last.replace(/^ \((.*)\)$/, ', $1')}`;
    }
    case 'taken-up':
      return group.voices?.jointly ? `Now said by both sides in ${second}${theme}` : `Taken up by ${to} in ${second}${theme}`;
    case 'handed-over':
      return `Said by ${to} in ${second}, by ${from} in ${first}${theme}`;
    case 'left-to':
      return to ? `Not said by ${from} in ${second}${theme}` : `Only in ${outsideWords(group.voices?.outside)} in ${second}${theme}`;
    case 'scope':
      return `A change of level in ${second}${theme}`;
    case 'reworded':
      return `In other words in ${second}${theme}`;
    case 'unlisted-new':
      // The summary's line for names alone says so, since the matrix lists their phrases too.
      return `New ${group.items.every((i) => i.type === 'novelty' && i.novelty.named) ? 'names ' : ''}in ${second}, outside the tracked topics`;
    case 'unlisted-dropped':
      return `Not in the ${second} report, outside the tracked topics`;
  }
}

/** A group's line: its lead, then up to ITEMS_PER_LINE items, those of one speaker together. */
export function summaryLine(group: FindingGroup, context: SummaryContext, sentenceOf: SentenceOf): SummaryLine {
  const state: LineState = { context, sentenceOf, named: undefined };
  const shown = group.items.slice(0, ITEMS_PER_LINE);
  const parts: Part[] = [text(`${lead(group, context)}: `)];
  let lastWho: string | undefined;
  for (const item of shown) {
    const { who, parts: itemText, lastWho: endsWith } = itemParts(item, state);
    // A speaker is named again wherever the words before were another's.
    if (who === lastWho) parts.push(text(', '));
    else parts.push(text(`${lastWho === undefined ? '' : '; '}${who}: `));
    parts.push(...itemText);
    lastWho = endsWith;
  }
  const more = group.items.length - shown.length;
  parts.push(text(more > 0 ? `; and ${more} more.` : '.'));
  return { parts, more, moreId: group.items[shown.length] && findingId(group.items[shown.length]!) };
}

/** The two ways a topic can go between the reports, besides changing hands or words: gone from the later one, or come into it. */
const DIRECTIONS: readonly (readonly FindingGroup['kind'][])[] = [['dropped'], ['new', 'back']];

/** A group's way, or its own kind where it changed hands or words. */
const wayOf = (group: FindingGroup) => DIRECTIONS.find((kinds) => kinds.includes(group.kind)) ?? group.kind;

/** The most lines one way may hold while the other way has a group without one. */
const MOST_OF_ONE_WAY = 3;

/**
 * The groups the summary gives a line to, in the ranking's order: the heaviest, but where they
 * went all one way (gone, or come) the heaviest group of the other way takes the place of the
 * last line of a way with more than one, and where one way holds more than three lines the next
 * of the other takes the last of them; so that nine framings gone cannot hide that the Arctic
 * route and payments in rubles are new. Then the new names of the later report, whatever their weight.
 */
export function summaryGroups(findings: readonly FindingGroup[]): FindingGroup[] {
  const lines = findings.slice(0, RANKING.summaryLines);
  const linesOf = (way: ReturnType<typeof wayOf>) => lines.filter((g) => wayOf(g) === way).length;
  for (const kinds of DIRECTIONS) {
    for (const group of findings.filter((g) => kinds.includes(g.kind) && !lines.includes(g))) {
      const most = linesOf(kinds) === 0 ? 1 : MOST_OF_ONE_WAY;
      const spare = lines.findLastIndex((g) => wayOf(g) !== kinds && linesOf(wayOf(g)) > most);
      if (spare < 0) break;
      lines.splice(spare, 1, group);
    }
  }
  lines.sort((a, b) => findings.indexOf(a) - findings.indexOf(b));
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
  /** Raised again after a meeting or more without it, as the matrix's "Back in" group lists them. */
  back: number;
  shifted: number;
  kept: number;
}

function countsOf(changes: readonly TopicChange[]): Counts {
  const count = (...statuses: TopicChange['status'][]) => changes.filter((c) => statuses.includes(c.status)).length;
  return { absent: count('dropped'), new: count('new'), back: count('back'), shifted: count('shifted'), kept: count('kept') };
}

/**
 * The headline: the leading change and who said it, then the counts. Absences are named as
 * what they are ("not raised in the 2024 report").
 */
export function headline(changes: readonly TopicChange[], findings: readonly FindingGroup[], context: SummaryContext): string[] {
  const counts = countsOf(changes);
  const total = counts.absent + counts.new + counts.back + counts.shifted + counts.kept;
  const back = counts.back > 0 ? `${counts.back} back from an earlier meeting, ` : '';
  const top = findings[0];
  const sentences = [
    // Who said it follows, so the lead need not say "only in the reporter's words".
    ...(top ? [`The leading change: ${kindLead(top, context).replace(/^./, (c) => c.toLowerCase())}, ${saidBy(top, context)}.`] : []),
    // Short, so that with the leading change it takes two lines on a desktop and the summary stays on its first screen.
    `Of ${total} tracked topics: ${counts.absent} not raised, ${counts.new} new, ${back}${counts.shifted} shifted, ${counts.kept} unchanged.`,
  ];
  return sentences;
}

/**
 * What the two lengths mean for the findings, when one report is much the shorter: "what the
 * 2023 report lacks weighs less" (and leads no line, which the method page says). The leading change never rests on it, so
 * it follows the summary, beside the lengths.
 */
export function lengthCaveat(words: { first: number; second: number }, labels: readonly [string, string]): string | undefined {
  const shorter = muchShorter(words);
  return shorter && `what the ${labels[shorter === 'first' ? 0 : 1]} report lacks weighs less`;
}

/**
 * Who said the words a group shows, and in which report: "said in 2023 by both sides and Li" for
 * what is gone, "said in 2024 by Li" for what is new (not "from Li", which read as if Li made the change).
 */
function saidBy(group: FindingGroup, context: SummaryContext): string {
  const names = group.items.flatMap((item) =>
    item.type === 'topic' ? (evidenceOf(item).places as Mention[]).map(whoSaid) : [whoSaid(item.novelty)],
  );
  const report = context.labels[group.items[0] && evidenceOf(group.items[0]).report === 'first' ? 0 : 1];
  return `said in ${report} by ${listed([...new Set(names)])}`;
}

/** Whether a group is an absence from the later report. */
