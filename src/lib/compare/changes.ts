/**
 * What changed from one meeting to the next, topic by topic (the curated areas and formulae).
 * Each topic either report raises is counted once, with one status: dropped (only the older
 * report), new (only the newer), back (only the newer, and an earlier meeting before the
 * older one), shifted (both, but not by the same voices, at the same level, in the same
 * words) or kept. A shift names what moved: the topic was taken up by the other side, handed
 * over, left to one side, moved to another level, or reworded. Computed from the mentions
 * alone, so a new report is read the same way.
 */
import { BOTH, OTHER } from '../attribution.ts';
import { listed } from '../text.ts';
import { sentencesMentioning, type Mention, type Topic } from './topics.ts';

/**
 * The sentences that mention a topic, each once, in reading order, with the wording the data
 * file lists first where a sentence has several ("core interests" before "support each other").
 */
function sentencesOf(mentions: readonly Mention[], topic: Topic): Mention[] {
  // A mention of the topic's own phrase before one through a narrower topic (a parent's "via").
  const rank = (m: Mention): number => (m.via ? topic.phrases.length : 0) + topic.phrases.findIndex((p) => p.toLowerCase() === m.wording);
  const preferred = [...mentions].sort((a, b) => rank(a) - rank(b));
  const firsts = new Set(sentencesMentioning(preferred, topic.id));
  return mentions.filter((m) => firsts.has(m));
}

/** One wording of a topic in one report: the data file's phrase, and where it stands. */
interface WordingUse {
  wording: string;
  /** As written at its first place. */
  asWritten: string;
  mentions: Mention[];
  /** The other report uses this wording too. */
  inBoth: boolean;
}

export type Shift =
  /** Said by more participants than before: "taken up by Li"; `jointly` where they come in only through what both sides said together ("The sides agreed …"). */
  | { kind: 'taken-up'; by: string[]; jointly?: true }
  /** Said by none of the participants who said it before: "handed over from Li to Mishustin". */
  | { kind: 'handed-over'; from: string[]; to: string[] }
  /**
   * Said by fewer participants than before ("now only Mishustin"), or by none (`to` empty): then
   * only in the reporter's words, or, where `outside` says so, in another speaker's too ("a
   * spokesman said Mishustin raised the route").
   */
  | { kind: 'left-to'; from: string[]; to: string[]; outside?: string[] }
  /** Said at another level: "SCO-wide" → "bilateral". Scope ids. */
  | { kind: 'scope'; from: string[]; to: string[] }
  /** Said in other words (topics whose phrases are variants). */
  | { kind: 'reworded'; first: WordingUse[]; second: WordingUse[] };

export type Status = 'dropped' | 'new' | 'back' | 'shifted' | 'kept';

export interface TopicChange {
  topic: Topic;
  status: Status;
  /** What moved, most telling first: who says it, then the level, then the words. Empty unless shifted. */
  shifts: Shift[];
  /** The sentences of each report that mention the topic (each sentence once). */
  first: Mention[];
  second: Mention[];
  /** For a topic that is back: the id of the latest earlier meeting that raised it. */
  lastSeen?: string | undefined;
}

export interface Changes {
  /** Every topic either report raises, once, in the order of the topics given. */
  topics: TopicChange[];
  /** The outlets of the two reports when they differ: wording may then be house style. */
  outlets: [string, string] | undefined;
}

/** A report as the comparison reads it: its topic mentions and its outlet. */
export interface ReportMentions {
  mentions: readonly Mention[];
  publisher: string;
}

/** The earlier meetings, oldest first, each with the topics its report raises. */
export type History = readonly { id: string; topics: ReadonlySet<string> }[];

const unique = (values: readonly string[]): string[] => [...new Set(values)];
const voicesOf = (mentions: readonly Mention[]): string[] => unique(mentions.flatMap((m) => m.voices));
const without = (a: readonly string[], b: readonly string[]): string[] => a.filter((x) => !b.includes(x));

/** How the participants who say a topic changed, if they did. */
export function voiceShift(before: readonly string[], after: readonly string[]): Shift | undefined {
  const added = without(after, before);
  const gone = without(before, after);
  if (added.length === 0 && gone.length === 0) return undefined;
  if (gone.length === 0) return { kind: 'taken-up', by: added };
  if (added.length === 0) return { kind: 'left-to', from: gone, to: [...after] };
  return { kind: 'handed-over', from: [...before], to: [...after] };
}

