/**
 * /meetings.json: every meeting's facts, paragraphs and analysis, and every comparison's
 * results, as one document for people who work with the data in their own tools. Its shape
 * is documented in the README and checked by a schema in the tests.
 */
import type { CooperationArea } from './compare/areas.ts';
import type { AreaFindings, PairComparison } from './compare/index.ts';
import type { SentenceRef } from './compare/parallels.ts';
import type { Meeting } from './meetings.ts';

export const EXPORT_VERSION = 1;

interface Urls {
  site: string;
  meeting: (id: string) => string;
  comparison: (first: string, second: string) => string;
}

const sentence = (meeting: Meeting, ref: SentenceRef) => ({ paragraph: `p${ref.paragraph + 1}`, sentence: ref.sentence + 1, text: ref.text, meeting: meeting.id });

function meetingData(m: Meeting, areas: readonly CooperationArea[], findings: AreaFindings, urls: Urls) {
  const found = findings.get(m.id);
  return {
    id: m.id,
    url: urls.meeting(m.id),
    title: m.title,
    titleSource: m.titleSource,
    publisher: m.publisher,
    publishedOn: m.publishedOn,
    meetingDate: m.meetingDate,
    meetingDateEvidence: { basis: m.dateEvidence.basis, quotes: m.dateEvidence.quotes },
    dateline: m.dateline?.text ?? null,
    city: m.city,
    country: m.country,
    coordinates: m.coordinates,
    meeting: { ordinal: m.meeting.ordinal, name: m.meetingName },
    participants: m.participants,
    photoCaption: m.photoCaption ?? null,
    counts: m.figures.total,
    bySide: m.figures.bySide.map((s) => ({ side: s.side, speaker: s.speaker?.name ?? null, paragraphs: s.paragraphs, sentences: s.sentences, words: s.words, share: Math.round(s.share * 1000) / 1000 })),
    areas: areas
      .filter((a) => (found?.get(a.id)?.length ?? 0) > 0)
      .map((a) => ({ id: a.id, evidence: found!.get(a.id)!.map((e) => ({ paragraph: `p${e.paragraph + 1}`, matched: e.matched })) })),
    paragraphs: m.paragraphs.map((p) => ({
      id: p.id,
      url: `${urls.meeting(m.id)}#${p.id}`,
      text: p.text,
      sentences: p.sentences,
      words: p.words,
      side: p.attribution.side,
      speaker: p.attribution.speaker?.name ?? null,
      attributedBy: p.attribution.decidedBy,
    })),
  };
}

function comparisonData(c: PairComparison, urls: Urls) {
  const places = (list: { paragraph: number }[]) => list.map((o) => `p${o.paragraph + 1}`);
  return {
    first: c.first.id,
    second: c.second.id,
    url: urls.comparison(c.first.id, c.second.id),
    recurringPhrases: c.phrases.map((p) => ({ phrase: p.phrase, asWritten: p.asWritten, words: p.length, inFirst: places(p.inFirst), inSecond: places(p.inSecond) })),
    parallelStatements: c.parallels.pairs.map((p) => ({ first: sentence(c.first, p.first), second: sentence(c.second, p.second), similarity: Math.round(p.similarity * 1000) / 1000 })),
    areasOnlyInFirst: c.areasOnlyInFirst.map((a) => a.id),
    areasOnlyInSecond: c.areasOnlyInSecond.map((a) => a.id),
  };
}

export function meetingsDocument(input: { meetings: Meeting[]; areas: CooperationArea[]; findings: AreaFindings; pairs: PairComparison[] }, urls: Urls) {
  return {
    version: EXPORT_VERSION,
    site: urls.site,
    meetings: input.meetings.map((m) => meetingData(m, input.areas, input.findings, urls)),
    cooperationAreas: input.areas,
    comparisons: input.pairs.map((c) => comparisonData(c, urls)),
  };
}
