/**
 * The dateline that opens a news agency's report, dated or not ("ISLAMABAD, Oct. 16 (Xinhua) --", "MOSCOW (AP) —"), and a
 * live blog's time stamp: the outlet's words before its text. Read by the checks of the meeting date and place
 * (meeting-date.ts), by the rules of who speaks, and by the sentence splitter, which keeps a dateline whole.
 */
export interface Dateline {
  /** As printed, without the dash that follows it: "ISLAMABAD, Oct. 16 (Xinhua)". */
  text: string;
  place: string;
  /** The month and day, month first: "Oct. 16", "October 15" (for "15 October"); none in a wire's "MOSCOW (AP) —". */
  monthDay?: string | undefined;
  /** The year, where the dateline prints one. */
  year?: string | undefined;
  agency: string;
}

const PLACE = String.raw`(\p{Lu}[\p{L} .'-]*?)(?:, \p{Lu}[\p{L} .'-]*?)?`;
export const MONTH_DAY = String.raw`(\p{L}+)\.? ?(\d{1,2})(?:st|nd|rd|th)?(?:, (\d{4}))?`;
export const DAY_MONTH = String.raw`(\d{1,2}) (\p{L}+)\.?(?: (\d{4}))?`;
const AGENCY = String.raw`(?: ?\(([^)]+)\)|\.? ?/([^/]+)/\.?|\. (\p{Lu}{2,}[\p{Lu}-]*))`;

/**
 * Agency style, read in the text as the analysis reads it (one space between words): "PLACE,
 * Mon. D (Agency) -- text" with the place in capitals or not and its country or not, the month
 * abbreviated or not, before the day or after it, a year or not, the agency in brackets or
 * TASS's slashes ("/Xinhua/" too) or in capitals after a full stop ("Moscow. November 17. INTERFAX -"), and any dash, a colon or
 * nothing before the text, the place followed by a comma or Interfax's full stop; or no agency and a dash
 * (China Daily's "ISLAMABAD, Oct. 16 --").
 */
const DATELINE = new RegExp(`^${PLACE}[,.] (?:${MONTH_DAY}|${DAY_MONTH})(?:${AGENCY}(?: ?(?:--|[-—–―:]))?| ?(?:--|[-—–―])) ?`, 'u');

/** A dateline with no date, which only says where and who: "BISHKEK (Reuters) -", "ASTANA. KAZINFORM: ", or where alone, in capitals: "MOSCOW – ". */
const PLACE_AND_AGENCY =
  /^(?:\p{Lu}[\p{L} .,'-]{0,60}?\(([^)]+)\) ?(?:--|[-—–―:]) ?|\p{Lu}{2}[\p{Lu} .'-]{0,40}: |\p{Lu}{2}[\p{Lu} .'-]{0,40}? (?:--|[—–―]) )/u;

/**
 * A dateline that names no day, as a place and an agency: "MOSCOW (AP) —", "BISHKEK, Kyrgyzstan (Reuters) -",
 * "ASTANA. KAZINFORM: ". The agency in brackets is a name ("(AP)", not "(pictured)"); where alone is no dateline to show.
 */
const UNDATED =
  /^(\p{Lu}[\p{L} .'-]{0,60}?)(?:, \p{Lu}[\p{L} .'-]*?)? ?\((\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*){0,2})\) ?(?:--|[-—–―:])|^(\p{Lu}{2}[\p{Lu} '-]*)\. (\p{Lu}{2}[\p{Lu} -]*):/u;

/** The dateline that opens a news agency report, dated or not, or null when the text has none. */
export function parseDateline(firstParagraph: string): Dateline | null {
  const undated = UNDATED.exec(firstParagraph);
  if (!DATELINE.test(firstParagraph) && undated) {
    const [whole, place, agency, placeInCaps, agencyInCaps] = undated;
    return { text: whole.replace(/ ?(?:--|[-—–―:])$/u, ''), place: (place ?? placeInCaps)!, agency: (agency ?? agencyInCaps)! };
  }
  const match = DATELINE.exec(firstParagraph);
  if (!match) return null;
  const [whole, place, month, day, year, dayFirst, monthAfter, yearAfter, agency, agencyInSlashes, agencyInCapitals] = match;
  if (!whole || !place) return null;
  const monthDay = month && day ? `${month}${whole.includes(`${month}.`) ? '.' : ''} ${day}` : `${monthAfter} ${dayFirst}`;
  return {
    text: whole.replace(/ ?(?:--|[-—–―:])? ?$/u, ''),
    place,
    monthDay,
    year: year ?? yearAfter,
    agency: agency ?? agencyInSlashes ?? agencyInCapitals ?? '',
  };
}

/** A live blog's time stamp before an entry: "14:05 — ", "[14:05] ", "2.05pm GMT - ". */
const TIME_STAMP = /^\s*(?:\[\d{1,2}[:.]\d{2}\]|\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+(?:GMT|UTC|MSK|local\s+time))?\s*[—–-])\s*/i;

/**
 * How many characters of a paragraph a dateline takes, dated or not ("BISHKEK (Reuters) - "), or
 * a live blog's time stamp ("14:05 — "): the outlet's words before its entry, which the rules of speech read past.
 */
export function datelineLength(paragraph: string): number {
  return (DATELINE.exec(paragraph) ?? PLACE_AND_AGENCY.exec(paragraph))?.[0].length ?? timeStampLength(paragraph);
}

/** How many characters of a paragraph a live blog's time stamp takes ("14:05 — "), or 0. */
export const timeStampLength = (paragraph: string): number => TIME_STAMP.exec(paragraph)?.[0].length ?? 0;
