/**
 * The checks run before Astro's loaders, on a copy of the real content/ with one report
 * edited as an editor might: each problem names the file, the line counted from the file's
 * first line, and the field or key, in the file's own terms.
 */
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import {
  assertContent,
  citySlug,
  contentFolderProblems,
  lineOfField,
  repeatedIds,
  reportProblem,
  ordinalsOutOfOrder,
  sameMeetingTwice,
  type FolderEntry,
} from '../../src/content-checks.ts';
import { FieldError } from '../../src/lib/text.ts';
import { projectRoot } from '../support/build.ts';

const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** A copy of the real content/ in a temporary folder, removed after the tests. */
function copyOfContent(): string {
  const folder = mkdtempSync(`${tmpdir()}/content-checks-`);
  folders.push(folder);
  cpSync(`${projectRoot}content`, folder, { recursive: true });
  return folder;
}

/** The message assertContent throws for a folder, without the folder's path, or "no problem". */
function problemOf(folder: string): string {
  try {
    assertContent(folder);
    return 'no problem';
  } catch (error) {
    return (error as Error).message.replace(`${folder}: `, '');
  }
}

/** The message assertContent throws for content/ with one file (2024-islamabad.md) edited, without the folder. */
function problemAfter(edit: (source: string) => string, name = '2024-islamabad.md', renameTo = name): string {
  const folder = copyOfContent();
  if (renameTo !== name) renameSync(`${folder}/${name}`, `${folder}/${renameTo}`);
  const file = `${folder}/${renameTo}`;
  const source = readFileSync(file, 'utf8');
  const edited = edit(source);
  expect(edited, 'the edit changes the file').not.toBe(source);
  writeFileSync(file, edited);
  return problemOf(folder);
}

