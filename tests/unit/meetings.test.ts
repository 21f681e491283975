import { describe, expect, it } from 'vitest';
import { buildMeeting, byMeetingDate, ordinal, timeline } from '../../src/lib/meetings.ts';
import { parseReport } from '../../src/markdown.ts';
import { sitePaths } from '../../src/lib/paths.ts';
import { meetingFacts } from '../support/facts.ts';

describe('ordinal', () => {
  it.each([
    [1, '1st'],
    [2, '2nd'],
    [3, '3rd'],
    [4, '4th'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [21, '21st'],
    [22, '22nd'],
    [23, '23rd'],
    [24, '24th'],
    [101, '101st'],
    [111, '111th'],
  ])('%i → %s', (n, expected) => {
    expect(ordinal(n)).toBe(expected);
  });
});

const facts = meetingFacts;

describe('buildMeeting', () => {
  it('joins the facts with what the text says', async () => {
    const report = await parseReport(
      'ISLAMABAD, Oct. 16 (Xinhua) -- Li said here on Wednesday that all is well. He noted more.\n\nSecond paragraph, three sentences. Two. Three.',
    );
    const meeting = buildMeeting(facts(), report);
    expect(meeting.meetingName).toBe('23rd Meeting of the Council');
    expect(meeting.openingSentence).toBe('ISLAMABAD, Oct. 16 (Xinhua) -- Li said here on Wednesday that all is well.');
    expect(meeting.dateline?.text).toBe('ISLAMABAD, Oct. 16 (Xinhua)');
    expect(meeting.dateEvidence.basis).toBe('dateline');
    expect(meeting.paragraphs.map((p) => [p.id, p.sentences.length, p.words])).toEqual([
      ['p1', 2, 16],
      ['p2', 3, 6],
    ]);
    expect(meeting.sentenceCount).toBe(5);
    expect(meeting.wordCount).toBe(22);
  });

  it.each([
    ['Li met Mishustin on the sidelines of the 23rd Meeting of the Council.', true],
    // SCMP's "a Shanghai Cooperation Organisation (SCO) heads of government meeting": the 23rd is the frontmatter's.
    ['Li met Mishustin on the sidelines of an SCO heads of government meeting.', false],
    ['Li met Mishustin at the 123rd Meeting of the Council.', false],
  ])('knows whether the report prints the ordinal: %s', async (text, printed) => {
    expect(buildMeeting(facts(), await parseReport(text)).ordinalPrinted).toBe(printed);
  });

  it('reads a dateline pasted with no-break spaces, and checks the date against it', async () => {
    const report = await parseReport('ISLAMABAD,\u00A0Oct.\u00A016 (Xinhua) -- Li said here on Wednesday that all is well.');
    expect(buildMeeting(facts(), report).dateline?.text).toBe('ISLAMABAD, Oct. 16 (Xinhua)');
    expect(() => buildMeeting(facts({ meetingDate: '2024-10-15' }), report)).toThrow(/meetingDate/);
  });

  it("reads a both-sides opening dated before the meeting's year as the reporter's history", async () => {
    const report = await parseReport(
      'ISLAMABAD, Oct. 16 (Xinhua) -- Li said on Wednesday that all is well.\n\nChina and Russia declared a partnership in February 2022.',
    );
    expect(buildMeeting(facts(), report).paragraphs.map((p) => p.attribution.side)).toEqual(['China', 'narrative']);
  });

  it('attributes paragraphs and takes overrides from the frontmatter', async () => {
    const report = await parseReport('ISLAMABAD, Oct. 16 (Xinhua) -- Li said on Wednesday that all is well.\n\nThe sides met.');
    const meeting = buildMeeting(facts({ attribution: { p2: { speaker: 'Mishustin', begins: 'The sides' } } }), report);
    expect(meeting.paragraphs.map((p) => [p.attribution.side, p.attribution.decidedBy])).toEqual([
      ['China', 'rule'],
      ['Russia', 'override'],
    ]);
  });

  it.each([
    [{ p5: { speaker: 'Li', begins: 'More' } }, /attribution\.p5: there is no paragraph p5 in the report/],
    [
      { p1: { speaker: 'Putin', begins: 'ISLAMABAD' } },
      /attribution\.p1\.speaker: "Putin" is not one of "Li", "Mishustin", "both", "narrative", "other"/,
    ],
    // A paragraph inserted before it: the override names words its paragraph no longer begins with.
    [
      { p2: { speaker: 'Mishustin', begins: 'Mishustin added' } },
      /attribution\.p2\.begins: paragraph p2 begins "More\.…", not "Mishustin added": the report changed/,
    ],
    // Words that begin another paragraph too: an inserted paragraph beginning "He" would take the override over.
    [
      { p3: { speaker: 'Mishustin', begins: 'He' } },
      /attribution\.p3\.begins: "He" also begins paragraph p4: give more of its first words, so that they name one paragraph/,
    ],
  ])('rejects the override %j', async (attribution, message) => {
    const report = await parseReport('ISLAMABAD, Oct. 16 (Xinhua) -- Li said on Wednesday.\n\nMore.\n\nHe added more.\n\nHe said so.');
    expect(() => buildMeeting(facts({ attribution }), report)).toThrow(message);
  });

  it('fails when the text contradicts the meeting date', async () => {
    const report = await parseReport('They met on Tuesday.');
    expect(() => buildMeeting(facts(), report)).toThrow(/2024-10-16 \(a Wednesday\) is not the "on Tuesday"/);
  });

  // However the words are spaced, cased or punctuated, a weekday or dateline that contradicts the date is caught.
  it.each([
    ['On Tuesday, China and Russia reiterated their commitment.', /is not the "On Tuesday"/],
    ['China and Russia reiterated Tuesday their commitment.', /is not the "Tuesday"/],
    ['China and Russia on  Tuesday reiterated their commitment.', /is not the "on Tuesday"/],
    ['CHINA AND RUSSIA ON TUESDAY REITERATED.', /is not the "ON TUESDAY"/],
    ['ISLAMABAD, Oct.  17 (Xinhua) -- Li said so.', /does not match the dateline "ISLAMABAD, Oct\. 17 \(Xinhua\)"/],
    ['ISLAMABAD,\tOct.\u200917 (Xinhua) - Li said so.', /does not match the dateline/],
    ['Islamabad, Oct. 17 (Xinhua) ― Li said so.', /does not match the dateline "Islamabad, Oct\. 17 \(Xinhua\)"/],
    ['ISLAMABAD, Oct. 17, 2024 (Xinhua): Li said so.', /does not match the dateline "ISLAMABAD, Oct\. 17, 2024 \(Xinhua\)"/],
    // Other outlets' datelines: a year, the day first, TASS's slashes, the country after the place, no space, an ordinal.
    ['ISLAMABAD, October 16, 2023 (Xinhua) -- Li said so.', /does not match the dateline "ISLAMABAD, October 16, 2023 \(Xinhua\)"/],
    ['ISLAMABAD, 17 October (Xinhua) -- Li said so.', /does not match the dateline "ISLAMABAD, 17 October \(Xinhua\)"/],
    ['ISLAMABAD, October 17. /TASS/. Li said so.', /does not match the dateline "ISLAMABAD, October 17\. \/TASS\/\."/],
    ['ISLAMABAD, Pakistan, Oct. 17 (AP) — Li said so.', /does not match the dateline "ISLAMABAD, Pakistan, Oct\. 17 \(AP\)"/],
    ['ISLAMABAD, Oct.17 (Xinhua) -- Li said so.', /does not match the dateline/],
    ['ISLAMABAD, Oct. 17th (Xinhua) -- Li said so.', /does not match the dateline/],
    ['Li said on Tues. that all is well.', /is not the "on Tues\."/],
    // A byline before the dateline.
    ['By Wang Wei\n\nISLAMABAD, Oct. 17 (Xinhua) -- Li said so.', /does not match the dateline "ISLAMABAD, Oct\. 17 \(Xinhua\)"/],
    // A city or an ordinal the text contradicts: the 2024 report filed as Bishkek's, or as the 24th meeting.
    [
      'BISHKEK, Oct. 16 (Xinhua) -- Li said so.',
      /city: neither "Islamabad" nor Pakistan is named in the report, whose dateline says "BISHKEK"/,
    ],
    [
      'ISLAMABAD, Oct. 16 (Xinhua) -- Li met Mishustin on the sidelines of the 24th Meeting of the Council of Heads of Government.',
      /meeting\.ordinal: 23 is not the "24th Meeting of the Council of Heads of Government" of the report/,
    ],
  ])('refuses a date that %j contradicts', async (text, message) => {
    const report = await parseReport(text);
    expect(() => buildMeeting(facts(), report)).toThrow(message);
  });
  // Other days a report names are not the day of the news.
  it.each([
    // Filed elsewhere, naming the city in the text; the ordinal as printed.
    'BEIJING, Oct. 16 (Xinhua) -- Li met Mishustin in Islamabad.',
    'BEIJING, Oct. 16 (Xinhua) -- Li met Mishustin in the Pakistani capital.',
    // A council named in passing is not the one of the meeting.
    'ISLAMABAD, Oct. 16 (Xinhua) -- A year after the 22nd Meeting of the SCO Council of Heads of Government, Li met Mishustin.',
    'ISLAMABAD, Oct. 16 (Xinhua) -- Li attended the 23rd Meeting of the SCO Council of Heads of Government.',
    // An earlier council it was held at, recalled alone (Kyodo) or beside its own.
    'ISLAMABAD, Oct. 16 (Kyodo) -- Li met Mishustin at the 24th such gathering. They last met on the sidelines of the 22nd Meeting of the Council of Heads of Government in Bishkek.',
    'ISLAMABAD, Oct. 16 (Kyodo) -- Li and Mishustin, who last met on the sidelines of the 22nd Meeting of the Council of Heads of Government, met again on the sidelines of the 23rd Meeting of the Council of Heads of Government.',
    'After talks last Monday in Moscow, China and Russia on Wednesday reiterated their commitment.',
    'Thursday, October 17, 2024, 9:12 a.m.\n\nISLAMABAD, Oct. 16 (Xinhua) -- Li said on Wednesday that all is well.',
  ])('takes %j, which names other days too', async (text) => {
    const report = await parseReport(text);
    expect(() => buildMeeting(facts(), report)).not.toThrow();
  });

  // Both sides as the subject, after a dateline dated or not, or as "both leaders".
  it.each([
    'ISLAMABAD, Oct. 16 (Xinhua) -- China and Russia on Wednesday reiterated their commitment.',
    'ISLAMABAD (Reuters) - China and Russia on Wednesday reiterated their commitment.',
    'ISLAMABAD: Chinese Premier Li Qiang and Russian Prime Minister Mikhail Mishustin on Wednesday pledged to deepen ties.',
    'Both leaders on Wednesday reiterated their commitment.',
  ])('gives %j to both sides', async (text) => {
    const report = await parseReport(text);
    expect(buildMeeting(facts(), report).paragraphs[0]!.attribution.side).toBe('both');
  });
});

describe('timeline', () => {
  const meetings = [
    { id: '2024-islamabad', meetingDate: '2024-10-16' },
    { id: '2022-samarkand', meetingDate: '2022-11-01' },
    { id: '2023-bishkek', meetingDate: '2023-10-25' },
  ];

  it('orders meetings by date, oldest first, whatever the input order', () => {
    expect(byMeetingDate(meetings).map((m) => m.id)).toEqual(['2022-samarkand', '2023-bishkek', '2024-islamabad']);
  });

  it('links each meeting to its neighbours and measures the gap since the previous one', () => {
    const entries = timeline(meetings);
    expect(entries.map((e) => [e.meeting.id, e.previous?.id, e.next?.id, e.sincePrevious?.label])).toEqual([
      ['2022-samarkand', undefined, '2023-bishkek', undefined],
      ['2023-bishkek', '2022-samarkand', '2024-islamabad', '358 days later'],
      ['2024-islamabad', '2023-bishkek', undefined, '357 days later'],
    ]);
  });

  it('keeps a stable order for two meetings on the same day', () => {
    const sameDay = [
      { id: 'b', meetingDate: '2024-01-01' },
      { id: 'a', meetingDate: '2024-01-01' },
    ];
    expect(timeline(sameDay).map((e) => [e.meeting.id, e.sincePrevious?.label])).toEqual([
      ['a', undefined],
      ['b', 'the same day'],
    ]);
  });

  it('handles no meetings and one meeting', () => {
    expect(timeline([])).toEqual([]);
    expect(timeline([meetings[0]!])).toHaveLength(1);
  });
});

describe('sitePaths', () => {
  it.each([
    ['/', '/', '/compare/', '/meetings/2024-islamabad/', '/#2024-islamabad', '/compare/#2024-islamabad'],
    ['/sco/', '/sco/', '/sco/compare/', '/sco/meetings/2024-islamabad/', '/sco/#2024-islamabad', '/sco/compare/#2024-islamabad'],
    ['/sco', '/sco/', '/sco/compare/', '/sco/meetings/2024-islamabad/', '/sco/#2024-islamabad', '/sco/compare/#2024-islamabad'],
  ])('base %s', (base, home, compare, meeting, timelineEntry, compareEntry) => {
    const paths = sitePaths(base);
    expect([
      paths.home,
      paths.compare,
      paths.meeting('2024-islamabad'),
      paths.timelineEntry('2024-islamabad'),
      paths.compareEntry('2024-islamabad'),
    ]).toEqual([home, compare, meeting, timelineEntry, compareEntry]);
    expect(paths.comparison('2023-bishkek', '2024-islamabad')).toBe(`${compare}2023-bishkek--2024-islamabad/`);
  });
});
