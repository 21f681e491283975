/**
 * The findings of a comparison, grouped and ranked, so that the main changes lead. A group is
 * one theme and one kind of change ("World order, dropped"; "The relationship's framing, taken
 * up by Li"); the phrases no curated list names form groups of their own. The rule, in words
 * (the method on /compare/ says the same):
 * - a finding weighs its topic's weight (its own, or its theme's, from content/themes.yaml),
 *   half as much again for a political formula than for a cooperation area;
 * - a change of who says it counts fully, as do topics dropped, new or back; a change of level
 *   counts 0.6 and a change of words 0.5; a topic that shifted in more than one way a little more;
 * - a phrase no list names weighs less than any curated topic, more the rarer its words;
 * - a topic raised at one level only (SCO-wide, multilateral) is ranked in that level's theme;
 * - a group weighs the sum of its four heaviest findings, so several changes in one theme
 *   outrank one, and a long list of minor ones cannot outrank a few heavy ones.
 */
import type { Novelty } from './novelty.ts';
import type { Shift, TopicChange } from './changes.ts';
import type { Mention, SentencePlace, Theme } from './topics.ts';

type FindingKind = 'dropped' | 'new' | 'back' | Shift['kind'] | 'unlisted-new' | 'unlisted-dropped';

export type Finding = { type: 'topic'; change: TopicChange; score: number } | { type: 'novelty'; novelty: Novelty; score: number };

export interface FindingGroup {
  /** Unique on the page: "world-order-dropped", "framing-taken-up-to-li", "unlisted-new". */
  id: string;
  kind: FindingKind;
  /** Undefined for the phrases no list names. */
  theme: Theme | undefined;
  /** For a change of who says it: the participants before and after (short names). */
  voices: { from: string[]; to: string[] } | undefined;
  /** Heaviest first. */
  items: Finding[];
  score: number;
}

const KIND_FACTOR: Record<FindingKind, number> = {
  dropped: 1,
  new: 1,
  back: 1,
  'taken-up': 1,
  'handed-over': 1,
  'left-to': 0.8,
  scope: 0.6,
  reworded: 0.5,
  'unlisted-new': 1,
  'unlisted-dropped': 1,
};
const FORMULA_FACTOR = 1.5;
/** Each further way a topic shifted adds this much of its weight. */
const EXTRA_SHIFT = 0.25;
/**
 * A phrase no list names weighs 1 plus its rarity, times this: less than a curated topic of
 * the lightest theme, since no one has yet judged whether it matters.
 */
const NOVELTY_FACTOR = 0.6;
/** Findings counted in a group's weight. */
export const COUNTED_PER_GROUP = 4;
/** The lines of the summary. */
export const SUMMARY_LINES = 5;

/** The kind of change a topic is listed under: its status, or its most telling shift. */
function kindOf(change: TopicChange): FindingKind | undefined {
  if (change.status === 'kept') return undefined;
  if (change.status === 'shifted') return change.shifts[0]!.kind;
  return change.status;
}

/** How much a topic's change weighs. */
export function topicScore(change: TopicChange): number {
  const kind = kindOf(change);
  if (!kind) return 0;
  const base = change.topic.weight * (change.topic.kind === 'formula' ? FORMULA_FACTOR : 1);
  return base * (KIND_FACTOR[kind] + EXTRA_SHIFT * Math.max(0, change.shifts.length - 1));
}

/** The theme a change is ranked in: the level's, when every mention of the report that has it stands at that level. */
function themeOf(change: TopicChange, themes: readonly Theme[]): Theme | undefined {
  const mentions = change.status === 'dropped' ? change.first : change.status === 'shifted' ? [] : change.second;
  const levels = new Set(mentions.map((m) => m.scope));
  const level = levels.size === 1 ? themes.find((t) => t.id === [...levels][0]) : undefined;
  return level ?? themes.find((t) => t.id === change.topic.theme);
}

const slug = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-');

function groupScore(items: readonly Finding[]): number {
  return [...items]
    .map((i) => i.score)
    .sort((a, b) => b - a)
    .slice(0, COUNTED_PER_GROUP)
    .reduce((sum, s) => sum + s, 0);
}

/**
 * Every change of the pair (topics kept are not findings) and every phrase no list names,
 * grouped by theme and kind, heaviest group first; ties keep the order of the themes.
 */
