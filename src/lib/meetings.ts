/**
 * A meeting as the pages show it: the frontmatter's facts joined with what the report's
 * text says (paragraphs, sentences, words, dateline, the evidence for the date), and the
 * order of meetings on the timeline. Plain data in, plain data out.
 */
import { intervalBetween, type Interval } from './dates.ts';
import { checkMeetingDate, parseDateline, type Dateline, type MeetingDateEvidence } from './meeting-date.ts';
import type { ReportBlock, ReportModel } from './report-model.ts';
import { countWords, splitSentences } from './text.ts';

export const PUBLISHERS = ['China Daily', 'Xinhua'] as const;
export type Publisher = (typeof PUBLISHERS)[number];

export interface Participant {
  name: string;
  office: string;
  country: string;
}

/** What a content file's frontmatter states, after the schema has checked it. */
export interface MeetingFacts {
  /** The entry id, which is the URL slug: "2024-islamabad". */
  id: string;
  title: string;
  /** "publisher": the headline as printed; "site": the paper printed none, this site supplied one. */
  titleSource: 'publisher' | 'site';
  publisher: Publisher;
  publishedOn: string;
  meetingDate: string;
  city: string;
  country: string;
  meeting: { ordinal: number; name: string };
  participants: Participant[];
  photoCaption?: string | undefined;
}

export interface Paragraph extends ReportBlock {
  kind: 'paragraph';
  sentences: string[];
  words: number;
}

export interface Meeting extends MeetingFacts {
  /** "23rd Meeting of the Council of Heads of Government of …" */
  meetingName: string;
  /** Paragraphs and headings in the order of the report. */
  blocks: (Paragraph | ReportBlock)[];
  paragraphs: Paragraph[];
  openingSentence: string;
  dateline: Dateline | null;
  dateEvidence: MeetingDateEvidence;
  wordCount: number;
  sentenceCount: number;
}

const ordinalRules = new Intl.PluralRules('en', { type: 'ordinal' });
const ORDINAL_SUFFIX: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

/** 1 → "1st", 22 → "22nd", 23 → "23rd", 11 → "11th". */
export function ordinal(n: number): string {
  return `${n}${ORDINAL_SUFFIX[ordinalRules.select(n)] ?? 'th'}`;
}

function toParagraph(block: ReportBlock): Paragraph | ReportBlock {
  if (block.kind !== 'paragraph') return block;
  return { ...block, kind: 'paragraph', sentences: splitSentences(block.text), words: countWords(block.text) };
}

const isParagraph = (block: Paragraph | ReportBlock): block is Paragraph => block.kind === 'paragraph';

/** Joins facts and text. Throws an Error if the text contradicts the meeting date. */
export function buildMeeting(facts: MeetingFacts, report: ReportModel): Meeting {
  const blocks = report.blocks.map(toParagraph);
  const paragraphs = blocks.filter(isParagraph);
  const first = paragraphs[0];
  if (!first) throw new Error('the report has no paragraphs');
  const fullText = paragraphs.map((p) => p.text).join('\n\n');
  return {
    ...facts,
    meetingName: `${ordinal(facts.meeting.ordinal)} ${facts.meeting.name}`,
    blocks,
    paragraphs,
    openingSentence: first.sentences[0] ?? first.text,
    dateline: parseDateline(first.text),
    dateEvidence: checkMeetingDate({
      meetingDate: facts.meetingDate,
      publishedOn: facts.publishedOn,
      firstParagraph: first.text,
      text: fullText,
    }),
    wordCount: paragraphs.reduce((sum, p) => sum + p.words, 0),
    sentenceCount: paragraphs.reduce((sum, p) => sum + p.sentences.length, 0),
  };
}

/** Oldest first; meetings on the same day keep a stable order by id. */
export function byMeetingDate<T extends Pick<MeetingFacts, 'meetingDate' | 'id'>>(meetings: readonly T[]): T[] {
  return [...meetings].sort((a, b) => a.meetingDate.localeCompare(b.meetingDate) || a.id.localeCompare(b.id));
}

export interface TimelineEntry<T> {
  meeting: T;
  previous: T | undefined;
  next: T | undefined;
  /** The gap since the previous meeting; undefined for the first. */
  sincePrevious: Interval | undefined;
}

/** Each meeting in date order with its neighbours and the gap since the one before. */
export function timeline<T extends Pick<MeetingFacts, 'meetingDate' | 'id'>>(meetings: readonly T[]): TimelineEntry<T>[] {
  const ordered = byMeetingDate(meetings);
  return ordered.map((meeting, index) => {
    const previous = ordered[index - 1];
    return {
      meeting,
      previous,
      next: ordered[index + 1],
      sincePrevious: previous ? intervalBetween(previous.meetingDate, meeting.meetingDate) : undefined,
    };
  });
}
