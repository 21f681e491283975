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
  /** The month and day as printed: "Oct. 16". */
  monthDay: string;
  agency: string;
}

/**
 * Agency style: "PLACE, Mon. D (Agency) -- text", read in the text as the analysis reads it
 * (one space between words): the place in capitals or not, the month abbreviated or not, a year
 * after the day or not, and any dash, a colon or nothing before the text.
 */
const DATELINE = /^(\p{Lu}[\p{L} .'-]*), ((\p{L}+)\.? (\d{1,2}))(?:, \d{4})? \(([^)]+)\)(?: ?(?:--|[-—–―:]))? ?/u;

/** The dateline that opens a news agency report, or null when the text has none. */
export function parseDateline(firstParagraph: string): Dateline | null {
  const match = DATELINE.exec(firstParagraph);
  if (!match) return null;
  const [whole, place, monthDay, , , agency] = match;
  if (!whole || !place || !monthDay || !agency) return null;
  return { text: whole.replace(/ ?(?:--|[-—–―:])? ?$/u, ''), place, monthDay, agency };
}

/**
 * The calendar day a dateline's "Oct. 16" means, for a report published on `publishedOn`:
 * the latest such day on or before publication (so a report from early January can carry a
 * December dateline). Null if the month is not recognisable.
 */
export function datelineDay(monthDay: string, publishedOn: string): string | null {
  const published = toDay(publishedOn);
  // AP style abbreviates September as "Sept."; date-fns knows "Sep".
  const cleaned = monthDay.replace('.', '').replace(/^Sept\b/, 'Sep');
  for (const pattern of ['MMM d', 'MMMM d']) {
    const day = parse(cleaned, pattern, published);
    if (!isValid(day)) continue;
    const resolved = day > published ? subYears(day, 1) : day;
    return format(resolved, 'yyyy-MM-dd');
  }
  return null;
}

/** A weekday as news copy names the day of the news: "on Wednesday", "On Tuesday,", AP's bare "said Wednesday". */
const WEEKDAY = /\b(?:on )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;

/** The first weekday the text names, e.g. "on Wednesday", with the day as date-fns names it ("Wednesday"), or null. */
export function findWeekdayPhrase(text: string): { phrase: string; weekday: string } | null {
  const match = WEEKDAY.exec(text);
  const day = match?.[1]?.toLowerCase();
  return match && day ? { phrase: match[0], weekday: day[0]!.toUpperCase() + day.slice(1) } : null;
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
  const filedOn = dateline ? datelineDay(dateline.monthDay, publishedOn) : publishedOn;
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
