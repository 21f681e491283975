/**
 * What changed from one meeting to the next, topic by topic (the curated areas and formulae):
 * what only the newer report has, what it no longer has, what both have, which topics one
 * side raised at the first meeting and the other side at the second, and which topics the
 * two reports word differently. Computed from the mentions alone, so a new report is read
 * the same way.
 */
import { NARRATIVE } from './attribution.ts';
import { sentencesMentioning, type Mention, type Topic } from './topics.ts';

/** A topic with the sentences of each report that mention it (each sentence once). */
export interface TopicInPair {
  topic: Topic;
  first: Mention[];
  second: Mention[];
}

/** One wording of a topic in one report: the data file's phrase, and where it stands. */
export interface WordingUse {
  wording: string;
  /** As written at its first place. */
  asWritten: string;
  mentions: Mention[];
  /** The other report uses this wording too. */
  inBoth: boolean;
}

export interface Rewording extends TopicInPair {
  wordings: { first: WordingUse[]; second: WordingUse[] };
}

export interface Changes {
  /** Topics raised by one participant at the first meeting and only by another at the second. */
  handedOver: TopicInPair[];
  /** Only in the second report. */
  added: TopicInPair[];
  /** Only in the first report. */
  dropped: TopicInPair[];
  /** In both, worded differently (topics whose phrases are variants). */
  reworded: Rewording[];
  /** In both, by the same side and in the same words. */
  kept: TopicInPair[];
  /** The outlets of the two reports when they differ: wording may then be house style. */
  outlets: [string, string] | undefined;
}

/** The participants (not the narrative) reported as raising a topic, by short name. */
function speakersOf(mentions: readonly Mention[]): string[] {
  return [...new Set(mentions.filter((m) => m.side !== NARRATIVE && m.speaker).map((m) => m.speaker!.shortName))];
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

function rewording(pair: TopicInPair, first: readonly Mention[], second: readonly Mention[]): Rewording | undefined {
  if (!pair.topic.variants) return undefined;
  const wordings = { first: wordingUses(first, second), second: wordingUses(second, first) };
  const differ = [...wordings.first, ...wordings.second].some((use) => !use.inBoth);
  return differ ? { ...pair, wordings } : undefined;
}

const disjoint = (a: readonly string[], b: readonly string[]): boolean => a.length > 0 && b.length > 0 && !a.some((x) => b.includes(x));

/**
 * The changes between two reports' mentions. Topics keep the order given, formulae before
 * areas, so that the political language leads each list.
 */
export function whatChanged(
  topics: readonly Topic[],
  first: { mentions: readonly Mention[]; publisher: string },
  second: { mentions: readonly Mention[]; publisher: string },
): Changes {
  const changes: Changes = { handedOver: [], added: [], dropped: [], reworded: [], kept: [], outlets: undefined };
  const ordered = [...topics.filter((t) => t.kind === 'formula'), ...topics.filter((t) => t.kind !== 'formula')];
  for (const topic of ordered) {
    const inFirst = first.mentions.filter((m) => m.topic === topic.id);
    const inSecond = second.mentions.filter((m) => m.topic === topic.id);
    const pair = { topic, first: sentencesMentioning(inFirst, topic.id), second: sentencesMentioning(inSecond, topic.id) };
    if (pair.first.length === 0 && pair.second.length === 0) continue;
    if (pair.first.length === 0) changes.added.push(pair);
    else if (pair.second.length === 0) changes.dropped.push(pair);
    else {
      const handedOver = disjoint(speakersOf(pair.first), speakersOf(pair.second));
      const reworded = rewording(pair, inFirst, inSecond);
      if (handedOver) changes.handedOver.push(pair);
      if (reworded) changes.reworded.push(reworded);
      if (!handedOver && !reworded) changes.kept.push(pair);
    }
  }
  if (first.publisher !== second.publisher) changes.outlets = [first.publisher, second.publisher];
  return changes;
}

export type ChangeKind = 'handedOver' | 'reworded' | 'dropped' | 'added' | 'kept';

/**
 * Every topic of the changes once, grouped under the first kind of change it is listed with
 * (handed over, reworded, dropped, added, kept), with every kind it has.
 */
export function topicsByChange(changes: Changes): { kind: ChangeKind; topics: { item: TopicInPair; kinds: ChangeKind[] }[] }[] {
  const order: ChangeKind[] = ['handedOver', 'reworded', 'dropped', 'added', 'kept'];
  const kindsOf = new Map<string, ChangeKind[]>();
  for (const kind of order) for (const item of changes[kind]) kindsOf.set(item.topic.id, [...(kindsOf.get(item.topic.id) ?? []), kind]);
  return order
    .map((kind) => ({
      kind,
      topics: changes[kind]
        .filter((item) => kindsOf.get(item.topic.id)![0] === kind)
        .map((item) => ({ item, kinds: kindsOf.get(item.topic.id)! })),
    }))
    .filter((group) => group.topics.length > 0);
}

/** How many topics only the first report raises, both raise, and only the second raises. */
export function topicBalance(changes: Changes): { onlyFirst: number; both: number; onlySecond: number } {
  const both = new Set([...changes.handedOver, ...changes.reworded, ...changes.kept].map((t) => t.topic.id));
  return { onlyFirst: changes.dropped.length, both: both.size, onlySecond: changes.added.length };
}