function wordingUses(mine: readonly Mention[], theirs: readonly Mention[]): WordingUse[] {
  const theirWordings = new Set(theirs.map((m) => m.wording));
  const uses = new Map<string, WordingUse>();
  for (const mention of mine) {
    const use = uses.get(mention.wording);
    if (use) use.mentions.push(mention);
    else
      uses.set(mention.wording, {
        wording: mention.wording,
        asWritten: mention.matched,
        mentions: [mention],
        inBoth: theirWordings.has(mention.wording),
      });
  }
  return [...uses.values()];
}

/** Whose words a topic no participant says stands in: "the reporter's words", "another speaker's words". */
export const outsideWords = (outside: readonly string[] = ['the reporter']): string => `${listed(outside)}'s words`;

/** What moved for a topic both reports raise, most telling first. */
function shiftsOf(topic: Topic, first: readonly Mention[], second: readonly Mention[]): Shift[] {
  const shifts: Shift[] = [];
  const voices = voiceShift(voicesOf(first), voicesOf(second));
  // Left to no participant, and said by another person (a spokesman, an analyst): in their words, not only the reporter's.
  if (voices?.kind === 'left-to' && voices.to.length === 0 && second.some((m) => m.side === OTHER)) {
    voices.outside = unique(second.map((m) => (m.side === OTHER ? 'another speaker' : 'the reporter')));
  }
  // Taken up only in a joint statement ("The sides also agreed to step up coordination within BRICS"): both sides say it now, not the newcomer alone.
  if (voices?.kind === 'taken-up' && second.filter((m) => m.voices.some((v) => voices.by.includes(v))).every((m) => m.side === BOTH)) {
    voices.jointly = true;
  }
  if (voices) shifts.push(voices);
  const scopes = { first: unique(first.map((m) => m.scope)).sort(), second: unique(second.map((m) => m.scope)).sort() };
  if (scopes.first.join() !== scopes.second.join()) shifts.push({ kind: 'scope', from: scopes.first, to: scopes.second });
  if (topic.variants) {
    // Only the topic's own phrases are its wordings; what comes through a narrower topic is that topic's.
    const own = (mentions: readonly Mention[]) => mentions.filter((m) => m.via === undefined);
    const wordings = { first: wordingUses(own(first), own(second)), second: wordingUses(own(second), own(first)) };
    if ([...wordings.first, ...wordings.second].some((use) => !use.inBoth)) shifts.push({ kind: 'reworded', ...wordings });
  }
  return shifts;
}

/** The levels a report holds a topic at only with doubt ("SCO-wide?"): no mention at that level is certain of it. */
export const doubtfulLevels = (mentions: readonly Mention[]): string[] =>
  [...new Set(mentions.map((m) => m.scope))].filter((level) => mentions.every((m) => m.scope !== level || !m.scopeCertain));

/** The changes between two reports' mentions, topics in the order given. */
export function whatChanged(topics: readonly Topic[], first: ReportMentions, second: ReportMentions, history: History = []): Changes {
  const changes: TopicChange[] = [];
  for (const topic of topics) {
    const inFirst = first.mentions.filter((m) => m.topic === topic.id);
    const inSecond = second.mentions.filter((m) => m.topic === topic.id);
    if (inFirst.length === 0 && inSecond.length === 0) continue;
    // A wider topic raised in neither report in its own words (industry, as its chains) only repeats its narrower topics' rows.
    if ([...inFirst, ...inSecond].every((m) => m.via !== undefined)) continue;
    const sentences = { first: sentencesOf(inFirst, topic), second: sentencesOf(inSecond, topic) };
    if (inSecond.length === 0) {
      changes.push({ topic, status: 'dropped', shifts: [], ...sentences });
    } else if (inFirst.length === 0) {
      const lastSeen = history.findLast((meeting) => meeting.topics.has(topic.id))?.id;
      changes.push({ topic, status: lastSeen ? 'back' : 'new', shifts: [], ...sentences, lastSeen });
    } else {
      const shifts = shiftsOf(topic, inFirst, inSecond);
      changes.push({ topic, status: shifts.length > 0 ? 'shifted' : 'kept', shifts, ...sentences });
    }
  }
  return { topics: changes, outlets: first.publisher !== second.publisher ? [first.publisher, second.publisher] : undefined };
}

/** The topics of one status. */
export const withStatus = (changes: Changes, ...statuses: Status[]): TopicChange[] =>
  changes.topics.filter((t) => statuses.includes(t.status));
