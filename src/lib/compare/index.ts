/**
 * The comparison of two reports, computed once from their data: shared phrases, parallel
 * statements, cooperation areas and figures. Also what spans every meeting: the matrix of
 * areas, and the consecutive pairs that each get a comparison.
 */
import type { Meeting } from '../meetings.ts';
import { areasOnlyIn, findAreas, type AreaEvidence, type CooperationArea } from './areas.ts';
import { segmentText, type Segment } from './marks.ts';
import { parallelStatements, type Parallels } from './parallels.ts';
import { sharedPhrases, type Occurrence, type SharedPhrase } from './phrases.ts';

export interface PairComparison {
  first: Meeting;
  second: Meeting;
  phrases: SharedPhrase[];
  parallels: Parallels;
  /** Each report's paragraphs cut into runs, shared phrases marked by their index in `phrases`. */
  markedParagraphs: { first: Segment[][]; second: Segment[][] };
  areasOnlyInFirst: CooperationArea[];
  areasOnlyInSecond: CooperationArea[];
}

/** Area id → the meeting's evidence for it, per meeting id. */
export type AreaFindings = Map<string, Map<string, AreaEvidence[]>>;

export function areaFindings(meetings: readonly Meeting[], areas: readonly CooperationArea[]): AreaFindings {
  return new Map(meetings.map((m) => [m.id, findAreas(m.paragraphs, areas)]));
}

function markParagraphs(meeting: Meeting, phrases: readonly SharedPhrase[], side: 'inFirst' | 'inSecond'): Segment[][] {
  const ranges = phrases.flatMap((phrase, mark) => phrase[side].map((o: Occurrence) => ({ ...o, mark })));
  return meeting.paragraphs.map((paragraph, index) =>
    segmentText(paragraph.text, ranges.filter((r) => r.paragraph === index)),
  );
}

export function comparePair(first: Meeting, second: Meeting, areas: readonly CooperationArea[], findings: AreaFindings): PairComparison {
  const phrases = sharedPhrases(first.paragraphs, second.paragraphs);
  const firstAreas = findings.get(first.id) ?? new Map();
  const secondAreas = findings.get(second.id) ?? new Map();
  return {
    first,
    second,
    phrases,
    parallels: parallelStatements(first.paragraphs, second.paragraphs),
    markedParagraphs: { first: markParagraphs(first, phrases, 'inFirst'), second: markParagraphs(second, phrases, 'inSecond') },
    areasOnlyInFirst: areasOnlyIn(areas, firstAreas, secondAreas),
    areasOnlyInSecond: areasOnlyIn(areas, secondAreas, firstAreas),
  };
}

/** Each meeting with the one after it, oldest first: n meetings make n − 1 pairs. */
export function consecutivePairs<T>(ordered: readonly T[]): [T, T][] {
  return ordered.slice(1).map((next, index) => [ordered[index]!, next]);
}
