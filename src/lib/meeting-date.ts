/**
 * What a report's own words say about the day of the meeting. The frontmatter states the
 * meeting date; these functions check it against the dateline ("ISLAMABAD, Oct. 16") and
 * the weekday the text names ("on Wednesday"), and say how much of it the text states.
 */
import { format } from 'date-fns/format';
import { isValid } from 'date-fns/isValid';
import { parse } from 'date-fns/parse';
import { subYears } from 'date-fns/subYears';
import { daysBetween, toDay, weekdayName } from './dates.ts';

export interface Dateline {
  /** As printed, without the dash that follows it: "ISLAMABAD, Oct. 16 (Xinhua)". */
  text: string;
  place: string;
  /** The month and day, month first: "Oct. 16", "October 15" (for "15 October"). */
  monthDay: string;
  /** The year, where the dateline prints one. */
  year?: string | undefined;
  agency: string;
}

const PLACE = String.raw`(\p{Lu}[\p{L} .'-]*?)(?:, \p{Lu}[\p{L} .'-]*?)?`;
const MONTH_DAY = String.raw`(\p{L}+)\.? ?(\d{1,2})(?:st|nd|rd|th)?(?:, (\d{4}))?`;
const DAY_MONTH = String.raw`(\d{1,2}) (\p{L}+)\.?(?: (\d{4}))?`;
const AGENCY = String.raw`(?: ?\(([^)]+)\)|\. ?/([^/]+)/\.?)`;

/**
 * Agency style, read in the text as the analysis reads it (one space between words): "PLACE,
 * Mon. D (Agency) -- text" with the place in capitals or not and its country or not, the month
 * abbreviated or not, before the day or after it, a year or not, the agency in brackets or
 * TASS's slashes, and any dash, a colon or nothing before the text.
 */
const DATELINE = new RegExp(`^${PLACE}, (?:${MONTH_DAY}|${DAY_MONTH})${AGENCY}(?: ?(?:--|[-—–―:]))? ?`, 'u');

/** A dateline with no date, which only says where and who: "BISHKEK (Reuters) -". */
const PLACE_AND_AGENCY = /^\p{Lu}[\p{L} .,'-]{0,60}?\(([^)]+)\) ?(?:--|[-—–―:]) ?/u;

/** The dateline that opens a news agency report, or null when the text has none. */
export function parseDateline(firstParagraph: string): Dateline | null {
  const match = DATELINE.exec(firstParagraph);
  if (!match) return null;
  const [whole, place, month, day, year, dayFirst, monthAfter, yearAfter, agency, agencyInSlashes] = match;
  if (!whole || !place) return null;
  const monthDay = month && day ? `${month}${whole.includes(`${month}.`) ? '.' : ''} ${day}` : `${monthAfter} ${dayFirst}`;
  return {
    text: whole.replace(/ ?(?:--|[-—–―:])? ?$/u, ''),
    place,
    monthDay,
    year: year ?? yearAfter,
    agency: agency ?? agencyInSlashes ?? '',
  };
}

/** How many characters of a paragraph a dateline takes, dated or not ("BISHKEK (Reuters) - "): what the rules of speech read past. */
export function datelineLength(paragraph: string): number {
  return (DATELINE.exec(paragraph) ?? PLACE_AND_AGENCY.exec(paragraph))?.[0].length ?? 0;
}

/**
 * The calendar day a dateline's "Oct. 16" means, for a report published on `publishedOn`: in
 * the year it prints, or else the latest such day on or before publication (so a report from
 * early January can carry a December dateline). Null if the month is not recognisable.
 */
export function datelineDay(monthDay: string, publishedOn: string, year?: string): string | null {
  const published = toDay(publishedOn);
  // AP style abbreviates September as "Sept."; date-fns knows "Sep".
  const cleaned = monthDay.replace('.', '').replace(/^Sept\b/, 'Sep');
  for (const pattern of ['MMM d', 'MMMM d']) {
    const day = parse(year ? `${cleaned} ${year}` : cleaned, year ? `${pattern} yyyy` : pattern, published);
    if (!isValid(day)) continue;
    const resolved = !year && day > published ? subYears(day, 1) : day;
    return format(resolved, 'yyyy-MM-dd');
  }
  return null;
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/**
 * A weekday as news copy names the day of the news: "on Wednesday", "On Tuesday,", AP's bare
 * "said Wednesday", or abbreviated after "on" ("on Tues."). Not "last Monday" or "next
 * Friday", which name other days, nor a time stamp's "Thursday, October 17".
 */
const WEEKDAY =
  /(?<!\b(?:last|next|this|coming|previous|following) )\b(on )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?<=on )(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.)(?!, (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/gi;

/** The weekday the text names for the day of the news, "on <weekday>" first, with the day as date-fns names it, or null. */
export function findWeekdayPhrase(text: string): { phrase: string; weekday: string } | null {
  const matches = [...text.matchAll(WEEKDAY)];
  const match = matches.find((m) => m[1]) ?? matches[0];
  const named = match?.[2]?.toLowerCase().slice(0, 3);
  const weekday = WEEKDAYS.find((day) => day.toLowerCase().startsWith(named ?? '-'));
  return match && weekday ? { phrase: match[0], weekday } : null;
}

type MeetingDateBasis = 'dateline' | 'weekday' | 'none';

export interface MeetingDateEvidence {
  /**
   * dateline: the text prints the month and day; weekday: the text names only the weekday,
   * and the day follows from the publication date; none: the text does not say.
   */
  basis: MeetingDateBasis;
  /** The report's own words that fix the day, verbatim. */
  quotes: string[];
}

/**
 * Checks `meetingDate` against the report's words and returns the evidence for it.
 * "On Wednesday" means the latest Wednesday on or before the day the report was filed:
 * its dateline's day if it has one, else its publication date. Without a weekday, a
 * dateline's day is taken as the meeting day. Throws an Error that quotes the words the
 * date contradicts.
 */
export function checkMeetingDate(input: {
  meetingDate: string;
  publishedOn: string;
  firstParagraph: string;
  text: string;
}): MeetingDateEvidence {
  const { meetingDate, publishedOn } = input;
  if (daysBetween(meetingDate, publishedOn) < 0) {
    throw new Error(`meetingDate ${meetingDate} is after publishedOn ${publishedOn}`);
  }
  const dateline = parseDateline(input.firstParagraph);
  const filedOn = dateline ? datelineDay(dateline.monthDay, publishedOn, dateline.year) : publishedOn;
  if (dateline && !filedOn) {
    throw new Error(`the dateline "${dateline.text}" does not name a recognisable day`);
  }
  const reference = filedOn ?? publishedOn;
  const weekday = findWeekdayPhrase(input.text);
  const quotes: string[] = [];

  if (weekday) {
    const actual = weekdayName(meetingDate);
    const lag = daysBetween(meetingDate, reference);
    if (weekday.weekday !== actual || lag < 0 || lag > 6) {
      throw new Error(
        `meetingDate ${meetingDate} (a ${actual}) is not the "${weekday.phrase}" of a report ` +
          (dateline ? `datelined "${dateline.text}"` : `published on ${publishedOn}`),
      );
    }
  } else if (dateline && reference !== meetingDate) {
    throw new Error(`meetingDate ${meetingDate} does not match the dateline "${dateline.text}"`);
  }

  if (dateline) quotes.push(dateline.text);
  if (weekday) quotes.push(weekday.phrase);
  const basis: MeetingDateBasis = dateline && reference === meetingDate ? 'dateline' : weekday ? 'weekday' : 'none';
  return { basis, quotes };
}