export function rankFindings(
  changes: readonly TopicChange[],
  novelties: { added: readonly Novelty[]; dropped: readonly Novelty[] },
  themes: readonly Theme[],
): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  const add = (key: Omit<FindingGroup, 'items' | 'score' | 'id'>, finding: Finding): void => {
    const who = key.voices ? [...key.voices.from, 'to', ...key.voices.to].join('-') : '';
    const id = slug([key.theme?.id, key.kind, who].filter(Boolean).join('-'));
    const group = groups.get(id) ?? { ...key, id, items: [], score: 0 };
    group.items.push(finding);
    groups.set(id, group);
  };
  for (const change of changes) {
    const kind = kindOf(change);
    if (!kind) continue;
    const shift = change.shifts[0];
    const voices =
      shift?.kind === 'taken-up'
        ? { from: [], to: shift.by }
        : shift?.kind === 'handed-over' || shift?.kind === 'left-to'
          ? { from: shift.from, to: shift.to }
          : undefined;
    add({ kind, theme: themeOf(change, themes), voices }, { type: 'topic', change, score: topicScore(change) });
  }
  for (const [kind, list] of [
    ['unlisted-new', novelties.added],
    ['unlisted-dropped', novelties.dropped],
  ] as const) {
    for (const novelty of list) {
      add({ kind, theme: undefined, voices: undefined }, { type: 'novelty', novelty, score: NOVELTY_FACTOR * (1 + novelty.score) });
    }
  }
  const themeOrder = (g: FindingGroup): number => (g.theme ? themes.indexOf(g.theme) : themes.length);
  return [...groups.values()]
    .map((g) => ({ ...g, items: [...g.items].sort(heavierFirst), score: groupScore(g.items) }))
    .sort((a, b) => b.score - a.score || themeOrder(a) - themeOrder(b));
}

/** Heavier first; among equals, the one with more sentences of evidence, then the one read first. */
function heavierFirst(a: Finding, b: Finding): number {
  const ea = evidenceOf(a).places;
  const eb = evidenceOf(b).places;
  const [pa, pb] = [ea[0]!, eb[0]!];
  return b.score - a.score || eb.length - ea.length || pa.paragraph - pb.paragraph || pa.sentence - pb.sentence || pa.start - pb.start;
}

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
    case 'left-to':
      return shown((m) => m.voices.some((v) => shift.to.includes(v)));
    case 'scope':
      return shown((m) => !shift.from.includes(m.scope));
    case 'reworded':
      return shown((m) => shift.second.some((use) => !use.inBoth && use.wording === m.wording));
  }
}

export function evidenceOf(finding: Finding): Evidence {
  if (finding.type === 'novelty') {
    const { novelty } = finding;
    return { words: novelty.text, report: novelty.report, places: [novelty] };
  }
  const mentions = showingMentions(finding.change);
  return { words: mentions[0]!.matched, report: finding.change.status === 'dropped' ? 'first' : 'second', places: mentions };
}

const names = (list: readonly string[]): string => new Intl.ListFormat('en', { type: 'conjunction' }).format(list);

/**
 * A group's title, from templates: "World order: dropped since 2023", "The relationship's
 * framing: taken up by Li in 2024". Each names the meeting its paragraph marks point to.
 * `labels` name the two meetings ("2023", "2024").
 */
export function groupTitle(group: Pick<FindingGroup, 'kind' | 'theme' | 'voices'>, labels: readonly [string, string]): string {
  const [first, second] = labels;
  const theme = group.theme?.name ?? '';
  const from = names(group.voices?.from ?? []);
  const to = names(group.voices?.to ?? []);
  switch (group.kind) {
    case 'dropped':
      return `${theme}: dropped since ${first}`;
    case 'new':
      return `${theme}: new in ${second}`;
    case 'back':
      return `${theme}: back in ${second}`;
    case 'taken-up':
      return `${theme}: taken up by ${to} in ${second}`;
    case 'handed-over':
      return `${theme}: handed over from ${from} to ${to} in ${second}`;
    case 'left-to':
      return to ? `${theme}: said by ${to} only in ${second}` : `${theme}: only in the reporter's words in ${second}`;
    case 'scope':
      return `${theme}: said at another level in ${second}`;
    case 'reworded':
      return `${theme}: reworded in ${second}`;
    case 'unlisted-new':
      return `Not in the lists, new in ${second}`;
    case 'unlisted-dropped':
      return `Not in the lists, gone since ${first}`;
  }
}
