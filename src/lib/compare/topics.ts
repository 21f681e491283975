/**
 * Topics: the cooperation areas and the political formulae of the curated data files
 * (content/cooperation-areas.yaml, content/formulae.yaml), found in a report sentence by
 * sentence. Each mention knows who is reported as saying it (the paragraph's attribution) and
 * at what level: bilateral, or one of the scopes of content/scopes.yaml ("SCO-wide",
 * "Multilateral"), by the frame of the clause that holds it.
 */
import { sideLabel, type Attribution, type Side, type Speaker } from './attribution.ts';
import { clauseVerbStarts, tagTerms } from '../nlp.ts';
import { sentenceId } from '../paths.ts';
import { checkBegins, escapeRegExp } from '../text.ts';

/** A group of topics for ranking the changes: "World order", weight 5. */
export interface Theme {
  id: string;
  name: string;
  /** 1 (least) to 5 (most): a change in a heavier theme leads. */
  weight: number;
}

export interface Topic {
  id: string;
  name: string;
  /** A cooperation area ("Energy") or a political formula ("Strategic coordination"). */
  kind: 'area' | 'formula';
  /** The phrases that signal the topic: whole words, any case. */
  phrases: string[];
  /** The phrases are wordings of one thing: a change from one to another is a finding. */
  variants: boolean;
  /** The id of its theme in content/themes.yaml. */
  theme: string;
  /** Its weight for ranking, 1 to 5: its own, or its theme's. */
  weight: number;
}

export interface Scope {
  id: string;
  name: string;
  phrases: string[];
}

/** The scope of a sentence that no scope's phrase matches. */
export const BILATERAL: Scope = { id: 'bilateral', name: 'Bilateral', phrases: [] };

/** A place in a report: 0-based paragraph and sentence within it. */
export interface SentencePlace {
  paragraph: number;
  sentence: number;
}

export interface Mention extends SentencePlace {
  topic: string;
  /** The words that matched, as written in the report, and where they start in the sentence. */
  matched: string;
  start: number;
  /** The data file's phrase that matched, lower case: which wording the report uses. */
  wording: string;
  side: Side;
  speaker: Speaker | undefined;
  /** The short names of the participants it is said for: one, both, or none (the reporter). */
  voices: string[];
  /** A scope id, or "bilateral". */
  scope: string;
}

/** A report as the topic finder reads it. */
export interface TopicSource {
  paragraphs: readonly { sentences: readonly string[]; attribution: Attribution }[];
  /** Scope set by hand for a sentence, by its id ("p1-s1"), where the rule is wrong. */
  scopeOverrides?: Readonly<Record<string, string>> | undefined;
}

/** Any of the phrases, in any case, with any white space between words. */
export interface PhrasePattern {
  /** Where any of them starts, longest first: a place to try. */
  anyOf: RegExp;
  /** Each alone, in the same order, to try at one place (sticky). */
  each: RegExp[];
  /** The phrases, longest first. */
  order: string[];
}

// A phrase stands as whole words: no letter, digit or hyphen touches it on either side. The
// two checks are compiled once, not into each topic's pattern: a Unicode letter class costs
// ~1.5 ms to compile, ~80 ms a build over the curated lists' 39 patterns.
const NO_WORD_BEFORE = /(?<![\p{L}\p{N}-])/uy;
const NO_WORD_AFTER = /(?![\p{L}\p{N}-])/uy;
const holdsAt = (check: RegExp, text: string, index: number): boolean => {
  check.lastIndex = index;
  return check.test(text);
};

/**
 * A pattern that finds any of the phrases as whole words, in any case, with any white space
 * between words. Longer phrases come first, so that "economy and trade" wins over "trade".
 */
export function phrasePattern(phrases: readonly string[]): PhrasePattern {
  const order = [...phrases].map((p) => p.trim()).sort((a, b) => b.length - a.length);
  const sources = order.map((phrase) => phrase.split(/\s+/).map(escapeRegExp).join('\\s+'));
  return {
    anyOf: new RegExp(sources.join('|'), 'giu'),
    each: sources.map((source) => new RegExp(source, 'iuy')),
    order,
  };
}

/**
 * The first phrase, longest first, that stands as whole words at `index`, or undefined: as a
 * regular expression with the word checks around the alternatives would find it there.
 */
function phraseAt(text: string, index: number, compiled: PhrasePattern): { matched: string; group: number } | undefined {
  if (!holdsAt(NO_WORD_BEFORE, text, index)) return undefined;
  for (const [group, phrase] of compiled.each.entries()) {
    phrase.lastIndex = index;
    const match = phrase.exec(text);
    if (match && holdsAt(NO_WORD_AFTER, text, index + match[0].length)) return { matched: match[0], group };
  }
  return undefined;
}

interface PhraseMatch {
  matched: string;
  wording: string;
  index: number;
}

