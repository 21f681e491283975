/**
 * The findings of a comparison, grouped and ranked, so that the main changes lead. A group is
 * one theme and one kind of change ("World order, not raised in the 2024 report"; "The relationship's
 * framing, taken up by Li"); the phrases no curated list names form groups of their own. The
 * rules are the numbers of RANKING below, which the page's method and docs/comparison.md are
 * written from.
 */
import type { Novelty } from './novelty.ts';
import { outsideWords, type Shift, type TopicChange } from './changes.ts';
import { slug } from 'github-slugger';
import { topicId, unlistedId } from '../paths.ts';
import { listed } from '../text.ts';
import type { Mention, SentencePlace, Theme } from './topics.ts';
import { NARRATIVE, OTHER } from '../attribution.ts';

/** The kinds of change a listed topic can show. */
type TopicKind = 'dropped' | 'new' | 'back' | Shift['kind'];
type FindingKind = TopicKind | 'unlisted-new' | 'unlisted-dropped';

export type Finding = { type: 'topic'; change: TopicChange; score: number } | { type: 'novelty'; novelty: Novelty; score: number };

export interface FindingGroup {
  /** Unique on the page: "world-order-dropped", "framing-taken-up-to-li", "unlisted-new". */
  id: string;
  kind: FindingKind;
  /** Undefined for the phrases no list names. */
  theme: Theme | undefined;
  /** For a change of who says it: the participants before and after (short names), and whose words it is left to where no participant says it. */
  voices: { from: string[]; to: string[]; outside?: string[]; jointly?: true } | undefined;
  /** Topics new, back or not raised that stand only in the reporter's words (background, a calendar note): apart from the participants'. */
  reporterOnly?: true;
  /** Heaviest first. */
  items: Finding[];
  score: number;
}

/** The kinds of finding that rest on what a report lacks: the newer one ("not raised in the 2024 report"), or the older one ("new in 2024"). */
const LACKED_BY: Record<'first' | 'second', readonly FindingKind[]> = {
  second: ['dropped', 'left-to', 'unlisted-dropped'],
  first: ['new', 'back', 'taken-up', 'unlisted-new'],
};

/**
 * Every number of the ranking, in one place. A finding weighs its topic's weight (its own, or
 * its theme's), times `formula` for a political formula, times its kind's factor; a topic that
 * shifted in more than one way gains `extraShift` of its weight for each further way.
 */
export const RANKING = {
  /** How much each kind of change counts of its topic's weight. */
  kind: {
    dropped: 1,
    new: 1,
    back: 1,
    'taken-up': 1,
    'handed-over': 1,
    'left-to': 0.8,
    scope: 0.6,
    reworded: 0.5,
  } satisfies Record<TopicKind, number>,
  /** A political formula counts this much more than a cooperation area. */
  formula: 1.5,
  /** Each further way a topic shifted adds this much of its weight. */
  extraShift: 0.25,
  /** A change of level where a clause stands in its frame with doubt ("SCO-wide?") counts this much of a sure one. */
  uncertainLevel: 0.5,
  /** A topic that stands or went only in the reporter's or another speaker's words (a calendar note, background) counts this much: it says less of what the meeting said. */
  reporterOnly: 0.5,
  /**
   * A phrase no list names weighs at most this: less than the lightest listed topic's change
   * (weight 1 × a change of level with doubt, 0.6 × 0.5), since no one has judged it yet. Names
   * weigh that; other phrases half, more the rarer their words.
   */
  unlisted: 0.25,
  /**
   * When one report is shorter than this share of the other, what it lacks is weak evidence: the
   * findings that rest on its absences (gone from the newer, new against the older) weigh less in
   * proportion to the two lengths, and never lead.
   */
  shorterReport: 0.8,
  /** Findings counted in a group's weight: several changes in one theme outrank one, a long list of light ones cannot outrank a few heavy ones. */
  countedPerGroup: 4,
  /** The lines of the summary, besides the one for new names. */
  summaryLines: 5,
} as const;

/** The lines of the summary. */
export const SUMMARY_LINES = RANKING.summaryLines;

/** The kind of change a topic is listed under: its status, or its most telling shift. */
function kindOf(change: TopicChange): TopicKind | undefined {
  if (change.status === 'kept') return undefined;
  if (change.status === 'shifted') return change.shifts[0]!.kind;
  return change.status;
}

