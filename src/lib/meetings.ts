/**
 * A meeting as the pages show it: the frontmatter's facts joined with what the report's
 * text says (paragraphs, sentences, words, dateline, the evidence for the date), and the
 * order of meetings on the timeline. Plain data in, plain data out.
 */
import { attributeParagraphs, speakerGaps, type Attribution, type SpeakerGap, type Speaker } from './attribution.ts';
import { figuresOf, type Figures } from './figures.ts';
import { intervalBetween, yearOf, type Interval } from './dates.ts';
import { parseDateline, type Dateline } from './dateline.ts';
import { checkMeetingDate, checkPlaceAndOrdinal, type MeetingDateEvidence } from './meeting-date.ts';
import type { ReportBlock, ReportModel } from './report-model.ts';
import { countWords, readText } from './text.ts';
import { checkAttributionOverrides } from './markdown/report-checks.ts';

/** A participant: full name, the short name the report uses ("Li"), office and country. */
type Participant = Speaker;

/** What a content file's frontmatter states, after the schema has checked it. */
export interface MeetingFacts {
  /** The entry id, which is the URL slug: "2024-islamabad". */
  id: string;
  title: string;
  /** "publisher": the headline as printed; "site": the paper printed none, this site supplied one. */
  titleSource: 'publisher' | 'site';
  /** The outlet, as the site names it ("Xinhua"), and as citations do where that differs ("Xinhua News Agency"). */
  publisher: string;
  publisherFullName?: string | undefined;
  publishedOn: string;
  meetingDate: string;
  city: string;
  country: string;
  coordinates: { latitude: number; longitude: number };
  meeting: { ordinal: number; name: string };
  participants: Participant[];
  photoCaption?: string | undefined;
  /** Overrides of who is reported as speaking, by paragraph id: a short name, "both" or "narrative", and the paragraph's first words. */
  attribution?: Record<string, { speaker: string; begins: string }> | undefined;
  /** Overrides of the level a sentence speaks at, by sentence id ("p1-s1"): a scope id or "bilateral", and the sentence's first words. */
  scope?: Record<string, { scope: string; begins: string }> | undefined;
}

interface Paragraph extends ReportBlock {
  kind: 'paragraph';
  words: number;
  attribution: Attribution;
}

export interface Meeting extends MeetingFacts {
  /** The file the report was read from, for messages that must name it. */
  sourceFile?: string | undefined;
  /** "23rd Meeting of the Council of Heads of Government of …" */
  meetingName: string;
  /** Whether the report prints the meeting's ordinal ("the 23rd Meeting"): if not, the page says it is this site's. */
  ordinalPrinted: boolean;
  /** Paragraphs and headings in the order of the report. */
  blocks: (Paragraph | ReportBlock)[];
  paragraphs: Paragraph[];
  openingSentence: string;
  dateline: Dateline | null;
  dateEvidence: MeetingDateEvidence;
  wordCount: number;
  sentenceCount: number;
  figures: Figures;
  /** Paragraphs the rule left to the reporter that name a participant or someone who speaks: a speaker may have been missed. */
  speakerGaps: SpeakerGap[];
}

/** "2024": the year of the meeting. */
export const meetingYear = (meeting: Pick<MeetingFacts, 'meetingDate'>): string => yearOf(meeting.meetingDate);

/** "Islamabad, 2024": how the site names a meeting in lists, tables and links. */
export const placeAndYear = (meeting: Pick<MeetingFacts, 'city' | 'meetingDate'>): string => `${meeting.city}, ${meetingYear(meeting)}`;

/** "Li Qiang and Mikhail Mishustin": the participants by full name. */
export const participantNames = (meeting: Pick<MeetingFacts, 'participants'>): string =>
  meeting.participants.map((p) => p.name).join(' and ');

/**
 * How a pair's comparison names its two meetings in short: by year ("2023", "2024"), or by
 * place and year when both meetings fell in one year.
 */
export function pairLabels(
  first: Pick<MeetingFacts, 'city' | 'meetingDate'>,
  second: Pick<MeetingFacts, 'city' | 'meetingDate'>,
): [string, string] {
  const sameYear = meetingYear(first) === meetingYear(second);
  return sameYear ? [placeAndYear(first), placeAndYear(second)] : [meetingYear(first), meetingYear(second)];
}

const ordinalRules = new Intl.PluralRules('en', { type: 'ordinal' });
const ORDINAL_SUFFIX: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

/** 1 → "1st", 22 → "22nd", 23 → "23rd", 11 → "11th". */
export function ordinal(n: number): string {
  return `${n}${ORDINAL_SUFFIX[ordinalRules.select(n)] ?? 'th'}`;
}

type PlainParagraph = Omit<Paragraph, 'attribution'>;

function toParagraph(block: ReportBlock): PlainParagraph | ReportBlock {
  if (block.kind !== 'paragraph') return block;
  return { ...block, kind: 'paragraph', words: countWords(block.text) };
}

const isParagraph = (block: PlainParagraph | ReportBlock): block is PlainParagraph => block.kind === 'paragraph';

/** Joins facts and text. Throws an Error if the text contradicts the facts. */
export function buildMeeting(facts: MeetingFacts, report: ReportModel): Meeting {
  const plainBlocks = report.blocks.map(toParagraph);
  const plainParagraphs = plainBlocks.filter(isParagraph);
  const overrides = checkAttributionOverrides(facts.attribution ?? {}, plainParagraphs, facts.participants);
  // The rules read the text without the characters that show nothing (src/lib/text.ts).
  const asReadParagraphs = plainParagraphs.map((p) => ({ ...p, text: readText(p.text) }));
  const attributions = attributeParagraphs(asReadParagraphs, facts.participants, overrides, Number(meetingYear(facts)));
  const attributed = new Map(plainParagraphs.map((p, i) => [p.id, { ...p, attribution: attributions[i]! }]));
  const blocks = plainBlocks.map((block) => (isParagraph(block) ? attributed.get(block.id)! : block));
  const paragraphs = [...attributed.values()];
  const first = paragraphs[0];
  if (!first) throw new Error('the report has no paragraphs');
  const fullText = asReadParagraphs.map((p) => p.text).join('\n\n');
  // The dateline opens the first paragraph, or the second or third after a byline or a credit.
  const firstAsRead = asReadParagraphs.slice(0, 3).find((p) => parseDateline(p.text))?.text ?? asReadParagraphs[0]!.text;
  const figures = figuresOf(paragraphs, facts.participants);
  const dateline = parseDateline(firstAsRead);
  checkPlaceAndOrdinal({ city: readText(facts.city), country: readText(facts.country), meeting: facts.meeting, dateline, text: fullText });
  return {
    ...facts,
    meetingName: `${ordinal(facts.meeting.ordinal)} ${facts.meeting.name}`,
    ordinalPrinted: new RegExp(`\\b${ordinal(facts.meeting.ordinal)}\\b`, 'i').test(fullText),
    blocks,
    paragraphs,
    openingSentence: first.sentences[0] ?? first.text,
    dateline,
    dateEvidence: checkMeetingDate({
      meetingDate: facts.meetingDate,
      publishedOn: facts.publishedOn,
      firstParagraph: firstAsRead,
      text: fullText,
    }),
    wordCount: figures.total.words,
    sentenceCount: figures.total.sentences,
    figures,
    speakerGaps: speakerGaps(
      paragraphs.map((p) => ({ ...p, text: readText(p.text) })),
      facts.participants,
    ),
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