/** Every place where one of the phrases stands as whole words, in reading order. */
function allPhraseMatches(text: string, compiled: PhrasePattern): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  const { anyOf } = compiled;
  if (compiled.order.length === 0) return [];
  anyOf.lastIndex = 0;
  for (let candidate = anyOf.exec(text); candidate; candidate = anyOf.exec(text)) {
    const index = candidate.index;
    const hit = phraseAt(text, index, compiled);
    // On from the next character, not past the match: a longer phrase may start inside a shorter
    // one ("important consensus reached by …" holds "consensus reached by …"); the caller keeps the longest.
    anyOf.lastIndex = index + 1;
    if (hit) found.push({ matched: hit.matched, wording: compiled.order[hit.group]!.toLowerCase(), index });
  }
  return found;
}

/** Every distinct wording of the phrases in a text, first place of each, in reading order. */
export function matchPhrases(text: string, compiled: PhrasePattern): PhraseMatch[] {
  const found = new Map<string, PhraseMatch>();
  for (const match of longestFirst(allPhraseMatches(text, compiled))) if (!found.has(match.wording)) found.set(match.wording, match);
  return [...found.values()].sort((a, b) => a.index - b.index);
}

/** The matches left when overlapping ones give way to the longer: "economy and trade", not also its "trade". */
function longestFirst<T extends PhraseMatch>(matches: readonly T[], tieBreak: (a: T, b: T) => number = () => 0): T[] {
  const taken: T[] = [];
  for (const m of [...matches].sort((a, b) => b.matched.length - a.matched.length || tieBreak(a, b) || a.index - b.index)) {
    if (!taken.some((t) => m.index < t.index + t.matched.length && t.index < m.index + m.matched.length)) taken.push(m);
  }
  return taken;
}

/** The id by which the URL contract names a sentence: "p3-s2". */
const sentenceKey = (place: SentencePlace): string => sentenceId(place.paragraph + 1, place.sentence + 1);

/** A scope's reach in a sentence: from its clause's verb to a purpose clause or the next frame. */
interface Frame {
  scope: string;
  start: number;
  end: number;
}

/** "so as to", "in order to": the purpose that follows a frame is the two countries' own again. */
const PURPOSE = /\b(?:so as to|in order to)\b/gi;

/**
 * The frames of a sentence. A scope's phrase ("within the SCO framework", "SCO member states")
 * frames its clause from the clause's verb ("strengthen cooperation with Russia within the SCO
 * framework, promote … supply chains") to the end of the sentence, a purpose clause ("so as
 * to …") or the next frame; what stands before that verb is not in the frame ("promote
 * greater synergy … and strengthen collaboration within multilateral institutions"). Where
 * one clause names two frames, the first named counts.
 */
function framesOf(sentence: string, scopes: readonly { scope: Scope; compiled: PhrasePattern }[]): Frame[] {
  const phrases = scopes
    .flatMap(({ scope, compiled }) =>
      allPhraseMatches(sentence, compiled).map((m) => ({ scope: scope.id, index: m.index, end: m.index + m.matched.length })),
    )
    .sort((a, b) => a.index - b.index);
  if (phrases.length === 0) return [];
  // A word of a frame's own phrase is no clause's verb ("states" in "SCO member states").
  const verbs = clauseVerbStarts(tagTerms(sentence)).filter((v) => !phrases.some((p) => v >= p.index && v < p.end));
  const purposes = [...sentence.matchAll(PURPOSE)].map((m) => m.index);
  const frames: Frame[] = [];
  for (const { scope, index } of phrases) {
    // A second phrase of the same frame ("the SCO member states … the organization") extends it.
    const last = frames.at(-1);
    if (last && last.scope === scope && index < last.end) continue;
    const clauseBreak = Math.max(0, ...[...sentence.slice(0, index).matchAll(/[,;:]|--/g)].map((m) => m.index + m[0].length));
    // Without a verb in its own clause, the frame starts at its clause ("Within the SCO, …").
    const start = verbs.filter((v) => v < index && v >= clauseBreak).at(-1) ?? clauseBreak;
    // Two frames in one clause ("SCO member states and the United Nations should …"): the first named counts.
    if (last && start <= last.start) continue;
    const end = Math.min(sentence.length, ...purposes.filter((p) => p > index));
    if (last && last.end > start) last.end = start;
    frames.push({ scope, start, end });
  }
  return frames;
}

/** The scope at a place of a sentence: the frame that holds it, else bilateral. */
const scopeAt = (frames: readonly Frame[], index: number): string =>
  frames.find((f) => index >= f.start && index < f.end)?.scope ?? BILATERAL.id;

/** A candidate mention in one sentence, before overlaps between topics are settled. */
interface Candidate extends PhraseMatch {
  topic: Topic;
}

/**
 * The topics' phrases in a sentence, each span of text given to one topic: where phrases of
 * two topics overlap ("Cultural Year" and "cultural"), the longer wins, then the topic listed
 * first. Each wording counts once per sentence, at its first place.
 */
