import { describe, expect, it } from 'vitest';
import { datelineLength, parseDateline } from '../../src/lib/dateline.ts';
import { checkMeetingDate, datelineDay, findWeekdayPhrase } from '../../src/lib/meeting-date.ts';

describe('parseDateline', () => {
  it.each([
    [
      'ISLAMABAD, Oct. 16 (Xinhua) -- Chinese Premier Li Qiang said',
      { text: 'ISLAMABAD, Oct. 16 (Xinhua)', place: 'ISLAMABAD', monthDay: 'Oct. 16', agency: 'Xinhua' },
    ],
    [
      'NEW DELHI, Sept. 3 (Xinhua) — text',
      { text: 'NEW DELHI, Sept. 3 (Xinhua)', place: 'NEW DELHI', monthDay: 'Sept. 3', agency: 'Xinhua' },
    ],
    ['BEIJING, June 5 (Xinhua) -- text', { text: 'BEIJING, June 5 (Xinhua)', place: 'BEIJING', monthDay: 'June 5', agency: 'Xinhua' }],
    // The place in capitals or not, a year, any dash, a colon or none before the text.
    [
      'Islamabad, Oct. 17 (Xinhua) - text',
      { text: 'Islamabad, Oct. 17 (Xinhua)', place: 'Islamabad', monthDay: 'Oct. 17', agency: 'Xinhua' },
    ],
    [
      'ISLAMABAD, October 17, 2024 (Xinhua): text',
      { text: 'ISLAMABAD, October 17, 2024 (Xinhua)', place: 'ISLAMABAD', monthDay: 'October 17', year: '2024', agency: 'Xinhua' },
    ],
    ['MOSCOW, Nov. 2 (Xinhua) Li said', { text: 'MOSCOW, Nov. 2 (Xinhua)', place: 'MOSCOW', monthDay: 'Nov. 2', agency: 'Xinhua' }],
    // Interfax's full stop after the place; an agency in slashes without TASS's full stop.
    ['MOSCOW. Nov 17 (Interfax) - text', { text: 'MOSCOW. Nov 17 (Interfax)', place: 'MOSCOW', monthDay: 'Nov 17', agency: 'Interfax' }],
    [
      'ISLAMABAD, 16 October /Xinhua/ text',
      { text: 'ISLAMABAD, 16 October /Xinhua/', place: 'ISLAMABAD', monthDay: 'October 16', agency: 'Xinhua' },
    ],
    // Interfax in translation: the agency in capitals after a full stop.
    [
      'Moscow. November 17. INTERFAX - Chairman of the Russian Government',
      { text: 'Moscow. November 17. INTERFAX', place: 'Moscow', monthDay: 'November 17', agency: 'INTERFAX' },
    ],
    // A wire's dateline that names no day: where and which agency.
    ['MOSCOW (AP) — Russian Prime Minister', { text: 'MOSCOW (AP)', place: 'MOSCOW', agency: 'AP' }],
    ['BISHKEK, Kyrgyzstan (Reuters) - Chinese Premier', { text: 'BISHKEK, Kyrgyzstan (Reuters)', place: 'BISHKEK', agency: 'Reuters' }],
    ['Islamabad (AFP) - Li said', { text: 'Islamabad (AFP)', place: 'Islamabad', agency: 'AFP' }],
    ['NIZHNY NOVGOROD (Bloomberg) -- Li said', { text: 'NIZHNY NOVGOROD (Bloomberg)', place: 'NIZHNY NOVGOROD', agency: 'Bloomberg' }],
    ['ASTANA. KAZINFORM: The premiers met', { text: 'ASTANA. KAZINFORM', place: 'ASTANA', agency: 'KAZINFORM' }],
    ['China and Russia on Wednesday reiterated their commitment', null],
    ['Bishkek, the capital of Kyrgyzstan', null],
    // A name with a note in brackets, a transcript's speaker, a place alone: no dateline to show.
    ['Mishustin (pictured) — who spoke first — said', null],
    ['Li Qiang (left) - and Mishustin', null],
    ['MIKHAIL MISHUSTIN: Dear Mr Li', null],
    ['MOSCOW – Li arrived', null],
  ])('%j', (paragraph, expected) => {
    expect(parseDateline(paragraph)).toEqual(expected);
  });
});

