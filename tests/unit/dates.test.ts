import { describe, expect, it } from 'vitest';
import { formatDayWithWeekday, isCalendarDate, intervalBetween, shortDates, toDay, weekdayName } from '../../src/lib/dates.ts';

describe('isCalendarDate', () => {
  it.each([
    ['2024-10-16', true],
    ['2024-02-29', true], // leap year
    ['2023-02-29', false],
    ['2024-02-30', false],
    ['2024-13-01', false],
    ['2024-00-10', false],
    ['2024-04-31', false],
    ['1900-02-29', false], // not a leap year: divisible by 100
    ['2000-02-29', true], // a leap year: divisible by 400
    ['2024-1-16', false],
    ['16.10.2024', false],
    ['', false],
  ])('%s → %s', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });

  it('refuses to parse an impossible day', () => {
    expect(() => toDay('2024-02-30')).toThrow(/not a calendar date/);
  });
});

describe('weekdays and formats', () => {
  it.each([
    ['2023-10-25', 'Wednesday'],
    ['2024-10-16', 'Wednesday'],
    ['2023-10-26', 'Thursday'],
    ['2024-10-17', 'Thursday'],
    ['2000-01-01', 'Saturday'],
  ])('%s is a %s', (day, weekday) => {
    expect(weekdayName(day)).toBe(weekday);
  });

  it('writes the day in full, day before month', () => {
    expect(formatDayWithWeekday('2024-10-16')).toBe('Wednesday, 16 October 2024');
  });
});

describe('intervalBetween', () => {
  it.each([
    ['2023-10-25', '2024-10-16', 357, 'P357D', '357 days later'],
    ['2024-10-16', '2024-10-17', 1, 'P1D', '1 day later'],
    ['2024-10-16', '2024-10-16', 0, 'P0D', 'the same day'],
    // One way for every gap, in days, whether under a year or over.
    ['2023-10-25', '2024-10-25', 366, 'P366D', '366 days later'],
    ['2022-11-01', '2024-10-16', 715, 'P715D', '715 days later'],
    ['2020-01-31', '2023-03-01', 1125, 'P1125D', '1,125 days later'],
  ])('%s → %s: %i days, %s, "%s"', (from, to, days, iso, label) => {
    expect(intervalBetween(from, to)).toEqual({ days, isoDuration: iso, label });
  });

  it('refuses an interval that runs backwards', () => {
    expect(() => intervalBetween('2024-10-16', '2023-10-25')).toThrow(/before/);
  });
});

describe('shortDates', () => {
  it.each([
    [
      ['2023-10-25', '2024-10-16'],
      ['2023', '2024'],
    ],
    [
      ['2002-01-02', '2002-02-06', '2003-01-01'],
      ['Jan 2002', 'Feb 2002', 'Jan 2003'],
    ],
    [
      ['2002-01-02', '2002-01-09'],
      ['2 Jan 2002', '9 Jan 2002'],
    ],
    [[], []],
  ])('%j → %j', (days, names) => {
    expect(shortDates(days)).toEqual(names);
  });
});
