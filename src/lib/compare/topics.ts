/**
 * Topics: the cooperation areas and the political formulae of the curated data files
 * (content/cooperation-areas.yaml, content/formulae.yaml), found in a report sentence by
 * sentence. Each mention knows who is reported as saying it (the paragraph's attribution) and
 * at what level: bilateral, or one of the scopes of content/scopes.yaml ("SCO-wide",
 * "Multilateral"), by the frame of the clause that holds it.
 */
import { attributionAt, sideLabel, type Attribution, type Side, type Speaker } from '../attribution.ts';
import { framesOf, levelAt, type Scope } from './levels.ts';
import { compilePhrases, findPhrases, longestFirst, namesTheCouncil, type PhraseMatch, type PhraseSet } from './match.ts';
import { verbForms } from '../nlp.ts';
import { sentenceId } from '../paths.ts';

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
  /**
   * The wider topics it is part of (a Culture Year is culture and people-to-people exchange):
   * each of its mentions is one of theirs too, marked as coming through it.
   */
  parents?: readonly string[] | undefined;
  /** The wider topics it is part of at a level, by the level's id: close coordination at the SCO is coordination in a multilateral body. */
  parentsAtLevel?: Readonly<Record<string, readonly string[]>> | undefined;
}

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
  /** False where the clause stands in its frame with doubt ("SCO-wide?"): the grammar does not plainly carry it there. */
  scopeCertain: boolean;
  /** For a mention of a parent topic: the topic whose phrase it is ("culture-years"). */
  via?: string | undefined;
}

/** A report as the topic finder reads it. */
export interface TopicSource {
  paragraphs: readonly { sentences: readonly string[]; attribution: Attribution }[];
  /** Scope set by hand for a sentence, by its id ("p1-s1"), where the rule is wrong. */
  scopeOverrides?: Readonly<Record<string, string>> | undefined;
}

/** The id by which the URL contract names a sentence: "p3-s2". */
export const sentenceKey = (place: SentencePlace): string => sentenceId(place.paragraph + 1, place.sentence + 1);

