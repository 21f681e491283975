/**
 * The content files' schemas, checked directly with safeParse: every way an editor can get a
 * field wrong. One real build per failure stage (tests/build/content-files.test.ts) proves
 * that the build stops on them and names the file.
 */
import { describe, expect, it } from 'vitest';
import { changelogSchema, inFileTerms, meetingSchema, scopeSchema, topicSchema } from '../../src/content-schemas.ts';
import { readContent } from '../support/content.ts';

const [bishkek] = readContent();
const valid = bishkek!.data;

/** The first issue of a frontmatter changed by `edit`, as "path: message". */
function problem(edit: (data: Record<string, unknown>) => void): string {
  const data = structuredClone(valid) as Record<string, unknown>;
  edit(data);
  const result = meetingSchema.safeParse(data, { error: inFileTerms });
  if (result.success) return 'valid';
  const issue = result.error.issues[0]!;
  return `${issue.path.join('.')}: ${issue.message}`;
}

describe("a report's frontmatter", () => {
  it.each(readContent().map((file) => [file.id, file.data] as const))('%s is valid', (_id, data) => {
    expect(meetingSchema.safeParse(data).success).toBe(true);
  });

  it('takes a report by any outlet, with or without its full name: adding one needs no code', () => {
    expect(problem((d) => (d['publisher'] = 'TASS'))).toBe('valid');
    expect(problem((d) => Object.assign(d, { publisher: 'RIA', publisherFullName: 'RIA Novosti' }))).toBe('valid');
  });

  it.each<[string, (data: Record<string, unknown>) => void, RegExp]>([
    ['a missing field', (d) => delete d['city'], /^city: is missing$/],
    ['a publisher on two lines', (d) => (d['publisher'] = 'China\nDaily'), /^publisher: must be one line/],
    ['an empty full name of the publisher', (d) => (d['publisherFullName'] = ' '), /^publisherFullName: must not be empty$/],
    ['an impossible date', (d) => (d['publishedOn'] = '2024-02-30'), /^publishedOn: "2024-02-30" is not a real calendar date/],
    [
      'an unquoted date (YAML makes it a Date)',
      (d) => (d['publishedOn'] = new Date('2024-10-17')),
      /^publishedOn: write the date as a quoted string/,
    ],
    [
      'a mistyped ordinal',
      (d) => ((d['meeting'] as Record<string, unknown>)['ordinal'] = 'twenty-third'),
      /^meeting\.ordinal: must be a whole number/,
    ],
    ['an unknown field', (d) => (d['capital'] = 'yes'), /^: "capital" is not a field of this file$/],
    ["a slug claiming another file's id", (d) => (d['slug'] = '2024-islamabad'), /^: "slug" is not a field of this file$/],
    [
      'a __proto__ key (as YAML reads it: a key of its own)',
      (d) => Object.defineProperty(d, '__proto__', { value: { polluted: true }, enumerable: true }),
      /^: "__proto__" is not a field of this file$/,
    ],
    ['a YAML merge key', (d) => (d['<<'] = { city: 'Lahore' }), /^: "<<" is not a field of this file \(YAML merge keys/],
    [
      'a list where a mapping belongs (an alias to the wrong anchor)',
      (d) => (d['coordinates'] = d['participants']),
      /^coordinates: must be a mapping \(indented "key: value" lines\), not a list \(lines that begin with "- "\)$/,
    ],
    ['a list where text belongs', (d) => (d['title'] = ['a', 'b']), /^title: must be text, not a list/],
    ['a mapping where a list belongs', (d) => (d['participants'] = { name: 'Li' }), /^participants: must be a list .*, not a mapping/],
    ['a list of paragraph ids for attribution', (d) => (d['attribution'] = ['p1']), /^attribution: must be a mapping .*, not a list/],
    [
      'bytes that are not UTF-8',
      (d) => (d['city'] = 'Islamab\uFFFDd'),
      /^city: has a character that is not text: U\+FFFD, where bytes were not UTF-8/,
    ],
    [
      'a direction control',
      (d) => (d['city'] = 'Islamabad\u202E'),
      /^city: has a character that is not text: U\+202E, a character that changes the direction/,
    ],
    ['an empty title', (d) => (d['title'] = '   '), /^title: must not be empty$/],
    [
      'a control character',
      (d) => (d['title'] = 'Li meets\fMishustin'),
      /^title: has a character that is not text: U\+000C, a control character/,
    ],
    [
      'a line separator',
      (d) => (d['title'] = 'Li meets\u2028Mishustin'),
      /^title: has a character that is not text: U\+2028, a line or paragraph separator/,
    ],
    [
      'one participant',
      (d) => (d['participants'] = [(d['participants'] as unknown[])[0]]),
      /^participants: the site lists the meetings of Li Qiang and Mikhail Mishustin; this report names Li Qiang$/,
    ],
    // What the analysis reads a speaker's side by, and a name that only looks like the one required.
    [
      'the countries swapped',
      (d) => {
        const [li, mishustin] = d['participants'] as Record<string, string>[];
        [li!['country'], mishustin!['country']] = [mishustin!['country']!, li!['country']!];
      },
      /^participants\.0\.country: Li Qiang's country is "China", by which the analysis finds who speaks; not "Russia"$/,
    ],
    [
      "a short name that is the other participant's",
      (d) => ((d['participants'] as Record<string, string>[])[1]!['shortName'] = 'Li'),
      /^participants\.1\.shortName: Mikhail Mishustin's shortName is "Mishustin", by which the analysis finds who speaks; not "Li"$/,
    ],
    [
      'a caption with a tab',
      (d) => (d['photoCaption'] = 'Li Qiang\tmeets Mishustin'),
      /^photoCaption: must be one line: it holds a line break or a tab$/,
    ],
    [
      'a title of two lines (a YAML "\\n")',
      (d) => (d['title'] = 'China and Russia\nvow'),
      /^title: must be one line: it holds a line break or a tab$/,
    ],
    [
      // "The premier said" is Li's by his office: another wording would give his words to the reporter.
      'an office in other words',
      (d) => ((d['participants'] as Record<string, string>[])[0]!['office'] = 'Premier of the State Council'),
      /^participants\.0\.office: Li Qiang's office is "Premier", by which the analysis finds who speaks; not "Premier of the State Council"$/,
    ],
    [
      'a name with a no-break space',
      (d) => ((d['participants'] as Record<string, string>[])[0]!['name'] = 'Li\u00A0Qiang'),
      /^participants: the site lists the meetings of Li Qiang and Mikhail Mishustin; this report names Li<U\+00A0>Qiang and Mikhail Mishustin$/,
    ],
    [
      'an attribution for something that is no paragraph id',
      (d) => (d['attribution'] = { para4: 'Li' }),
      /^attribution\.para4: paragraph ids are p1, p2/,
    ],
    [
      'a scope for something that is no sentence id',
      (d) => (d['scope'] = { p4: { scope: 'sco', begins: 'x' } }),
      /^scope\.p4: sentence ids are p1-s1/,
    ],
    // An override names the words its paragraph or sentence begins with, so that it cannot move.
    [
      'an attribution without the words its paragraph begins with',
      (d) => (d['attribution'] = { p2: { speaker: 'Li' } }),
      /^attribution\.p2\.begins: /,
    ],
    ['an attribution written the old way, a name alone', (d) => (d['attribution'] = { p2: 'Li' }), /^attribution\.p2: must be a mapping/],
    [
      "YAML's .nan for a latitude",
      (d) => ((d['coordinates'] as Record<string, unknown>)['latitude'] = Number.NaN),
      /^coordinates\.latitude: must be a number, not NaN \(YAML's \.nan or \.inf\)$/,
    ],
    ['a latitude off the globe', (d) => ((d['coordinates'] as Record<string, unknown>)['latitude'] = 95), /^coordinates\.latitude: /],
    // The dates against each other and the calendar.
    [
      'a meeting before the first one, in 2001',
      (d) => Object.assign(d, { meetingDate: '1999-10-16', publishedOn: '1999-10-17' }),
      /^meetingDate: 1999-10-16 is before 2001, when the SCO's heads of government first met$/,
    ],
    [
      'a report published before its meeting',
      (d) => Object.assign(d, { meetingDate: '2024-10-16', publishedOn: '2024-10-15' }),
      /^publishedOn: 2024-10-15 is before meetingDate 2024-10-16: a report cannot precede the meeting$/,
    ],
    [
      'a report published after the day of the build',
      (d) => (d['publishedOn'] = '2999-01-01'),
      /^publishedOn: 2999-01-01 is after today, \d{4}-\d{2}-\d{2}$/,
    ],
  ])('rejects %s, naming the field', (_name, edit, message) => {
    expect(problem(edit)).toMatch(message);
  });

  it.each<[string, (data: Record<string, unknown>) => void, RegExp]>([
    ['a title that shows nothing', (d) => (d['title'] = '\u200B'), /^title: shows nothing: only spaces or characters that show nothing$/],
    [
      'a lone surrogate (a YAML escape)',
      (d) => (d['title'] = 'Li\uD800Qiang'),
      /^title: has a character that is not text: U\+D800, which Unicode keeps out of text/,
    ],
  ])('rejects %s', (_name, edit, message) => {
    expect(problem(edit)).toMatch(message);
  });

  it('takes a report published on the day of its meeting', () => {
    expect(problem((d) => Object.assign(d, { meetingDate: '2024-10-16', publishedOn: '2024-10-16' }))).toBe('valid');
  });
});

describe('the curated lists', () => {
  it.each<[string, unknown, string]>([
    [
      'a formula without phrases',
      { id: 'space-race', name: 'Space race', theme: 'world-order', phrases: [] },
      'phrases: a formula needs at least one phrase that signals it',
    ],
    [
      'variants that are not true or false',
      { id: 'x', name: 'X', theme: 't', phrases: ['x'], variants: 'yes' },
      'variants: must be true or false',
    ],
    ['a formula without a theme', { id: 'x', name: 'X', phrases: ['x'] }, 'theme: Invalid input: expected string, received undefined'],
    ['a weight above 5', { id: 'x', name: 'X', theme: 't', weight: 7, phrases: ['x'] }, 'weight: must be a whole number from 1 to 5'],
    [
      'a weight that is not whole',
      { id: 'x', name: 'X', theme: 't', weight: 2.5, phrases: ['x'] },
      'weight: must be a whole number from 1 to 5',
    ],
    ['an unknown key', { id: 'x', name: 'X', theme: 't', phrases: ['x'], phrase: 'y' }, ''],
    [
      'a phrase with no word in it',
      { id: 'x', name: 'X', theme: 't', phrases: ['trade', '--'] },
      'phrases.1: "--" has no word to find: a phrase needs letters or digits',
    ],
    [
      'a phrase that shows nothing',
      { id: 'x', name: 'X', theme: 't', phrases: ['\u200B'] },
      'phrases.0: shows nothing: only spaces or characters that show nothing',
    ],
  ])('reject %s', (_name, entry, message) => {
    const result = topicSchema('a formula').safeParse(entry);
    expect(result.success).toBe(false);
    if (message) expect(`${result.error!.issues[0]!.path.join('.')}: ${result.error!.issues[0]!.message}`).toBe(message);
  });

  it('refuses a version dated on a day that does not exist', () => {
    const result = changelogSchema.safeParse({ id: '4', date: '2026-13-45', changes: 'x', pairs: {} });
    expect(result.error?.issues[0]?.message).toBe('"2026-13-45" is not a real calendar date (YYYY-MM-DD)');
  });

  it('refuses a scope without phrases', () => {
    const result = scopeSchema.safeParse({ id: 'sco', name: 'SCO-wide', phrases: [] });
    expect(result.error?.issues[0]?.message).toBe('a scope needs at least one phrase that signals it');
  });

  it('keeps "bilateral" for the sentences no scope claims', () => {
    const result = scopeSchema.safeParse({ id: 'bilateral', name: 'Bilateral', phrases: ['two countries'] });
    expect(result.error?.issues[0]?.message).toBe('"bilateral" is the scope of every other sentence; choose another id');
  });
});
