/**
 * Topics: the cooperation areas and the political formulae of the curated data files
 * (content/cooperation-areas.yaml, content/formulae.yaml), found in a report sentence by
 * sentence. Each mention knows who is reported as saying it (the paragraph's attribution) and
 * at what level: bilateral, or one of the scopes of content/scopes.yaml ("SCO-wide",
 * "Multilateral"), by the phrases of the sentence it stands in.
 */
import type { Attribution, Side, Speaker } from './attribution.ts';
import { sentenceId } from '../paths.ts';
import { escapeRegExp } from '../text.ts';

export interface Topic {
  id: string;
  name: string;
  /** A cooperation area ("Energy") or a political formula ("Strategic coordination"). */
  kind: 'area' | 'formula';
  /** The phrases that signal the topic: whole words, any case. */
  phrases: string[];
  /** The phrases are wordings of one thing: a change from one to another is a finding. */
  variants: boolean;
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

/** Every distinct wording of the phrases in a text, first place of each, in reading order. */
export function matchPhrases(text: string, compiled: PhrasePattern): { matched: string; wording: string; index: number }[] {
  const found = new Map<string, { matched: string; wording: string; index: number }>();
  const { anyOf } = compiled;
  if (compiled.order.length === 0) return [];
  anyOf.lastIndex = 0;
  for (let candidate = anyOf.exec(text); candidate; candidate = anyOf.exec(text)) {
    const index = candidate.index;
    const hit = phraseAt(text, index, compiled);
    // Past a whole-word phrase, as a match consumes it; else on from the next character.
    anyOf.lastIndex = hit ? index + hit.matched.length : index + 1;
    if (!hit) continue;
    const wording = compiled.order[hit.group]!.toLowerCase();
    if (!found.has(wording)) found.set(wording, { matched: hit.matched, wording, index });
  }
  return [...found.values()];
}

/** The id by which the URL contract names a sentence: "p3-s2". */
const sentenceKey = (place: SentencePlace): string => sentenceId(place.paragraph + 1, place.sentence + 1);

/**
 * The scope of a sentence: its override; else the scope whose phrase comes first in it (the
 * frame the sentence names first: "within the United Nations, the SCO, BRICS" is
 * multilateral), whatever the order of the data file; else bilateral.
 */
function scopeOfSentence(
  sentence: string,
  place: SentencePlace,
  scopes: readonly { scope: Scope; compiled: PhrasePattern }[],
  overrides: Readonly<Record<string, string>>,
): string {
  const override = overrides[sentenceKey(place)];
  if (override !== undefined) return override;
  let first: { id: string; index: number } | undefined;
  for (const { scope, compiled } of scopes) {
    const index = matchPhrases(sentence, compiled)[0]?.index;
    if (index !== undefined && (!first || index < first.index)) first = { id: scope.id, index };
  }
  return first?.id ?? BILATERAL.id;
}

/** Every mention of every topic in a report, in reading order, topics in the order given. */
export function findMentions(report: TopicSource, topics: readonly Topic[], scopes: readonly Scope[]): Mention[] {
  const compiledTopics = topics.map((topic) => ({ topic, compiled: phrasePattern(topic.phrases) }));
  const compiledScopes = scopes.map((scope) => ({ scope, compiled: phrasePattern(scope.phrases) }));
  const mentions: Mention[] = [];
  report.paragraphs.forEach(({ sentences, attribution }, paragraph) => {
    sentences.forEach((text, sentence) => {
      let scope: string | undefined;
      for (const { topic, compiled } of compiledTopics) {
        for (const { matched, wording, index } of matchPhrases(text, compiled)) {
          scope ??= scopeOfSentence(text, { paragraph, sentence }, compiledScopes, report.scopeOverrides ?? {});
          mentions.push({
            topic: topic.id,
            paragraph,
            sentence,
            matched,
            start: index,
            wording,
            side: attribution.side,
            speaker: attribution.speaker,
            scope,
          });
        }
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

/** Checks a report's scope overrides against its sentences and the known scopes; throws naming the field. */
export function checkScopeOverrides(
  overrides: Readonly<Record<string, string>>,
  paragraphs: readonly { sentences: readonly string[] }[],
  scopes: readonly Scope[],
): void {
  const ids = [BILATERAL, ...scopes].map((s) => s.id);
  const sentences = new Set(paragraphs.flatMap((p, paragraph) => p.sentences.map((_, sentence) => sentenceKey({ paragraph, sentence }))));
  for (const [id, scope] of Object.entries(overrides)) {
    if (!sentences.has(id)) throw new Error(`scope.${id}: there is no sentence ${id} in the report`);
    if (!ids.includes(scope)) throw new Error(`scope.${id}: "${scope}" is not one of ${ids.map((s) => `"${s}"`).join(', ')}`);
  }
}

/** Mentions grouped by who is reported as saying them, in order of first mention. */
export interface SpeakerMentions {
  /** The participant's short name ("Li"), or "Narrative" for the outlet's own account. */
  label: string;
  side: Side;
  mentions: Mention[];
}

export function bySpeaker(mentions: readonly Mention[]): SpeakerMentions[] {
  const groups = new Map<string, SpeakerMentions>();
  for (const mention of mentions) {
    const group = groups.get(mention.side);
    if (group) group.mentions.push(mention);
    else groups.set(mention.side, { label: mention.speaker?.shortName ?? 'Narrative', side: mention.side, mentions: [mention] });
  }
  return [...groups.values()];
}

/** The name of a mention's scope for people ("SCO-wide"), or undefined for the bilateral. */
export function scopeName(id: string, scopes: readonly Scope[]): string | undefined {
  return scopes.find((s) => s.id === id)?.name;
}