/** Two or more capitalised words in a row: a name ("Testville Connectivity Forum", "SCO Development Bank"). */
function nameSpans(sentence: string): { start: number; end: number }[] {
  const word = String.raw`\p{Lu}[\p{L}\p{N}'’-]*`;
  const name = new RegExp(`${word}(?:\\s+(?:(?:of|and|for|on|the)\\s+)*${word})+`, 'gu');
  return [...sentence.matchAll(name)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/**
 * A common word of a list ("connectivity", "bank") written as part of a name is the name's,
 * not the topic's: the Testville Connectivity Forum is not connectivity. A list's own name
 * ("Belt and Road Forum", "BRICS") is matched as it stands.
 */
const partOfAName = (match: PhraseMatch, names: readonly { start: number; end: number }[]): boolean =>
  match.listed === match.listed.toLowerCase() &&
  /^\p{Lu}/u.test(match.matched) &&
  names.some((n) => match.index >= n.start && match.end <= n.end);

/**
 * A phrase the sentence says is not mentioned ("neither readout mentions a multipolar world",
 * "made no mention of the SCO", "without mentioning energy", "the omission of multipolarity",
 * "there was no word on the pipeline", "Nor did the pipeline make it into the readout"), up to
 * a "but" or "while": an analyst's note of an absence is no mention.
 */
const NOT_MENTIONED =
  /(?:\b(?:neither|nor|not|no|never|without)\b(?:\s+\S+){0,3}?\s+(?:mention|mentions|mentioned|mentioning|refer|refers|referred|referring|cite|cites|cited|raise|raises|raised)\b|\bmade\s+no\s+mention\s+of\b|\b(?:omission|absence)\s+of\b|\bomit(?:s|ted|ting)?\b|\bno\s+(?:word|reference)s?\s+(?:on|about|of|to)\b|\bnot\s+a\s+(?:word|mention)\b|\bsaid\s+nothing\s+(?:about|on|of)\b|\bsilen(?:t|ce)\s+(?:on|about|over)\b|^\s*nor\s+(?:did|does|was|were|is|are|had)\b)(?:(?!\b(?:but|while|whereas|however)\b)[^.;])*$/i;

/** What follows a phrase to say it went unsaid: "Oil and gas went unmentioned", "the pipeline was absent from both readouts". */
const NOT_MENTIONED_AFTER =
  /^(?:,\s+which)?[^.;,]{0,60}?\b(?:was|were|is|are|went|remained|stayed)\s+(?:not\s+(?:mentioned|raised|discussed|cited|addressed)|unmentioned|unaddressed|absent\s+from|missing\s+from|left\s+out)\b/i;

/**
 * The words that name a source after "according to", a few words short of the clause's end
 * ("according to Russia's state nuclear corporation Rosatom", "according to the Ministry of
 * Agriculture"): whom the reporter cites, not what anyone raised.
 */
const NAMES_A_SOURCE = /\baccording\s+to(?:\s+[^\s,.;:()"“”]+){0,5}\s+$/iu;

/** A source's name, if any, and its verb after a phrase: "state broadcaster CCTV said", "the Trade Ministry reported", "the journalist asked". */
const BEFORE_A_SOURCES_VERB =
  /^(?:\s+\p{Lu}[\p{L}\d-]*){0,3}\s+(?:said|says|reported|reports|quoted|cited|wrote|writes|showed|aired|asked|asks)\b/u;

/** Whom a participant spoke to, right before a phrase: "told journalists", "briefed Chinese reporters", "speaking to the media". */
const TO_AN_AUDIENCE = new RegExp(
  `\\b(?:${['tell', 'brief', 'address', 'say to', 'speak to', 'talk to'].flatMap(verbForms).join('|')})\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,2}$`,
  'iu',
);

/**
 * Whether words of a sentence (from `start` to `end`) raise nothing: the sentence says they went
 * unsaid, before or after them, or they name a source the reporter cites or whom a speaker told. Topics and the
 * phrases no list names both read it.
 */
export const raisesNothing = (sentence: string, start: number, end: number): boolean =>
  NAMES_A_SOURCE.test(sentence.slice(0, start)) ||
  BEFORE_A_SOURCES_VERB.test(sentence.slice(end)) ||
  TO_AN_AUDIENCE.test(sentence.slice(0, start)) ||
  NOT_MENTIONED.test(sentence.slice(0, start)) ||
  NOT_MENTIONED_AFTER.test(sentence.slice(end));

/** A candidate mention in one sentence, before overlaps between topics are settled. */
interface Candidate extends PhraseMatch {
  topic: Topic;
}

/**
 * The topics' phrases in a sentence, each span of text given to one topic: where phrases of
 * two topics overlap ("Cultural Year" and "cultural"), the longer wins, then the topic listed
 * first. Each wording counts once per sentence, at its first place.
 */
function topicsInSentence(sentence: string, compiledTopics: readonly { topic: Topic; phrases: PhraseSet }[]): Candidate[] {
  const names = nameSpans(sentence);
  const candidates = compiledTopics
    .flatMap(({ topic, phrases }) => findPhrases(sentence, phrases).map((m): Candidate => ({ ...m, topic })))
    .filter((c) => !partOfAName(c, names) && !namesTheCouncil(c, sentence) && !raisesNothing(sentence, c.index, c.end));
  const order = compiledTopics.map((c) => c.topic.id);
  // Two topics' phrases that only share a word each count ("closer coordination within the SCO": close coordination, and
  // coordination within a body); one inside another, or two of one topic, give way to the longer.
  const taken = longestFirst(
    candidates,
    (a, b) => order.indexOf(a.topic.id) - order.indexOf(b.topic.id),
    (a, b) => a.topic.id !== b.topic.id,
  );
  // Each wording of a topic once a sentence, at its first place.
  const once = taken.filter((c) => !taken.some((t) => t.topic.id === c.topic.id && t.wording === c.wording && t.index < c.index));
  return once.sort((a, b) => order.indexOf(a.topic.id) - order.indexOf(b.topic.id) || a.index - b.index);
}

/**
 * Every mention of every topic in a report, in reading order, topics in the order given. A
 * topic whose theme is a scope (the Shanghai Spirit, BRICS) is always at that level; a topic's
 * mention is also one of each of its parents.
 */
export function findMentions(report: TopicSource, topics: readonly Topic[], scopes: readonly Scope[]): Mention[] {
  const compiledTopics = topics.map((topic) => ({ topic, phrases: compilePhrases(topic.phrases) }));
  const compiledScopes = scopes.map((scope) => ({ scope, phrases: compilePhrases(scope.phrases) }));
  const scopeIds = new Set(scopes.map((s) => s.id));
  const mentions: Mention[] = [];
  report.paragraphs.forEach(({ sentences, attribution }, paragraph) => {
    sentences.forEach((text, sentence) => {
      const found = topicsInSentence(text, compiledTopics);
      if (found.length === 0) return;
      const override = report.scopeOverrides?.[sentenceKey({ paragraph, sentence })];
      const frames = override === undefined ? framesOf(text, compiledScopes) : [];
      for (const { topic, matched, wording, index } of found) {
        const level = scopeIds.has(topic.theme)
          ? { scope: topic.theme, certain: true }
          : override !== undefined
            ? { scope: override, certain: true }
            : levelAt(frames, index);
        // Another person's words (a host, an expert) are neither side's nor the reporter's: they say the topic is in the
        // report, but give it to no participant (side "other", no voices).
        const who = attributionAt(attribution, sentence, text, index);
        const mention: Mention = {
          topic: topic.id,
          paragraph,
          sentence,
          matched,
          start: index,
          wording,
          side: who.side,
          speaker: who.speaker,
          voices: who.speakers.map((s) => s.shortName),
          scope: level.scope,
          scopeCertain: level.certain,
        };
        // A level held with doubt ("SCO-wide?") makes it part of no wider topic at that level.
        const parents = [...(topic.parents ?? []), ...((level.certain && topic.parentsAtLevel?.[level.scope]) || [])];
        mentions.push(mention, ...parents.map((parent) => ({ ...mention, topic: parent, via: topic.id })));
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