describe('datelineLength', () => {
  it.each([
    ['BISHKEK, Oct. 25 (Xinhua) -- Li met Mishustin.', 'BISHKEK, Oct. 25 (Xinhua) -- '],
    ['BISHKEK (Reuters) - Li met Mishustin.', 'BISHKEK (Reuters) - '],
    // a live blog's time stamp, in the forms blogs write it
    ['14:05 — Mishustin arrives.', '14:05 — '],
    ['[14:05] Mishustin arrives.', '[14:05] '],
    ['2.05pm GMT - Mishustin arrives.', '2.05pm GMT - '],
    // no lead: a time inside the text, a figure, a sentence
    ['At 14:05 Mishustin arrived.', ''],
    ['2024 - a record year for trade.', ''],
    ['Li met Mishustin.', ''],
  ])('%j leads with %j', (paragraph, lead) => {
    expect(paragraph.slice(0, datelineLength(paragraph))).toBe(lead);
  });
});

describe('datelineDay', () => {
  it.each([
    ['Oct. 16', '2024-10-17', '2024-10-16'],
    ['Sept. 3', '2024-09-04', '2024-09-03'],
    ['June 5', '2024-06-05', '2024-06-05'],
    ['Dec. 31', '2025-01-01', '2024-12-31'], // published in the new year
    ['Smarch 3', '2024-10-17', null],
  ])('%s, published %s → %s', (monthDay, publishedOn, expected) => {
    expect(datelineDay(monthDay, publishedOn)).toBe(expected);
  });
});

describe('findWeekdayPhrase', () => {
  it.each([
    ['China and Russia on Wednesday reiterated', { phrase: 'on Wednesday', weekday: 'Wednesday' }],
    ['said here on Monday that', { phrase: 'on Monday', weekday: 'Monday' }],
    ['no day is named', null],
    // News agencies' style names the day bare: "said Wednesday".
    ['Li said Wednesday that', { phrase: 'Wednesday', weekday: 'Wednesday' }],
    ['On Tuesday, China and Russia', { phrase: 'On Tuesday', weekday: 'Tuesday' }],
    // Two days named: the one of the sentence that tells of the meeting, or none where it is not clear.
    ['Li arrived on Tuesday. Li met Mishustin on Wednesday.', { phrase: 'on Wednesday', weekday: 'Wednesday' }],
    ['The summit began on Tuesday. Li met Mishustin Wednesday.', { phrase: 'Wednesday', weekday: 'Wednesday' }],
    ["Ahead of Tuesday's opening, Li met Mishustin Wednesday.", { phrase: 'Wednesday', weekday: 'Wednesday' }],
    ['Li arrived on Tuesday and met Mishustin on Wednesday.', null],
    ['Li, who flew in on Tuesday, met Mishustin on Wednesday.', { phrase: 'on Wednesday', weekday: 'Wednesday' }],
    ["After Wednesday's talks, Li flew home.", { phrase: 'Wednesday', weekday: 'Wednesday' }],
    ['Li met Mishustin on Monday. On Tuesday, Mishustin will chair the council.', { phrase: 'on Monday', weekday: 'Monday' }],
    // "on" before a weekday and a date is the day of the news, not a time stamp.
    ['Li met Mishustin on Wednesday, Oct. 16.', { phrase: 'on Wednesday', weekday: 'Wednesday' }],
    ['Updated Thursday, October 17. Li met Mishustin.', null],
  ])('%j', (text, expected) => {
    expect(findWeekdayPhrase(text)).toEqual(expected);
  });
});