// 2024-islamabad.md: line 8 is "city: Islamabad", 11-13 the coordinates, 14 "meeting:",
// 17 "participants:", 26 the photo caption.
describe('assertContent', () => {
  it('passes the real content', () => {
    expect(() => assertContent(`${projectRoot}content`)).not.toThrow();
  });

  it.each<[string, (source: string) => string, string]>([
    [
      'a key that stands twice',
      (s) => s.replace('city: Islamabad', 'city: Islamabad\ncity: Lahore'),
      '2024-islamabad.md, line 9: the key "city" stands twice; keep one',
    ],
    [
      'a key that stands twice inside { … }',
      (s) => s.replace('city: Islamabad', 'city: Islamabad\nattribution:\n  p2: { speaker: Li, speaker: narrative, begins: "x" }'),
      '2024-islamabad.md, line 10: the key "speaker" stands twice; keep one',
    ],
    [
      'an alias to an anchor defined further down',
      (s) =>
        s
          .replace('coordinates:\n  latitude: 33.6844\n  longitude: 73.0479', 'coordinates: *people')
          .replace('participants:', 'participants: &people'),
      '2024-islamabad.md, line 11: not valid YAML: unidentified alias "people"',
    ],
    [
      'an alias to a list where a mapping belongs',
      (s) =>
        s
          .replace('coordinates:\n  latitude: 33.6844\n  longitude: 73.0479\n', '')
          .replace('participants:', 'participants: &people')
          .replace('photoCaption:', 'coordinates: *people\nphotoCaption:'),
      '2024-islamabad.md, line 23, coordinates: must be a mapping (indented "key: value" lines), not a list (lines that begin with "- ")',
    ],
    [
      'a __proto__ key',
      (s) => s.replace('  ordinal: 23', '  ordinal: 23\n  __proto__: x'),
      '2024-islamabad.md, line 16, meeting.__proto__: "__proto__" is not a field of this file',
    ],
    [
      'an unpublished headline left in as a list',
      (s) => s.replace(/^title: .*$/m, 'title:\n  - China willing\n  - Premier Li'),
      '2024-islamabad.md, line 2, title: must be text, not a list (lines that begin with "- ")',
    ],
    [
      'malformed YAML (an unclosed list)',
      (s) => s.replace('city: Islamabad', 'city: [Islamabad'),
      '2024-islamabad.md, line 9: not valid YAML: missed comma between flow collection entries',
    ],
    [
      'no frontmatter',
      (s) => s.replace(/^---\n[\s\S]*?\n---\n/, ''),
      '2024-islamabad.md, line 1: the file must begin with its frontmatter between two lines of ---',
    ],
  ])('names %s', (_name, edit, message) => {
    expect(problemAfter(edit)).toBe(message);
  });

  it.each<[string, (source: string) => string, string]>([
    [
      'a report of Li Qiang meeting another head of government',
      (s) => s.replace('name: Mikhail Mishustin', 'name: Shehbaz Sharif'),
      '2024-islamabad.md, line 17, participants: the site lists the meetings of Li Qiang and Mikhail Mishustin; this report names Li Qiang and Shehbaz Sharif',
    ],
    [
      // Read as Astro's glob loader reads it (parseFrontmatter: a date), which the schema refuses.
      'an unquoted date',
      (s) => s.replace('meetingDate: "2024-10-16"', 'meetingDate: 2024-10-16'),
      '2024-islamabad.md, line 7, meetingDate: write the date as a quoted string, e.g. "2024-10-16", so that impossible dates are caught',
    ],
    ['a byte-order mark and Windows line endings, which are valid', (s) => `\uFEFF${s.replaceAll('\n', '\r\n')}`, 'no problem'],
    [
      'old Mac line endings (CR alone), which Astro reads as one line',
      (s) => s.replaceAll('\n', '\r'),
      '2024-islamabad.md, line 1: a line ends with a carriage return alone (CR, old Mac OS line endings): save the file with LF or CRLF line endings',
    ],
    [
      'one stray carriage return, ending line 7 (city)',
      (s) => s.replace('city: Islamabad\n', 'city: Islamabad\r'),
      '2024-islamabad.md, line 8: a line ends with a carriage return alone (CR, old Mac OS line endings): save the file with LF or CRLF line endings',
    ],
  ])('%s', (_name, edit, message) => {
    expect(problemAfter(edit)).toBe(message);
  });

  it('names a file whose name does not say its year and city: the 2024 report saved as 2019-moscow.md', () => {
    expect(problemAfter((s) => `${s}\n`, '2024-islamabad.md', '2019-moscow.md')).toBe(
      '2019-moscow.md, line 7, meetingDate: the file name says 2019, the meeting date 2024-10-16: name the file 2024-islamabad.md (2024-islamabad-2.md for a second meeting there that year)',
    );
  });

  it.each<[string, (source: string) => string, string, string]>([
    ['a city whose name ends in a number', (s) => s.replace('city: Islamabad', 'city: Islamabad 7'), '2024-islamabad-7.md', 'no problem'],
    [
      'a city with a soft hyphen, which shows nothing',
      (s) => s.replace('city: Islamabad', 'city: "Isla\u00ADmabad"'),
      '2024-islamabad.md',
      'no problem',
    ],
    [
      'a city in letters that give no file name',
      (s) => s.replace('city: Islamabad', 'city: 北京'),
      '2024-islamabad.md',
      '2024-islamabad.md, line 8, city: "北京" has no letters to name the file with: write the city in Latin letters, as the site\'s readers do (Beijing, not 北京)',
    ],
  ])('%s', (_case, edit, renameTo, message) => {
    expect(problemAfter(edit, '2024-islamabad.md', renameTo)).toBe(message);
  });

  it.each([
    ['2024-islamabad.md', '\uFEFF'],
    ['themes.yaml', ''],
  ])('names %s saved as UTF-16 (Windows\' "Unicode"), not the NULs and U+FFFD it would read as', (name, bom) => {
    const folder = copyOfContent();
    writeFileSync(`${folder}/${name}`, Buffer.from(bom + readFileSync(`${folder}/${name}`, 'utf8'), 'utf16le'));
    expect(() => assertContent(folder)).toThrow(`${folder}: ${name}: saved as UTF-16 (Windows' "Unicode"): save it as UTF-8`);
  });

  it('names both files of one meeting: the 2024 report saved again under its city and country', () => {
    const folder = copyOfContent();
    const islamabad = readFileSync(`${folder}/2024-islamabad.md`, 'utf8');
    writeFileSync(`${folder}/2024-islamabad-pakistan.md`, islamabad.replace('city: Islamabad', 'city: Islamabad, Pakistan'));
    expect(() => assertContent(folder)).toThrow(
      `${folder}: 2024-islamabad.md and 2024-islamabad-pakistan.md both report the meeting of Li Qiang and Mikhail Mishustin on 2024-10-16; keep one`,
    );
  });

  /** The 2024 report as another meeting in Islamabad that year, on a later day of October, in another series (numbered by the day). */
  const anotherMeeting = (source: string, day: number): string =>
    source
      .replace(/(meetingDate|publishedOn): "2024-10-1\d"/g, `$1: "2024-10-${day}"`)
      .replace(/name: Meeting of the Council[^\n]*/, 'name: Regular meeting of the heads of government')
      .replace('ordinal: 23', `ordinal: ${day}`);

  // The first meeting in a city and year has no number, the second -2, the third -3.
  it.each<[string, string[], string]>([
    ['a second meeting, numbered', ['2024-islamabad-2.md'], 'no problem'],
    ['a second and a third', ['2024-islamabad-2.md', '2024-islamabad-3.md'], 'no problem'],
    // The number says nothing the site shows: a third without a second builds.
    ['a third without a second', ['2024-islamabad-3.md'], 'no problem'],
    [
      'a second numbered -1',
      ['2024-islamabad-1.md'],
      '2024-islamabad-1.md, line 8, city: the file name says "islamabad-1", the city "Islamabad": name the file 2024-islamabad.md (2024-islamabad-2.md for a second meeting there that year)',
    ],
    [
      'a second numbered -02',
      ['2024-islamabad-02.md'],
      '2024-islamabad-02.md, line 8, city: the file name says "islamabad-02", the city "Islamabad": name the file 2024-islamabad.md (2024-islamabad-2.md for a second meeting there that year)',
    ],
  ])('%s in one city and year: %j', (_case, names, message) => {
    const folder = copyOfContent();
    const islamabad = readFileSync(`${folder}/2024-islamabad.md`, 'utf8');
    names.forEach((name, index) => writeFileSync(`${folder}/${name}`, anotherMeeting(islamabad, 17 + index)));
    expect(problemOf(folder)).toBe(message);
  });

  /** The line of a list that holds the text, counted from 1, read off the file. */
  const lineOf = (list: string, text: string): number =>
    readFileSync(`${projectRoot}content/${list}`, 'utf8')
      .split('\n')
      .findIndex((line) => line.includes(text)) + 1;

  /** The line of a topic's "phrases:" in a list, read off the file. */
  const phrasesLineOf = (list: string, id: string): number => {
    const lines = readFileSync(`${projectRoot}content/${list}`, 'utf8').split('\n');
    const entry = lines.indexOf(`- id: ${id}`);
    return lines.findIndex((line, index) => index > entry && line.trimStart().startsWith('phrases:')) + 1;
  };

  // A broken or emptied list fails here, on every build and dev request, whatever Astro's content store kept.
  it.each<[string, string, (source: string) => string, string]>([
    [
      'an emptied list',
      'formulae.yaml',
      () => '# nothing here\n',
      'formulae.yaml: has no entries; it must be a list of entries, each beginning with "- id: …"',
    ],
    [
      'an unclosed [ (on line 17; YAML notices it on line 27), and only that',
      'formulae.yaml',
      (s) => s.replace('    [\n      multipolar world,', '    [[\n      multipolar world,'),
      'formulae.yaml, line 27: not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ],
    [
      'a formula without phrases',
      'formulae.yaml',
      (s) => s.replace(/(id: third-party\n[\s\S]*?phrases:)[^\n]*\n(?:\s+\[[^\]]*\]\n)?/, '$1 []\n'),
      // Named at the field: the phrases of third-party, line 27, begin on line 30.
      'formulae.yaml, line 30, third-party.phrases: a formula needs at least one phrase that signals it',
    ],
    [
      'the id of a formula',
      'cooperation-areas.yaml',
      (s) =>
        s.replace(
          '- id: energy\n',
          '- id: third-party\n  name: Third parties\n  theme: economy\n  phrases: [third parties]\n- id: energy\n',
        ),
      // Inserted where energy stood.
      `cooperation-areas.yaml, line ${lineOf('cooperation-areas.yaml', '- id: energy')}, third-party.id: "third-party" is the id of a formula in content/formulae.yaml too; each topic needs its own`,
    ],
    [
      'a theme that themes.yaml lacks',
      'cooperation-areas.yaml',
      (s) => s.replace('theme: economy\n  phrases:\n    [\n      investment,', 'theme: commerce\n  phrases:\n    [\n      investment,'),
      'cooperation-areas.yaml, line 31, investment.theme: "commerce" is not one of content/themes.yaml: "world-order", "framing", "sco", "multilateral", "economy", "people", "occasion"',
    ],
    // One error per cause: the theme's bad weight, not also every economy topic's "not one of themes.yaml".
    [
      'a theme with a weight out of range',
      'themes.yaml',
      (s) => s.replace('- id: economy\n  name: Economy and trade\n  weight: 2', '- id: economy\n  name: Economy and trade\n  weight: 9'),
      // economy begins on line 18; its weight is line 20.
      'themes.yaml, line 20, economy.weight: must be a whole number from 1 to 5',
    ],
    [
      'a phrase of two topics, which would take every mention from one of them',
      'cooperation-areas.yaml',
      (s) => s.replace('- id: energy\n', '- id: commerce\n  name: Commerce\n  theme: economy\n  phrases: [trade]\n- id: energy\n'),
      'cooperation-areas.yaml, line 42, commerce.phrases: "trade" is a phrase of trade-and-economy too; a mention counts for one topic only: keep it in one (a wider topic takes it through parents)',
    ],
    [
      'a phrase of two topics in another spelling, which the matcher reads as one',
      'cooperation-areas.yaml',
      (s) =>
        s.replace('- id: energy\n', '- id: exchanges\n  name: Exchanges\n  theme: people\n  phrases: [people to people]\n- id: energy\n'),
      // Named at the later of the two: the inserted topic stands before the culture topic, whose phrases move down the four lines inserted.
      `cooperation-areas.yaml, line ${phrasesLineOf('cooperation-areas.yaml', 'culture-and-people-to-people-exchange') + 4}, culture-and-people-to-people-exchange.phrases: "people-to-people" is read as "people to people", a phrase of exchanges too; a mention counts for one topic only: keep it in one (a wider topic takes it through parents)`,
    ],
    [
      'a topic that is its own parent',
      'formulae.yaml',
      (s) => s.replace('parents: [culture-and-people-to-people-exchange]', 'parents: [culture-years]'),
      `formulae.yaml, line ${lineOf('formulae.yaml', 'parents: [culture-and-people-to-people-exchange]')}, culture-years.parents: "culture-years" is the topic itself`,
    ],
    [
      // Numbered, so that the newest is the highest whatever order Astro's store keeps them in: "10" sorts before "9" as text.
      'a version numbered out of order',
      'changelog.yaml',
      (s) => s.replace('- id: "3"\n', '- id: "11"\n'),
      `changelog.yaml, line ${lineOf('changelog.yaml', '- id: "3"')}, 11.id: version "11" stands where version "3" belongs: number the versions 1, 2, 3, … in order, newest last`,
    ],
    [
      'a version named, not numbered',
      'changelog.yaml',
      (s) => s.replace('- id: "3"\n', '- id: "third"\n'),
      `changelog.yaml, line ${lineOf('changelog.yaml', '- id: "3"')}, third.id: must be the version's number, quoted: "10"`,
    ],
    [
      'a wider topic at a level that is no level, and one that is no topic',
      'formulae.yaml',
      (s) =>
        s.replace(
          'parentsAtLevel: { sco: [multilateral-coordination], multilateral: [multilateral-coordination] }',
          'parentsAtLevel: { global: [multilateral-coordination], sco: [un-coordination] }',
        ),
      `formulae.yaml, line ${lineOf('formulae.yaml', 'parentsAtLevel:')}, communication-and-coordination.parentsAtLevel: "global" is not the id of a level in content/scopes.yaml; ` +
        `formulae.yaml, line ${lineOf('formulae.yaml', 'parentsAtLevel:')}, communication-and-coordination.parentsAtLevel.sco: "un-coordination" is not the id of a topic in content/formulae.yaml or content/cooperation-areas.yaml`,
    ],
    [
      'an id twice in one list',
      'scopes.yaml',
      (s) => `${s}- id: sco\n  name: Again\n  phrases: [again]\n`,
      'scopes.yaml: the id "sco" stands more than once; each entry needs its own',
    ],
    [
      // One error per cause: the parent is named by its own error, not also told missing by its children.
      'a parent whose own entry breaks its schema',
      'cooperation-areas.yaml',
      (s) => s.replace(/(- id: culture-and-people-to-people-exchange\n) {2}name: [^\n]*\n/, '$1'),
      `cooperation-areas.yaml, line ${lineOf('cooperation-areas.yaml', '- id: culture-and-people-to-people-exchange')}, culture-and-people-to-people-exchange.name: is missing`,
    ],
    [
      'a parent that no list has',
      'formulae.yaml',
      (s) => s.replace('parents: [culture-and-people-to-people-exchange]', 'parents: [culture-exchange]'),
      `formulae.yaml, line ${lineOf('formulae.yaml', 'parents: [culture-and-people-to-people-exchange]')}, culture-years.parents: "culture-exchange" is not the id of a topic in content/formulae.yaml or content/cooperation-areas.yaml`,
    ],
    [
      'a key that stands twice in an entry',
      'themes.yaml',
      (s) => s.replace('  weight: 2\n', '  weight: 2\n  weight: 3\n'),
      'themes.yaml, line 21: the key "weight" stands twice; keep one',
    ],
    // scopes.yaml's first entry, "- id: sco" on line 8, without its id.
    ['an entry without an id', 'scopes.yaml', (s) => s.replace('- id: sco\n  name:', '- name:'), 'scopes.yaml, entry 1.id: is missing'],
    [
      'old Mac line endings (CR alone) in a list',
      'scopes.yaml',
      (s) => s.replace('# themselves).', '# themselves).\r'),
      'scopes.yaml, line 2: a line ends with a carriage return alone (CR, old Mac OS line endings): save the file with LF or CRLF line endings',
    ],
  ])('refuses %s in %s', (_name, list, edit, message) => {
    expect(problemAfter(edit, list)).toBe(message);
  });
});

