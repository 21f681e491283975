/**
 * Whether a string is a real calendar day. A module of its own, with the two date-fns
 * functions it needs, because the content schema loads it before anything else, where each
 * module costs a round trip to Vite: `format` alone brings ~50 of date-fns's files.
 */
import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';

/** True for a real calendar day written as YYYY-MM-DD ("2024-02-30" is false). */
export function isCalendarDate(value: string): boolean {
  // parseISO reads a date alone as local midnight, and an impossible day ("2023-02-29",
  // "2024-13-01") as invalid.
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && isValid(parseISO(value));
}