describe('checkMeetingDate', () => {
  const xinhua = 'ISLAMABAD, Oct. 16 (Xinhua) -- Li Qiang said here on Wednesday that';
  const chinaDaily = 'China and Russia on Wednesday reiterated their commitment';

  it.each([
    [{ meetingDate: '2024-10-16', publishedOn: '2024-10-17', text: xinhua }, 'dateline', ['ISLAMABAD, Oct. 16 (Xinhua)', 'on Wednesday']],
    [{ meetingDate: '2023-10-25', publishedOn: '2023-10-26', text: chinaDaily }, 'weekday', ['on Wednesday']],
    [{ meetingDate: '2023-10-25', publishedOn: '2023-10-25', text: chinaDaily }, 'weekday', ['on Wednesday']],
    [{ meetingDate: '2023-10-25', publishedOn: '2023-10-26', text: 'They met.' }, 'none', []],
    // A wire's dateline with no day is no evidence of the day: the weekday counts back from publication.
    [{ meetingDate: '2025-11-17', publishedOn: '2025-11-17', text: 'MOSCOW (AP) — They pledged on Monday to' }, 'weekday', ['on Monday']],
    [{ meetingDate: '2025-11-17', publishedOn: '2025-11-18', text: 'MOSCOW (AP) — They met.' }, 'none', []],
    // Filed the day after: "on Tuesday" under a Wednesday dateline.
    [
      { meetingDate: '2024-10-15', publishedOn: '2024-10-17', text: 'ISLAMABAD, Oct. 16 (Xinhua) -- They met on Tuesday.' },
      'weekday',
      ['ISLAMABAD, Oct. 16 (Xinhua)', 'on Tuesday'],
    ],
    // Filed the next day, with the day of the meeting printed in the text.
    [
      {
        meetingDate: '2024-10-16',
        publishedOn: '2024-10-17',
        text: 'BEIJING, Oct. 17 (Xinhua) -- Li met Mishustin in Islamabad on Oct. 16.',
      },
      'date',
      ['on Oct. 16'],
    ],
    [
      { meetingDate: '2024-10-16', publishedOn: '2024-10-18', text: 'Li met Mishustin on October 16, 2024.' },
      'date',
      ['on October 16, 2024'],
    ],
    [
      { meetingDate: '2024-10-16', publishedOn: '2024-10-17', text: 'ISLAMABAD, Oct. 16 -- Li met Mishustin.' },
      'dateline',
      ['ISLAMABAD, Oct. 16'],
    ],
    // Days of other events are neither checked nor claimed: a council held the next day, an arrival, a printed day that is not the meeting's.
    [
      {
        meetingDate: '2023-10-25',
        publishedOn: '2023-10-25',
        text: 'BISHKEK, October 25. /TASS/. Mishustin met Li on Wednesday ahead of the council meeting, which will be held on October 26.',
      },
      'dateline',
      ['BISHKEK, October 25. /TASS/.', 'on Wednesday'],
    ],
    [
      { meetingDate: '2024-10-16', publishedOn: '2024-10-16', text: 'Li, who arrived on Monday, met Mishustin on Wednesday.' },
      'weekday',
      ['on Wednesday'],
    ],
    // A council that convenes the next day; a report filed the day after talks whose two weekdays it does not tell apart (RIA's style).
    [
      {
        meetingDate: '2025-11-17',
        publishedOn: '2025-11-17',
        text: 'Li met Mishustin in Moscow on Monday, a day before the SCO Council of Heads of Government convenes on Tuesday.',
      },
      'weekday',
      ['on Monday'],
    ],
    [
      {
        meetingDate: '2025-11-17',
        publishedOn: '2025-11-18',
        text: 'MOSCOW, November 18. /RIA Novosti/. The talks on Monday preceded the council, which Mishustin chaired in the Kremlin on Tuesday.',
      },
      // Two days, neither told as the meeting's: the page quotes both and claims neither.
      'unsure',
      ['on Monday', 'on Tuesday'],
    ],
    [{ meetingDate: '2024-10-17', publishedOn: '2024-10-18', text: 'Li met Mishustin. The forum closed on 16 October.' }, 'none', []],
    [{ meetingDate: '2024-10-17', publishedOn: '2024-10-18', text: 'Li met Mishustin. Trade figures came out on 16 October.' }, 'none', []],
  ])('%j → %s', (input, basis, quotes) => {
    expect(checkMeetingDate({ ...input, firstParagraph: input.text })).toEqual({ basis, quotes });
  });

  it.each([
    [{ meetingDate: '2023-10-24', publishedOn: '2023-10-26', text: chinaDaily }, /2023-10-24 \(a Tuesday\) is not the "on Wednesday"/],
    [
      { meetingDate: '2023-10-18', publishedOn: '2023-10-26', text: chinaDaily },
      /is not the "on Wednesday" of a report published on 2023-10-26/,
    ],
    [
      { meetingDate: '2024-10-15', publishedOn: '2024-10-17', text: 'ISLAMABAD, Oct. 16 (Xinhua) -- They met.' },
      /does not match the dateline "ISLAMABAD, Oct. 16 \(Xinhua\)"/,
    ],
    // A weekday of the right name, more than a week before the report was filed.
    [
      { meetingDate: '2023-10-25', publishedOn: '2023-11-20', text: 'Li met Mishustin on Wednesday.' },
      /2023-10-25 \(a Wednesday\) is not the "on Wednesday" of a report published on 2023-11-20, which names a day of the week before it/,
    ],
    // China Daily's dateline without an agency.
    [
      { meetingDate: '2024-10-15', publishedOn: '2024-10-17', text: 'ISLAMABAD, Oct. 16 -- Li met Mishustin.' },
      /does not match the dateline "ISLAMABAD, Oct. 16"/,
    ],
  ])('rejects %j', (input, message) => {
    expect(() => checkMeetingDate({ ...input, firstParagraph: input.text })).toThrow(message);
  });
});
