/**
 * What a report's own words say about the day and place of the meeting. The frontmatter states
 * the meeting date; these functions check it against the dateline ("ISLAMABAD, Oct. 16"), the
 * day and the weekday the text names ("on Wednesday"), and say how much of it the text states;
 * and they check the city and the meeting's ordinal against the words that name them.
 */
import { format } from 'date-fns/format';
import { isValid } from 'date-fns/isValid';
import { parse } from 'date-fns/parse';
import { subYears } from 'date-fns/subYears';
import { daysBetween, toDay, weekdayName } from './dates.ts';
import { DAY_MONTH, MONTH_DAY, parseDateline, type Dateline } from './dateline.ts';
import { escapeRegExp, FieldError } from './text.ts';

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

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/**
 * A weekday as news copy names the day of the news: "on Wednesday", "On Tuesday,", AP's bare
 * "said Wednesday", or abbreviated after "on" ("on Tues."). Not "last Monday" or "next
 * Friday", which name other days, nor a time stamp's bare "Thursday, October 17".
 */
const WEEKDAY =
  /(?<!\b(?:last|next|this|coming|previous|following) )\b(on )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?<=on )(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.)/gi;
const MONTH_AFTER = /^, (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

/**
 * The one day among `found` that the text gives the meeting, or null where it names two and
 * does not say which (an arrival "on Tuesday", the talks "on Wednesday"): no day is then
 * checked or claimed, rather than the wrong one. A day of another event ("who arrived on
 * Monday", "which will be held on October 26", "opens on Thursday") is left out first.
 */
function dayOfTheMeeting<T extends { index: number; day: string }>(text: string, found: readonly T[]): T | null {
  const ofTheMeeting = daysOfTheMeeting(text, found);
  return new Set(ofTheMeeting.map((f) => f.day)).size === 1 ? ofTheMeeting[0]! : null;
}

/** The days among `found` not of another event. */
const daysOfTheMeeting = <T extends { index: number }>(text: string, found: readonly T[]): T[] =>
  found.filter((f) => !OTHER_EVENT.test(text.slice(Math.max(0, f.index - 60), f.index)));

/** Words before a day, in its clause, that make it another event's: an arrival, a departure, what will be, an opening. */
const OTHER_EVENT =
  /\b(?:arriv|depart|leav|left|will|would|open|begin|began|start|clos|end|host|visit|conven|kick|flew|flies|flown)\w*\b[^,.;:]*$/i;

/** The weekdays the text names, but for a time stamp's or another event's, each with the day as date-fns names it. */
function weekdaysNamed(text: string): { index: number; phrase: string; day: string }[] {
  // A bare weekday before a month is a time stamp's; a possessive names another event ("Tuesday's opening") but for the talks'.
  const matches = [...text.matchAll(WEEKDAY)].filter((m) => {
    const after = text.slice(m.index + m[0].length);
    // "Wednesday's meeting" is the day of the talks; "On Tuesday, Mishustin will chair" a day to come.
    const possessive = /^['’]s\b/.test(after) && !/^['’]s\s+(?:meeting|talks)\b/i.test(after);
    const toCome = /^,?\s+(?:\p{Lu}[\p{L}-]*\s+){1,3}(?:will|would|is\s+(?:due\s+)?to)\b/u.test(after);
    return !possessive && !toCome && (m[1] || !MONTH_AFTER.test(after));
  });
  const found = matches.flatMap((m) => {
    const named = m[2]!.toLowerCase().slice(0, 3);
    const weekday = WEEKDAYS.find((day) => day.toLowerCase().startsWith(named));
    return weekday ? [{ index: m.index, phrase: m[0], day: weekday }] : [];
  });
  return daysOfTheMeeting(text, found);
}

/** The weekday the text names for the day of the meeting, with the day as date-fns names it, or null. */
export function findWeekdayPhrase(text: string): { phrase: string; weekday: string } | null {
  const day = dayOfTheMeeting(text, weekdaysNamed(text));
  return day ? { phrase: day.phrase, weekday: day.day } : null;
}

/** A day the text names after "on": "on Oct. 16", "on October 16, 2024", "on 16 October", "on Wednesday, Oct. 16". */
const ON_DATE = new RegExp(`\\bon (?:(?:${WEEKDAYS.join('|')}),? )?(?:${MONTH_DAY}|${DAY_MONTH})\\b`, 'giu');

/** The day the text gives the meeting after "on" ("met on Oct. 16"), as a calendar day, with its words; or null. */
function findDatePhrase(text: string, publishedOn: string): { phrase: string; day: string } | null {
  const found = [...text.matchAll(ON_DATE)].flatMap((m) => {
    const [phrase, month, day, year, dayFirst, monthAfter, yearAfter] = m;
    const resolved = datelineDay(month && day ? `${month} ${day}` : `${monthAfter} ${dayFirst}`, publishedOn, year ?? yearAfter);
    return resolved ? [{ index: m.index, phrase, day: resolved }] : [];
  });
  const day = dayOfTheMeeting(text, found);
  return day ? { phrase: day.phrase, day: day.day } : null;
}

type MeetingDateBasis = 'dateline' | 'date' | 'weekday' | 'unsure' | 'none';

export interface MeetingDateEvidence {
  /**
   * dateline: the dateline prints the month and day; date: the text prints them for the
   * meeting ("met on Oct. 16"); weekday: the text names only the weekday, and the day follows
   * from the publication date; unsure: the text names days of the week but not which was the
   * meeting's ("talks on Monday", "chaired on Tuesday"); none: the text does not say.
   */
  basis: MeetingDateBasis;
  /** The report's own words that fix the day, verbatim; where unsure, the days it names. */
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
  // A meeting after its report is the schema's to refuse (src/content-schemas.ts).
  const { meetingDate, publishedOn } = input;
  // Only a dated dateline says when the report was filed ("MOSCOW (AP) —" does not).
  const printedDateline = parseDateline(input.firstParagraph);
  const dateline = printedDateline?.monthDay ? { ...printedDateline, monthDay: printedDateline.monthDay } : null;
  const filedOn = dateline ? datelineDay(dateline.monthDay, publishedOn, dateline.year) : publishedOn;
  if (dateline && !filedOn) {
    throw new FieldError('meetingDate', `the dateline "${dateline.text}" does not name a recognisable day`);
  }
  const reference = filedOn ?? publishedOn;
  const weekday = findWeekdayPhrase(input.text);
  const date = findDatePhrase(input.text, reference);
  const filedFrom = dateline ? `datelined "${dateline.text}"` : `published on ${publishedOn}`;

  if (weekday) {
    const actual = weekdayName(meetingDate);
    const lag = daysBetween(meetingDate, reference);
    if (weekday.weekday !== actual || lag < 0 || lag > 6) {
      const why = weekday.weekday === actual ? `, which names a day of the week before it` : '';
      throw new FieldError('meetingDate', `${meetingDate} (a ${actual}) is not the "${weekday.phrase}" of a report ${filedFrom}${why}`);
    }
  }
  // A day printed as the meeting's ("met on Oct. 16") is evidence, under a dateline of the next
  // day too; it is never a reason to refuse, since a printed day may be another event's.
  const printed = date?.day === meetingDate ? date : null;
  // Weekdays the text does not tell apart ("talks on Monday", "chaired on Tuesday") leave the
  // dateline's day unproven too: RIA and TASS date a report of yesterday's talks today.
  const named = weekday ? [] : weekdaysNamed(input.text);
  const unsure = named.length > 0;
  if (!weekday && !printed && !unsure && dateline && reference !== meetingDate) {
    throw new FieldError('meetingDate', `${meetingDate} does not match the dateline "${dateline.text}"`);
  }

  if (dateline && reference === meetingDate) return { basis: 'dateline', quotes: [dateline.text, ...(weekday ? [weekday.phrase] : [])] };
  if (printed) return { basis: 'date', quotes: [printed.phrase] };
  if (weekday) return { basis: 'weekday', quotes: [...(dateline ? [dateline.text] : []), weekday.phrase] };
  if (unsure) return { basis: 'unsure', quotes: [...new Set(named.map((day) => day.phrase))] };
  return { basis: 'none', quotes: [] };
}

/** "on the sidelines of the 23rd Meeting of the Council of Heads of Government": the ordinal the text gives the meeting it was held at; an earlier or later council named in passing is not. */
const STATED_ORDINAL =
  /\b(?:sidelines|margins)\s+of\s+the\s+((\d+)(?:st|nd|rd|th)\s+(?:meeting|session)\s+of\s+the\s+(?:SCO\s+)?Council\s+of\s+Heads\s+of\s+Government)\b/gi;

/**
 * Checks the frontmatter's city and ordinal against the text: a city the text never names,
 * nor its country, where its dateline names another place (the 2024 report filed as
 * Bishkek's, Kyrgyzstan's), and, for a
 * meeting of the council, an ordinal other than the one the text prints. Throws naming the field.
 */
export function checkPlaceAndOrdinal(input: {
  city: string;
  country: string;
  meeting: { ordinal: number; name: string };
  dateline: Dateline | null;
  text: string;
}): void {
  const { city, country, meeting, dateline, text } = input;
  const named = (place: string) => new RegExp(`(?<!\\p{L})${escapeRegExp(place)}(?!\\p{L})`, 'iu').test(text);
  // "Islamabad, Pakistan" is named where "Islamabad" is.
  const [town = city] = city.split(',');
  // Nor is it contradicted where the text names the country ("in the Pakistani capital", "the Kyrgyz capital").
  const countryNamed = new RegExp(`(?<!\\p{L})${escapeRegExp(country.slice(0, 5))}`, 'iu').test(text);
  if (dateline && !named(town.trim()) && !countryNamed && dateline.place.toLowerCase() !== town.trim().toLowerCase()) {
    throw new FieldError('city', `neither "${city}" nor ${country} is named in the report, whose dateline says "${dateline.place}"`);
  }
  // Only for a meeting of the council: a report of another meeting may name a council meeting in passing.
  // A council the two met at before is not this one ("last met on the sidelines of the 23rd …"), and where a report
  // still recalls another beside its own, any ordinal it states will do.
  const stated = /\bcouncil\b/i.test(meeting.name) && !/heads of state/i.test(meeting.name) ? [...text.matchAll(STATED_ORDINAL)] : [];
  const ofThisMeeting = stated.filter(
    (match) => !/\b(?:last|previous(?:ly)?|earlier|prior)\b[^,.;:]*$/i.test(text.slice(Math.max(0, match.index - 60), match.index)),
  );
  if (ofThisMeeting.length > 0 && !ofThisMeeting.some((match) => Number(match[2]) === meeting.ordinal)) {
    throw new FieldError('meeting.ordinal', `${meeting.ordinal} is not the "${ofThisMeeting[0]![1]}" of the report`);
  }
}
