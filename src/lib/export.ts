/**
 * /meetings.json: every meeting's facts, paragraphs and analysis, and every comparison's
 * results, as one document for people who work with the data in their own tools. Its shape
 * is documented in docs/export.md and checked by a schema in the tests.
 */
import type { Shift } from './compare/changes.ts';
import type { MentionsByMeeting, PairComparison } from './compare/index.ts';
import type { SentenceRef } from './compare/parallels.ts';
import { plainText } from './compare/summary.ts';
import { paragraphsMentioning, type Mention, type Theme, type Topic } from './compare/topics.ts';
import type { Scope } from './compare/levels.ts';
import type { Meeting } from './meetings.ts';
import { paragraphId, sentenceId } from './paths.ts';

const EXPORT_VERSION = 2;

interface Urls {
  site: string;
  meeting: (id: string) => string;
  comparison: (first: string, second: string) => string;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

const sentence = (meeting: Meeting, ref: SentenceRef) => ({
  paragraph: paragraphId(ref.paragraph + 1),
  sentence: ref.sentence + 1,
  text: ref.text,
  meeting: meeting.id,
});

const mentionData = (m: Mention, url: string) => ({
  topic: m.topic,
  paragraph: paragraphId(m.paragraph + 1),
  sentence: m.sentence + 1,
  url: `${url}#${sentenceId(m.paragraph + 1, m.sentence + 1)}`,
  matched: m.matched,
  wording: m.wording,
  speaker: m.speaker?.name ?? null,
  scope: m.scope,
  scopeCertain: m.scopeCertain,
  via: m.via ?? null,
});

function meetingData(m: Meeting, topics: readonly Topic[], mentions: readonly Mention[], urls: Urls) {
  const url = urls.meeting(m.id);
  return {
    id: m.id,
    url,
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
    bySide: m.figures.bySide.map((s) => ({
      side: s.side,
      speaker: s.speaker?.name ?? null,
      paragraphs: s.paragraphs,
      sentences: s.sentences,
      words: s.words,
      share: round(s.share),
    })),
    areas: topics
      .filter((t) => t.kind === 'area')
      .map((t) => ({
        id: t.id,
        evidence: paragraphsMentioning(mentions, t.id).map((e) => ({ paragraph: paragraphId(e.paragraph + 1), matched: e.matched })),
      }))
      .filter((a) => a.evidence.length > 0),
    mentions: mentions.map((mention) => mentionData(mention, url)),
    paragraphs: m.paragraphs.map((p) => ({
      id: p.id,
      url: `${url}#${p.id}`,
      text: p.text,
      sentences: p.sentences,
      words: p.words,
      side: p.attribution.side,
      speaker: p.attribution.speaker?.name ?? null,
      attributedBy: p.attribution.decidedBy,
    })),
    speakerGaps: m.speakerGaps.map((g) => g.id),
  };
}

/** A shift as data: its kind and what moved, with wordings as the data files' phrases. */
const shiftData = (shift: Shift) =>
  shift.kind === 'reworded'
    ? { kind: shift.kind, first: shift.first.map((w) => w.wording), second: shift.second.map((w) => w.wording) }
    : shift;

function comparisonData(c: PairComparison, urls: Urls) {
  const places = (list: { paragraph: number }[]) => list.map((o) => paragraphId(o.paragraph + 1));
  const { changes } = c;
  const novelty = (n: PairComparison['novelties']['added'][number]) => ({
    text: n.text,
    paragraph: paragraphId(n.paragraph + 1),
    sentence: n.sentence + 1,
  });
  return {
    first: c.first.id,
    second: c.second.id,
    url: urls.comparison(c.first.id, c.second.id),
    reports: {
      first: { words: c.first.wordCount, outlet: c.first.publisher },
      second: { words: c.second.wordCount, outlet: c.second.publisher },
    },
    summary: { headline: c.summary.headline, lines: c.summary.lines.map((line) => plainText(line.parts)) },
    changes: {
      topics: changes.topics.map((t) => ({
        topic: t.topic.id,
        status: t.status,
        shifts: t.shifts.map(shiftData),
        ...(t.lastSeen ? { lastSeen: t.lastSeen } : {}),
      })),
      outletsDiffer: changes.outlets !== undefined,
    },
    findings: c.findings.map((g) => ({
      id: g.id,
      kind: g.kind,
      theme: g.theme?.id ?? null,
      score: round(g.score),
      items: g.items.map((i) => (i.type === 'topic' ? { topic: i.change.topic.id } : { phrase: i.novelty.text })),
    })),
    notInTheLists: { added: c.novelties.added.map(novelty), dropped: c.novelties.dropped.map(novelty) },
    recurringPhrases: c.phrases.map((p) => ({
      phrase: p.phrase,
      asWritten: p.asWritten,
      words: p.length,
      substantive: p.substantive,
      inFirst: places(p.inFirst),
      inSecond: places(p.inSecond),
    })),
    parallelStatements: c.parallels.pairs.map((p) => ({
      first: sentence(c.first, p.first),
      second: sentence(c.second, p.second),
      similarity: round(p.similarity),
      sharedTopics: p.sharedTopics,
    })),
  };
}

export function meetingsDocument(
  input: { meetings: Meeting[]; topics: Topic[]; scopes: Scope[]; themes: Theme[]; mentions: MentionsByMeeting; pairs: PairComparison[] },
  urls: Urls,
) {
  const curated = (kind: Topic['kind']) =>
    input.topics
      .filter((t) => t.kind === kind)
      .map(({ id, name, theme, weight, phrases, variants, parents }) => ({
        id,
        name,
        theme,
        weight,
        phrases,
        variants,
        parents: parents ?? [],
      }));
  return {
    version: EXPORT_VERSION,
    site: urls.site,
    meetings: input.meetings.map((m) => meetingData(m, input.topics, input.mentions.get(m.id) ?? [], urls)),
    cooperationAreas: curated('area'),
    formulae: curated('formula'),
    scopes: input.scopes,
    themes: input.themes,
    comparisons: input.pairs.map((c) => comparisonData(c, urls)),
  };
}