/** The mentions of the report that has a topic new, back or not raised in the other; none for a topic both raise. */
const inTheReportThatHasIt = (change: TopicChange): readonly Mention[] =>
  change.status === 'dropped' ? change.first : change.status === 'shifted' || change.status === 'kept' ? [] : change.second;

/** Such a topic as only the reporter's words have it (background, a calendar note); the participants' are grouped apart from it. */
const onlyInReportersWords = (change: TopicChange): boolean =>
  inTheReportThatHasIt(change).length > 0 && inTheReportThatHasIt(change).every((m) => m.side === NARRATIVE);

/** What a group of such topics adds to its title. */
export const REPORTER_ONLY = ", only in the reporter's words";

/** How much a topic's change weighs. */
export function topicScore(change: TopicChange): number {
  const kind = kindOf(change);
  if (!kind) return 0;
  const base = change.topic.weight * (change.topic.kind === 'formula' ? RANKING.formula : 1);
  const doubt = kind === 'scope' && [...change.first, ...change.second].some((m) => !m.scopeCertain) ? RANKING.uncertainLevel : 1;
  const evidence = inTheReportThatHasIt(change);
  const reporterOnly = evidence.length > 0 && evidence.every((m) => m.side === NARRATIVE || m.side === OTHER) ? RANKING.reporterOnly : 1;
  return base * doubt * reporterOnly * (RANKING.kind[kind] + RANKING.extraShift * Math.max(0, change.shifts.length - 1));
}

/** A topic only another person raises in the report that has it (an analyst, a spokesman): in the report, but no finding of the meeting. */
const onlyAnotherSpeaks = (change: TopicChange): boolean =>
  inTheReportThatHasIt(change).length > 0 && inTheReportThatHasIt(change).every((m) => m.side === OTHER);

/** The theme a topic is ranked in by a report's mentions of it: the level's, when every mention stands at that level, else its own. */
export function themeIn(change: TopicChange, mentions: readonly Mention[], themes: readonly Theme[]): Theme | undefined {
  // A level held with doubt ("SCO-wide?") does not move a topic into that level's theme.
  const levels = new Set(mentions.map((m) => (m.scopeCertain ? m.scope : `${m.scope}?`)));
  const level = levels.size === 1 ? themes.find((t) => t.id === [...levels][0]) : undefined;
  return level ?? themes.find((t) => t.id === change.topic.theme);
}

/** The theme a change is ranked in: by the mentions of the report that has it; a shift, by its own. */
const themeOf = (change: TopicChange, themes: readonly Theme[]): Theme | undefined => themeIn(change, inTheReportThatHasIt(change), themes);

function groupScore(items: readonly Finding[]): number {
  return [...items]
    .map((i) => i.score)
    .sort((a, b) => b - a)
    .slice(0, RANKING.countedPerGroup)
    .reduce((sum, s) => sum + s, 0);
}

/**
 * Whether a parent topic's change only repeats a finding of one of its topics: its evidence
 * all comes through a child that is a finding of its own. One mention is never two findings.
 */
function repeatsChild(change: TopicChange, findingTopics: ReadonlySet<string>): boolean {
  const shown = showingMentions(change);
  return shown.length > 0 && shown.every((m) => m.via !== undefined && findingTopics.has(m.via));
}

/**
 * A parent topic's change as a finding shows it: without the mentions a child's own finding already shows, but never
 * without all of a report's, which would show it not raised there (industry as its chains in 2024, in its own words in 2025).
 */
function withoutRepeats(change: TopicChange, findingTopics: ReadonlySet<string>): TopicChange {
  const own = (mentions: readonly Mention[]) => {
    const kept = mentions.filter((m) => m.via === undefined || !findingTopics.has(m.via));
    return kept.length > 0 ? kept : [...mentions];
  };
  const first = own(change.first);
  const second = own(change.second);
  return first.length === change.first.length && second.length === change.second.length ? change : { ...change, first, second };
}

/** What the ranking reads besides the changes: the novelties, the themes, and the two reports' lengths in words. */
export interface RankingInput {
  novelties: { added: readonly Novelty[]; dropped: readonly Novelty[] };
  themes: readonly Theme[];
  words: { first: number; second: number };
}