function topicsInSentence(sentence: string, compiledTopics: readonly { topic: Topic; compiled: PhrasePattern }[]): Candidate[] {
  const candidates = compiledTopics.flatMap(({ topic, compiled }) =>
    allPhraseMatches(sentence, compiled).map((m): Candidate => ({ ...m, topic })),
  );
  const order = compiledTopics.map((c) => c.topic.id);
  const taken = longestFirst(candidates, (a, b) => order.indexOf(a.topic.id) - order.indexOf(b.topic.id));
  // Each wording of a topic once a sentence, at its first place.
  const once = taken.filter((c) => !taken.some((t) => t.topic.id === c.topic.id && t.wording === c.wording && t.index < c.index));
  return once.sort((a, b) => order.indexOf(a.topic.id) - order.indexOf(b.topic.id) || a.index - b.index);
}

/** Every mention of every topic in a report, in reading order, topics in the order given. */
export function findMentions(report: TopicSource, topics: readonly Topic[], scopes: readonly Scope[]): Mention[] {
  const compiledTopics = topics.map((topic) => ({ topic, compiled: phrasePattern(topic.phrases) }));
  const compiledScopes = scopes.map((scope) => ({ scope, compiled: phrasePattern(scope.phrases) }));
  const mentions: Mention[] = [];
  report.paragraphs.forEach(({ sentences, attribution }, paragraph) => {
    sentences.forEach((text, sentence) => {
      const found = topicsInSentence(text, compiledTopics);
      if (found.length === 0) return;
      const override = report.scopeOverrides?.[sentenceKey({ paragraph, sentence })];
      const frames = override === undefined ? framesOf(text, compiledScopes) : [];
      for (const { topic, matched, wording, index } of found) {
        mentions.push({
          topic: topic.id,
          paragraph,
          sentence,
          matched,
          start: index,
          wording,
          side: attribution.side,
          speaker: attribution.speaker,
          voices: attribution.speakers.map((s) => s.shortName),
          scope: override ?? scopeAt(frames, index),
        });
      }
    });
  });
  return mentions;
}

/** The sentences that mention a topic, each once, in reading order. */
export function sentencesMentioning(mentions: readonly Mention[], topic: string): Mention[] {
  const seen = new Set<string>();
  return mentions.filter((m) => {
    const key = sentenceKey(m);
    if (m.topic !== topic || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The paragraphs that mention a topic, each once with its first mention, in reading order. */
export function paragraphsMentioning(mentions: readonly Mention[], topic: string): Mention[] {
  const seen = new Set<number>();
  return mentions.filter((m) => {
    if (m.topic !== topic || seen.has(m.paragraph)) return false;
    seen.add(m.paragraph);
    return true;
  });
}

/**
 * Checks a report's scope overrides against its sentences (and the words each begins with)
 * and the known scopes; throws naming the field. Returns them as scope ids by sentence id.
 */
export function checkScopeOverrides(
  overrides: Readonly<Record<string, { scope: string; begins: string }>>,
  paragraphs: readonly { sentences: readonly string[] }[],
  scopes: readonly Scope[],
): Record<string, string> {
  const ids = [BILATERAL, ...scopes].map((s) => s.id);
  const sentences = new Map(
    paragraphs.flatMap((p, paragraph) => p.sentences.map((text, sentence) => [sentenceKey({ paragraph, sentence }), text] as const)),
  );
  for (const [id, { scope, begins }] of Object.entries(overrides)) {
    const text = sentences.get(id);
    if (text === undefined) throw new Error(`scope.${id}: there is no sentence ${id} in the report`);
    if (!ids.includes(scope)) throw new Error(`scope.${id}.scope: "${scope}" is not one of ${ids.map((s) => `"${s}"`).join(', ')}`);
    checkBegins(`scope.${id}`, `sentence ${id}`, text, begins);
  }
  return Object.fromEntries(Object.entries(overrides).map(([id, { scope }]) => [id, scope]));
}

/** Mentions grouped by who is reported as saying them, in order of first mention. */
export interface SpeakerMentions {
  /** The participant's short name ("Li"), "Both sides", or "Reporter" for the outlet's own account. */
  label: string;
  side: Side;
  mentions: Mention[];
}

export function bySpeaker(mentions: readonly Mention[]): SpeakerMentions[] {
  const groups = new Map<string, SpeakerMentions>();
  for (const mention of mentions) {
    const group = groups.get(mention.side);
    if (group) group.mentions.push(mention);
    else groups.set(mention.side, { label: sideLabel(mention), side: mention.side, mentions: [mention] });
  }
  return [...groups.values()];
}

/** The name of a mention's scope for people ("SCO-wide"), or undefined for the bilateral. */
export function scopeName(id: string, scopes: readonly Scope[]): string | undefined {
  return scopes.find((s) => s.id === id)?.name;
}
