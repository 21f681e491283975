/**
 * The comparison of two reports, computed once from their data and the curated topics: what
 * changed, ranked into findings, the phrases no list names, parallel statements, shared
 * phrases. Also what spans every meeting: each
 * meeting's mentions of the topics, and the consecutive pairs that each get a comparison.
 */
import { NEWS_OUTLETS } from '../news-outlets.ts';
import { pairLabels, placeAndYear, type Meeting } from '../meetings.ts';
import { headline, summaryGroups, summaryLine, type SummaryLine } from './summary.ts';
import { whatChanged, type Changes } from './changes.ts';
import { countryWords } from '../countries.ts';
import { rankFindings, themeIn, type FindingGroup } from './findings.ts';
import { documentFrequencies, novelPhrases, wordsOf, type Novelty } from './novelty.ts';
import { parallelStatements, type Parallels } from './parallels.ts';
import { sharedPhrases, type SharedPhrase } from './phrases.ts';
import { compilePhrases, matchPhrases } from './match.ts';
import { findMentions, type Mention, type Theme, type Topic } from './topics.ts';
import type { Scope } from './levels.ts';
import { pairMatrix, type PairRow, type RowGroup } from './matrix.ts';

/** A shared phrase, and whether it carries a tracked topic or is the stock wording of news copy. */
interface RecurringPhrase extends SharedPhrase {
  substantive: boolean;
}

export interface PairComparison {
  first: Meeting;
  second: Meeting;
  changes: Changes;
  /** The noun phrases no curated topic covers that only the second (added) or only the first (dropped) report has. */
  novelties: { added: Novelty[]; dropped: Novelty[] };
  /** The changes and novelties grouped by theme and kind, heaviest first: the summary is the first few. */
  findings: FindingGroup[];
  /** The answer in sentences: the headline, then a line for each of the heaviest groups. */
  summary: { headline: string[]; lines: SummaryLine[] };
  /** Every topic and phrase no list names, grouped by what became of it, with who raised it where. */
  matrix: RowGroup<PairRow>[];
  /** Substantive phrases first, each group longest first. */
  phrases: RecurringPhrase[];
  parallels: Parallels;
}

/** Meeting id → every mention of a topic in its report. */
export type MentionsByMeeting = Map<string, Mention[]>;

/** Each meeting's mentions; `scopeOverrides` are the reports' checked scope overrides (scope ids by sentence id), by meeting id. */
export function mentionsByMeeting(
  meetings: readonly Meeting[],
  topics: readonly Topic[],
  scopes: readonly Scope[],
  scopeOverrides: ReadonlyMap<string, Readonly<Record<string, string>>> = new Map(),
): MentionsByMeeting {
  return new Map(
    meetings.map((m) => [m.id, findMentions({ paragraphs: m.paragraphs, scopeOverrides: scopeOverrides.get(m.id) }, topics, scopes)]),
  );
}

/** Shared phrases that hold a phrase of a tracked topic come first; the rest is stock wording. */
function rankPhrases(phrases: readonly SharedPhrase[], topics: readonly Topic[]): RecurringPhrase[] {
  const anyTopic = compilePhrases(topics.flatMap((t) => t.phrases));
  const ranked = phrases.map((phrase) => ({ ...phrase, substantive: matchPhrases(phrase.asWritten, anyTopic).length > 0 }));
  return [...ranked.filter((p) => p.substantive), ...ranked.filter((p) => !p.substantive)];
}

/** What a pair's comparison reads beyond its two reports: the meetings before them, and the words of all reports. */
export interface PairContext {
  topics: readonly Topic[];
  scopes: readonly Scope[];
  themes: readonly Theme[];
  mentions: MentionsByMeeting;
  /** Every meeting, oldest first: those before the pair are its history ("back"); with the pair, the words' rarity. */
  meetings: readonly Meeting[];
}

/** Words that name who and where, never news on their own: the participants, their countries by any name, the city, the outlets. */
const namesOf = (meeting: Meeting): string[] => [
  meeting.city,
  meeting.country,
  meeting.publisher,
  meeting.meeting.name,
  ...NEWS_OUTLETS,
  ...meeting.participants.flatMap((p) => [p.name, p.shortName, ...countryWords(p.country), p.office]),
];

export function comparePair(first: Meeting, second: Meeting, context: PairContext): PairComparison {
  const { topics, mentions, meetings } = context;
  const firstMentions = mentions.get(first.id) ?? [];
  const secondMentions = mentions.get(second.id) ?? [];
  const phrases = rankPhrases(sharedPhrases(first.paragraphs, second.paragraphs), topics);
  const before = meetings.slice(0, Math.max(0, meetings.indexOf(first)));
  const history = before.map((m) => ({ id: m.id, topics: new Set((mentions.get(m.id) ?? []).map((x) => x.topic)) }));
  const changes = whatChanged(
    topics,
    { mentions: firstMentions, publisher: first.publisher },
    { mentions: secondMentions, publisher: second.publisher },
    history,
  );
  // Rarity is read over the pair and the meetings before it, never later ones: a meeting added
  // later changes nothing on an earlier pair's page.
  const upToSecond = meetings.slice(0, meetings.indexOf(second) + 1);
  const novelty = {
    names: [...namesOf(first), ...namesOf(second)],
    frequencies: documentFrequencies(upToSecond.map((m) => wordsOf(m.paragraphs))),
    reportCount: upToSecond.length,
    topicPhrases: topics.flatMap((t) => t.phrases),
  };
  const novelties = {
    added: novelPhrases({ paragraphs: second.paragraphs, mentions: secondMentions }, first, novelty, 'second'),
    dropped: novelPhrases({ paragraphs: first.paragraphs, mentions: firstMentions }, second, novelty, 'first'),
  };
  const words = { first: first.wordCount, second: second.wordCount };
  const findings = rankFindings(changes.topics, { novelties, themes: context.themes, words });
  const summaryContext = {
    labels: pairLabels(first, second),
    meetingName: (id: string) => placeAndYear(meetings.find((m) => m.id === id)!),
    spansIn: (report: 'first' | 'second', paragraph: number, sentence: number) =>
      (report === 'first' ? firstMentions : secondMentions)
        .filter((m) => m.paragraph === paragraph && m.sentence === sentence && m.via === undefined)
        .map((m) => ({ start: m.start, end: m.start + m.matched.length })),
    words,
    // Each topic a report raises, in the theme the ranking gives it by that report's mentions.
    themeTopics: (report: 'first' | 'second', theme: string) =>
      changes.topics.filter((c) => c[report].length > 0 && themeIn(c, c[report], context.themes)?.id === theme).length,
  };
  const sentenceOf = (report: 'first' | 'second', paragraph: number, sentence: number) =>
    (report === 'first' ? first : second).paragraphs[paragraph]!.sentences[sentence]!;
  return {
    first,
    second,
    changes,
    novelties,
    findings,
    summary: {
      headline: headline(changes.topics, findings, summaryContext),
      lines: summaryGroups(findings).map((group) => summaryLine(group, summaryContext, sentenceOf)),
    },
    matrix: pairMatrix({
      changes: changes.topics,
      findings,
      reports: { first, second },
      scopes: context.scopes,
      meetingName: summaryContext.meetingName,
    }),
    phrases,
    parallels: parallelStatements(first.paragraphs, second.paragraphs, { first: firstMentions, second: secondMentions }),
  };
}

/** Each meeting with the one after it, oldest first: n meetings make n − 1 pairs. */
export function consecutivePairs<T>(ordered: readonly T[]): [T, T][] {
  return ordered.slice(1).map((next, index) => [ordered[index]!, next]);
}