/** The report of a pair that is much the shorter, under `shorterReport` of the other's words, if one is. */
export function muchShorter(words: { first: number; second: number }): 'first' | 'second' | undefined {
  if (words.second < RANKING.shorterReport * words.first) return 'second';
  if (words.first < RANKING.shorterReport * words.second) return 'first';
  return undefined;
}

/** How much a finding weighs that rests on what a report lacks: less, in proportion to the two lengths, when that report is much the shorter. */
function lackWeight(kind: FindingKind, words: { first: number; second: number }): number {
  const shorter = muchShorter(words);
  if (!shorter || !LACKED_BY[shorter].includes(kind)) return 1;
  return shorter === 'second' ? words.second / words.first : words.first / words.second;
}

/**
 * Every change of the pair (topics kept are not findings) and every phrase no list names,
 * grouped by theme and kind, heaviest group first; ties go to the heavier theme. When one
 * report is much the shorter, no finding that rests on what it lacks leads.
 */
export function rankFindings(changes: readonly TopicChange[], { novelties, themes, words }: RankingInput): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  const add = (key: Omit<FindingGroup, 'items' | 'score' | 'id'>, finding: Finding): void => {
    const who = key.voices
      ? [...key.voices.from, 'to', ...key.voices.to, ...(key.voices.outside ?? []), ...(key.voices.jointly ? ['jointly'] : [])].join('-')
      : key.reporterOnly
        ? 'reporter'
        : '';
    const id = slug([key.theme?.id, key.kind, who].filter(Boolean).join('-'));
    const group = groups.get(id) ?? { ...key, id, items: [], score: 0 };
    group.items.push(finding);
    groups.set(id, group);
  };
  const findingTopics = new Set(changes.filter((c) => kindOf(c)).map((c) => c.topic.id));
  for (const change of changes) {
    const kind = kindOf(change);
    if (!kind || repeatsChild(change, findingTopics) || onlyAnotherSpeaks(change)) continue;
    const shift = change.shifts[0];
    const voices =
      shift?.kind === 'taken-up'
        ? { from: [], to: shift.by, ...(shift.jointly ? { jointly: true as const } : {}) }
        : shift?.kind === 'handed-over'
          ? { from: shift.from, to: shift.to }
          : shift?.kind === 'left-to'
            ? { from: shift.from, to: shift.to, ...(shift.outside ? { outside: shift.outside } : {}) }
            : undefined;
    const score = topicScore(change) * lackWeight(kind, words);
    const key = { kind, theme: themeOf(change, themes), voices, ...(onlyInReportersWords(change) ? { reporterOnly: true as const } : {}) };
    add(key, { type: 'topic', change: withoutRepeats(change, findingTopics), score });
  }
  for (const [kind, list] of [
    ['unlisted-new', novelties.added],
    ['unlisted-dropped', novelties.dropped],
  ] as const) {
    for (const novelty of list) {
      // Names weigh the most a phrase no list names can; other phrases half, more the rarer their words.
      const rarity = novelty.score / (1 + novelty.score);
      const score = RANKING.unlisted * (novelty.named ? 1 : 0.5 * rarity) * lackWeight(kind, words);
      add({ kind, theme: undefined, voices: undefined }, { type: 'novelty', novelty, score });
    }
  }
  // Ties go to the heavier theme, then by id: the order never depends on how the lists were read.
  const tieBreak = (a: FindingGroup, b: FindingGroup): number =>
    (b.theme?.weight ?? 0) - (a.theme?.weight ?? 0) || a.id.localeCompare(b.id);
  const ranked = [...groups.values()]
    .map((g) => ({ ...g, items: [...g.items].sort(heavierFirst), score: groupScore(g.items) }))
    .sort((a, b) => b.score - a.score || tieBreak(a, b));
  const leader = ranked.findIndex((g) => lackWeight(g.kind, words) === 1);
  if (leader > 0) ranked.unshift(...ranked.splice(leader, 1));
  return ranked;
}

/** Heavier first; among equals, the one with more sentences of evidence, then the one read first. */
function heavierFirst(a: Finding, b: Finding): number {
  const ea = evidenceOf(a).places;
  const eb = evidenceOf(b).places;
  const [pa, pb] = [ea[0]!, eb[0]!];
  return b.score - a.score || eb.length - ea.length || pa.paragraph - pb.paragraph || pa.sentence - pb.sentence || pa.start - pb.start;
}