describe('citySlug: every real city has a file name', () => {
  it.each([
    ['Bishkek', 'bishkek'],
    ['Nizhny Novgorod', 'nizhny-novgorod'],
    ['Kraków', 'krakow'],
    ['Łódź', 'lodz'],
    ['Бишкек', 'bishkek'],
    ['Санкт-Петербург', 'sankt-peterburg'],
    ['Dušanbe', 'dusanbe'],
  ])('%s → %s', (city, slug) => {
    expect(citySlug(city)).toBe(slug);
  });
});

const lists: FolderEntry[] = ['changelog.yaml', 'cooperation-areas.yaml', 'formulae.yaml', 'scopes.yaml', 'themes.yaml'].map((name) => ({
  name,
  kind: 'file',
}));
const report: FolderEntry = { name: '2024-islamabad.md', kind: 'file' };
const problems = (...extra: FolderEntry[]) => contentFolderProblems([...lists, report, ...extra]);

describe('contentFolderProblems', () => {
  it('accepts reports named YEAR-city.md and the lists', () => {
    expect(problems({ name: '2024-islamabad.md', kind: 'file' }, { name: '2025-nizhny-novgorod.md', kind: 'file' })).toEqual([]);
  });

  it.each([
    ['2025 Moscow.md', 'file'],
    ['2025-Moscow.md', 'file'],
    ['2025-moscow.MD', 'file'],
    ['2025-moscow.markdown', 'file'],
    ['_draft.md', 'file'],
    ['.2025-moscow.md', 'file'],
    ['notes.txt', 'file'],
    ['moscow.md', 'file'],
  ] as const)('refuses %s, naming it', (name, kind) => {
    const [problem] = problems({ name, kind });
    expect(problem).toMatch(new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: not a report or a list the site reads`));
  });

  it('refuses folders and symbolic links', () => {
    expect(problems({ name: 'drafts', kind: 'directory' }, { name: '2030-elsewhere.md', kind: 'symlink' })).toEqual([
      'drafts: content/ holds files only, no folders',
      '2030-elsewhere.md: a symbolic link; put the file itself in content/',
    ]);
  });

  it('names a folder with no report', () => {
    expect(contentFolderProblems(lists)).toEqual(['no report: add one, named YEAR-city.md']);
  });

  it('names a list that is missing', () => {
    expect(
      contentFolderProblems([
        report,
        { name: 'changelog.yaml', kind: 'file' },
        { name: 'formulae.yaml', kind: 'file' },
        { name: 'scopes.yaml', kind: 'file' },
        { name: 'themes.yaml', kind: 'file' },
      ]),
    ).toEqual(['cooperation-areas.yaml: missing; the comparison reads it']);
  });
});

const source = `---
title: A title
publisher: Reuters
meeting:
  ordinal: twenty-third
  name: Meeting
participants:
  - name: Li Qiang
    shortName: Li
city: Islamabad
---

Body text: with a colon.
`;

describe('reportProblem', () => {
  const islamabadFile = `${projectRoot}content/2024-islamabad.md`;
  const bishkekFile = `${projectRoot}content/2023-bishkek.md`;
  it.each([
    // a field the text contradicts, at its line: meetingDate is line 7 of the 2024 report, meeting.ordinal line 15
    [islamabadFile, new FieldError('meetingDate', 'why'), `${islamabadFile}, line 7, meetingDate: why`],
    [islamabadFile, new FieldError('meeting.ordinal', 'why'), `${islamabadFile}, line 15, meeting.ordinal: why`],
    // an override written on one line ("p2: { speaker: narrative, begins: … }"): the line of p2
    [bishkekFile, new FieldError('attribution.p2.begins', 'why'), `${bishkekFile}, line 27, attribution.p2.begins: why`],
    // no file to read: no line
    ['content/gone.md', new FieldError('city', 'why'), 'content/gone.md, city: why'],
    // any other error, as it is
    [islamabadFile, new Error('the report has no paragraphs'), `${islamabadFile}: the report has no paragraphs`],
  ])('%s, %s', (path, error, expected) => {
    expect(reportProblem(path, error)).toBe(expected);
  });
});

describe('lineOfField', () => {
  it.each([
    [['publisher'], 3],
    [['meeting', 'ordinal'], 5],
    [['participants', 0, 'shortName'], 9],
    [['city'], 10],
    [['country'], undefined], // missing: no line to name
    [['meeting', 'weekday'], 4], // the nearest line that exists
    [['Body text'], undefined], // below the frontmatter
  ] as const)('%j is on line %s', (path, line) => {
    expect(lineOfField(source, path)).toBe(line);
  });

  // The second participant's field is on its own line, not the first participant's.
  it.each([
    [['participants', 0, 'shortName'], 19],
    [['participants', 1, 'shortName'], 23],
    [['participants', 1, 'country'], 25],
    [['participants', 1], 22],
    [['participants', 2, 'office'], 17], // no third participant: the list's line
    [['attribution', 'p2', 'begins'], 29], // a field of a mapping written on one line
  ] as const)('in the 2024 report, %j is on line %s', (path, line) => {
    expect(lineOfField(readFileSync(`${projectRoot}content/2024-islamabad.md`, 'utf8'), path)).toBe(line);
  });
});

describe('lineOfField in a list', () => {
  const list =
    '# Topics\n- id: trade\n  name: Trade\n  phrases: [trade]\n- id: "energy"\n  name: Energy\n  theme: economy\n  phrases: [energy]\n';
  it.each([
    [[{ id: 'trade' }], 2],
    [[{ id: 'energy' }, 'phrases'], 8],
    [[{ id: 'trade' }, 'theme'], 2], // missing from trade: not the theme of the entry after it
    [[{ id: 'energy' }, 'weight'], 5], // the entry's line, where the field is missing
    [[{ id: 'grain' }, 'phrases'], undefined],
    [[{ id: 'energy' }, 'id'], 5], // on the line of the entry's dash
  ] as const)('%j is on line %s', (path, line) => {
    expect(lineOfField(list, path)).toBe(line);
  });
});

describe('repeatedIds', () => {
  it.each([
    [[{ id: 'energy' }, { id: 'trade' }], []],
    [[{ id: 'energy' }, { id: 'trade' }, { id: 'energy' }, { id: 'energy' }], ['energy']],
    [
      [{ id: 'a' }, { name: 'no id' }, null, { id: 'a' }, { id: 'b' }, { id: 'b' }],
      ['a', 'b'],
    ],
    [[], []],
  ])('%j -> %j', (entries, expected) => {
    expect(repeatedIds(entries)).toEqual(expected);
  });
});

describe('ordinalsOutOfOrder', () => {
  const council = 'Meeting of the Council of Heads of Government of SCO Member States';
  const report = (id: string, meetingDate: string, ordinal: number, name = council) => ({ id, meetingDate, meeting: { ordinal, name } });
  it.each([
    ['numbered in date order, with a gap', [report('2023-bishkek', '2023-10-26', 22), report('2025-moscow', '2025-11-18', 24)], []],
    [
      'the same ordinal twice (the 2024 report copied, its ordinal left as it was)',
      [report('2023-bishkek', '2023-10-26', 22), report('2024-islamabad', '2024-10-16', 22)],
      [
        '2024-islamabad.md, meeting.ordinal: 22 is not above 22, the ordinal of 2023-bishkek.md, which met earlier (2023-10-26); the meetings of a series are numbered in the order they met',
      ],
    ],
    [
      'a smaller ordinal later',
      [report('2023-bishkek', '2023-10-26', 22), report('2024-islamabad', '2024-10-16', 3)],
      [expect.stringMatching(/^2024-islamabad\.md, meeting\.ordinal: 3 is not above 22/)],
    ],
    [
      'one series written two ways (case, spacing, a full stop)',
      [
        report('2023-bishkek', '2023-10-26', 22),
        report('2024-islamabad', '2024-10-16', 22, `${council.toLowerCase().replace(' of ', '  of ')}.`),
      ],
      [expect.stringMatching(/^2024-islamabad\.md, meeting\.ordinal: 22 is not above 22/)],
    ],
    [
      'one series with a leading "The", a hyphen and British spelling',
      [
        report(
          '2023-bishkek',
          '2023-10-26',
          22,
          'Meeting of the Council of Heads of Government of Shanghai Cooperation Organization Member States',
        ),
        report(
          '2024-islamabad',
          '2024-10-16',
          22,
          'The Meeting of the Council of Heads of Government of Shanghai Co-operation Organisation Member States',
        ),
      ],
      [expect.stringMatching(/^2024-islamabad\.md, meeting\.ordinal: 22 is not above 22/)],
    ],
    ...[
      'Meeting of the SCO Council of Heads of Government',
      'Meeting of the Council of Heads of Government (Prime Ministers) of SCO Member States',
      'Meeting of the Council of Heads of Government of the Shanghai Cooperation Organization (SCO)',
      'Meeting of the SCO Council of Heads of Govt.',
    ].map((name): [string, ReturnType<typeof report>[], unknown[]] => [
      `one series named otherwise: ${name}`,
      [
        report(
          '2024-islamabad',
          '2024-10-16',
          23,
          'Meeting of the Council of Heads of Government of Member States of the Shanghai Cooperation Organization',
        ),
        report('2025-moscow', '2025-11-18', 23, name),
      ],
      [expect.stringMatching(/^2025-moscow\.md, meeting\.ordinal: 23 is not above 23/)],
    ]),
    [
      'two series, each numbered in its own order (a regular meeting of the heads of government between two councils)',
      [
        report('2023-bishkek', '2023-10-26', 22),
        report('2023-beijing', '2023-12-20', 28, 'Regular Meeting between Chinese and Russian Heads of Government'),
        report('2024-islamabad', '2024-10-16', 23),
      ],
      [],
    ],
  ])('%s', (_case, reports, problems) => {
    expect(ordinalsOutOfOrder(reports)).toEqual(problems);
  });
});

describe('sameMeetingTwice', () => {
  it('finds two files for one day, whatever their names or their city', () => {
    expect(
      sameMeetingTwice([
        { id: '2024-islamabad', meetingDate: '2024-10-16' },
        { id: '2024-islamabad-pakistan', meetingDate: '2024-10-16' },
        { id: '2023-bishkek', meetingDate: '2023-10-25' },
        { id: '2024-rawalpindi', meetingDate: '2024-10-16' },
      ]),
    ).toEqual([
      '2024-islamabad.md and 2024-islamabad-pakistan.md both report the meeting of Li Qiang and Mikhail Mishustin on 2024-10-16; keep one',
      '2024-islamabad.md and 2024-rawalpindi.md both report the meeting of Li Qiang and Mikhail Mishustin on 2024-10-16; keep one',
    ]);
  });
});
