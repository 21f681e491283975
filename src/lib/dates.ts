/**
 * Calendar dates as the site uses them: plain days ("2024-10-16") with no time zone.
 * Every computation and format goes through date-fns on local-midnight dates, so the
 * machine's time zone never shifts a meeting to another day.
 */
// One module per function: the package's index loads all of date-fns, which is slow where Vite
// loads it unbundled, as for the content config.
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { format } from 'date-fns/format';
import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';

const ISO_DAY = 'yyyy-MM-dd';

/** True for a real calendar day written as YYYY-MM-DD ("2024-02-30" is false). */
export function isCalendarDate(value: string): boolean {
  // parseISO reads a date alone as local midnight, and an impossible day ("2023-02-29",
  // "2024-13-01") as invalid.
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && isValid(parseISO(value));
}

// A build formats the same few days thousands of times: each is parsed once.
const parsedDays = new Map<string, number>();

/** Parses a YYYY-MM-DD string into a local-midnight Date; throws on anything else. */
export function toDay(value: string): Date {
  let time = parsedDays.get(value);
  if (time === undefined) {
    if (!isCalendarDate(value)) throw new RangeError(`not a calendar date: "${value}"`);
    time = parseISO(value).getTime();
    parsedDays.set(value, time);
  }
  // A new Date each time: callers may change theirs.
  return new Date(time);
}

/** Today on this machine's calendar, as YYYY-MM-DD. */
export const todayIso = (): string => format(new Date(), ISO_DAY);

/** "2024" */
export function yearOf(isoDay: string): string {
  return format(toDay(isoDay), 'yyyy');
}

/**
 * The shortest names that tell these days apart: their years ("2023", "2024"), else month and
 * year ("Oct 2023"), else the day ("2 Jan 2002").
 */
export function shortDates(isoDays: readonly string[]): string[] {
  for (const pattern of ['yyyy', 'MMM yyyy']) {
    const names = isoDays.map((day) => format(toDay(day), pattern));
    if (new Set(names).size === names.length) return names;
  }
  return isoDays.map((day) => format(toDay(day), 'd MMM yyyy'));
}

/** "Wednesday" */
export function weekdayName(isoDay: string): string {
  return format(toDay(isoDay), 'EEEE');
}

/** "16 October 2024" */
export function formatDay(isoDay: string): string {
  return format(toDay(isoDay), 'd MMMM yyyy');
}

/** "Wednesday, 16 October 2024" */
export function formatDayWithWeekday(isoDay: string): string {
  return format(toDay(isoDay), 'EEEE, d MMMM yyyy');
}

/** Whole calendar days from `earlier` to `later` (negative if `later` is before). */
export function daysBetween(earlier: string, later: string): number {
  return differenceInCalendarDays(toDay(later), toDay(earlier));
}

export interface Interval {
  /** Calendar days between the two days. */
  days: number;
  /** For a `<time datetime>`: an ISO 8601 duration such as "P357D". */
  isoDuration: string;
  /** For people: "357 days later", "1,125 days later". */
  label: string;
}

/**
 * The gap between two meetings, always in days, so that gaps side by side read one way ("357
 * days later" beside "398 days later", not beside "1 year and 1 month later") and "11 months"
 * does not hide how close two annual meetings were.
 */
export function intervalBetween(earlier: string, later: string): Interval {
  const days = daysBetween(earlier, later);
  if (days < 0) throw new RangeError(`${later} is before ${earlier}`);
  const label = days === 0 ? 'the same day' : `${days.toLocaleString('en')} ${days === 1 ? 'day' : 'days'} later`;
  return { days, isoDuration: `P${days}D`, label };
}