/** A finding's fragment id on its pair's page, where its row is: "formula-strategic-coordination", "unlisted-traditional-areas". */
export const findingId = (finding: Finding): string =>
  finding.type === 'topic' ? topicId(finding.change.topic) : unlistedId(finding.novelty.text);

/** What a finding shows in a summary line: the report's own words, and the sentences that are its evidence. */
export interface Evidence {
  /** As written in the report, at the first place. */
  words: string;
  /** Which report of the pair the places are in. */
  report: 'first' | 'second';
  places: (SentencePlace & { start: number })[];
}

/** The mentions that show a topic's change: the new voices, the new level, the new words. */
function showingMentions(change: TopicChange): Mention[] {
  const shift = change.shifts[0];
  if (!shift) return change.status === 'dropped' ? change.first : change.second;
  const shown = (keep: (m: Mention) => boolean): Mention[] => {
    const kept = change.second.filter(keep);
    return kept.length > 0 ? kept : change.second;
  };
  switch (shift.kind) {
    case 'taken-up':
      return shown((m) => m.voices.some((v) => shift.by.includes(v)));
    case 'handed-over':
      return shown((m) => m.voices.some((v) => shift.to.includes(v)));
    case 'left-to': {
      // What is gone shows it: the earlier sentences of the voices that no longer say it.
      const lost = change.first.filter((m) => m.voices.some((v) => shift.from.includes(v)));
      return lost.length > 0 ? lost : change.first;
    }
    case 'scope':
      return shown((m) => !shift.from.includes(m.scope));
    case 'reworded':
      return shown((m) => shift.second.some((use) => !use.inBoth && use.wording === m.wording));
  }
}

/** The report whose sentences show a change: the older for what is gone, else the newer. */
const reportOf = (change: TopicChange): 'first' | 'second' =>
  change.status === 'dropped' || change.shifts[0]?.kind === 'left-to' ? 'first' : 'second';

export function evidenceOf(finding: Finding): Evidence {
  if (finding.type === 'novelty') {
    const { novelty } = finding;
    return { words: novelty.text, report: novelty.report, places: [novelty] };
  }
  const mentions = showingMentions(finding.change);
  return { words: mentions[0]!.matched, report: reportOf(finding.change), places: mentions };
}

/**
 * A group's title, from templates: "World order: not raised in the 2024 report", "The relationship's
 * framing: taken up by Li in 2024". Each names the meeting its paragraph marks point to.
 * `labels` name the two meetings ("2023", "2024").
 */
export function groupTitle(
  group: Pick<FindingGroup, 'kind' | 'theme' | 'voices' | 'reporterOnly'>,
  labels: readonly [string, string],
): string {
  return `${kindTitle(group, labels)}${group.reporterOnly ? REPORTER_ONLY : ''}`;
}

function kindTitle(group: Pick<FindingGroup, 'kind' | 'theme' | 'voices'>, labels: readonly [string, string]): string {
  const second = labels[1];
  const theme = group.theme?.name ?? '';
  const from = listed(group.voices?.from ?? []);
  const to = listed(group.voices?.to ?? []);
  switch (group.kind) {
    case 'dropped':
      return `${theme}: not raised in the ${second} report`;
    case 'new':
      return `${theme}: new in ${second}`;
    case 'back':
      return `${theme}: back in ${second}`;
    case 'taken-up':
      return group.voices?.jointly ? `${theme}: now said by both sides in ${second}` : `${theme}: taken up by ${to} in ${second}`;
    case 'handed-over':
      return `${theme}: handed over from ${from} to ${to} in ${second}`;
    case 'left-to':
      return to ? `${theme}: said by ${to} only in ${second}` : `${theme}: only in ${outsideWords(group.voices?.outside)} in ${second}`;
    case 'scope':
      return `${theme}: said at another level in ${second}`;
    case 'reworded':
      return `${theme}: reworded in ${second}`;
    case 'unlisted-new':
      return `Not in the lists, new in ${second}`;
    case 'unlisted-dropped':
      return `Not in the lists, not in the ${second} report`;
  }
}
