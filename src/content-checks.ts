/**
 * The rules of content/ as a whole, which Astro's loaders do not check, or check without a
 * line: what the folder may hold, each report's frontmatter (with its line), its file name, one
 * file per meeting, and the curated lists (read and checked whole, with their ids and the
 * themes and parents they name). A problem names the file, the line and the field. The build
 * runs them before the loaders (src/content.config.ts), and the dev server on every request
 * (src/middleware.ts), so that a broken file shows on the page and the page recovers as soon
 * as the file is fixed. The rules of one entry are the schemas' (src/content-schemas.ts).
 *
 * YAML is read as the site reads it: a report's frontmatter with Astro's own parser
 * (`parseFrontmatter`, what its glob loader uses), a list with `readList`, which the list
 * collections use too.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import slugify from '@sindresorhus/slugify';
import { load } from 'js-yaml';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { changelogSchema, inFileTerms, meetingSchema, scopeSchema, themeSchema, topicSchema } from './content-schemas.ts';
import { samePhrase } from './lib/compare/match.ts';
import { americanSpelling } from './lib/compare/spelling.ts';
import { movedPairs } from './lib/compare/moved-pairs.ts';
import { byMeetingDate } from './lib/meetings.ts';
import { sitePaths } from './lib/paths.ts';
import { escapeRegExp, readText } from './lib/text.ts';

/** The folder the site reads: content/, or CONTENT_DIR (the tests' and the benchmark's sets). */
export const contentFolder = (): string => process.env['CONTENT_DIR'] ?? './content';

/** The curated lists, each read by its own collection, with its schema in the file's own terms. */
const LIST_SCHEMAS = {
  'changelog.yaml': changelogSchema,
  'cooperation-areas.yaml': topicSchema('an area'),
  'formulae.yaml': topicSchema('a formula'),
  'scopes.yaml': scopeSchema,
  'themes.yaml': themeSchema,
} as const;
type ListName = keyof typeof LIST_SCHEMAS;
const LISTS = Object.keys(LIST_SCHEMAS) as ListName[];

/** A report's file name: its id, which is its URL, so lower case, digits and hyphens only. */
const REPORT_FILE = /^\d{4}-[a-z0-9]+(?:-[a-z0-9]+)*\.md$/;

export interface FolderEntry {
  name: string;
  /** A directory is anything that is neither a file nor a link to one (a folder, a pipe). */
  kind: 'file' | 'directory' | 'symlink';
}

/**
 * What may stand in content/: a report per meeting, named YEAR-city.md, and the lists. Anything
 * else would be skipped by the loader without a word, or published by mistake (a draft named
 * "_notes.md").
 */
export function contentFolderProblems(entries: readonly FolderEntry[]): string[] {
  const problems: string[] = [];
  for (const { name, kind } of entries) {
    if (kind === 'symlink') problems.push(`${name}: a symbolic link; put the file itself in content/`);
    else if (kind !== 'file') problems.push(`${name}: content/ holds files only, no folders`);
    else if (!REPORT_FILE.test(name) && !(LISTS as string[]).includes(name)) {
      problems.push(
        `${name}: not a report or a list the site reads. A report is named YEAR-city.md in lower case, e.g. 2024-islamabad.md; the lists are ${LISTS.join(', ')}`,
      );
    }
  }
  for (const name of LISTS) {
    if (!entries.some((entry) => entry.name === name)) problems.push(`${name}: missing; the comparison reads it`);
  }
  return problems;
}

/**
 * A content file as the editor saved it, in the form the checks read: a byte-order mark and
 * Windows line endings (every file of a checkout with core.autocrlf) build the same site.
 */
const asEdited = (raw: string): string => raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');

/**
 * A content file's text, or why it cannot be read as text: saved as UTF-16 (Windows'
 * "Unicode"), it would read as NULs and U+FFFD, and every check after it would mislead.
 */
function readContentFile(path: string, name: string): { text: string } | { problem: string } {
  const bytes = readFileSync(path);
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || bytes.subarray(0, 400).includes(0);
  return utf16 ? { problem: `${name}: saved as UTF-16 (Windows' "Unicode"): save it as UTF-8` } : { text: bytes.toString('utf8') };
}

/**
 * A list file's entries, as the list collections read them (the checks below refuse anything
 * but a list of mappings first); nothing but comments is an empty list.
 */
export const readList = (text: string): Record<string, unknown>[] =>
  text.replace(/#.*$/gm, '').trim() === '' ? [] : (load(text) as Record<string, unknown>[]);

/** The line, column and reason of a YAML error, as js-yaml reports them (its lines count from 0). */
const yamlError = (error: unknown): { line: number; column: number; reason: string } => {
  const { reason, mark } = error as { reason?: string; mark?: { line: number; column: number } };
  return { line: mark?.line ?? 0, column: mark?.column ?? 0, reason: reason ?? String(error) };
};

/**
 * The line, counted from 1, of the field `path` in a YAML source: a report's frontmatter
 * (["meeting", "ordinal"]) or a list, whose entry is named by its id ([{ id: "trade" },
 * "phrases"]). Each key is looked for below the one before it, above a closing "---"; a list
 * item's line is its list's. The nearest key found, or undefined.
 */
export function lineOfField(source: string, path: readonly (string | number | { id: string })[]): number | undefined {
  const lines = source.split('\n');
  const end = lines.indexOf('---', 1);
  let found: number | undefined;
  for (const key of path) {
    if (typeof key === 'number') continue;
    const pattern =
      typeof key === 'string'
        ? new RegExp(`^\\s*(?:-\\s+)?["']?${escapeRegExp(key)}["']?\\s*:`)
        : new RegExp(`^\\s*-?\\s*id:\\s*['"]?${escapeRegExp(key.id)}['"]?\\s*$`);
    const at = lines.findIndex((line, index) => index >= (found ?? 0) && (end < 0 || index < end) && pattern.test(line));
    if (at < 0) break;
    found = at + 1;
  }
  return found;
}

/**
 * A city as a file name writes it, in Latin letters: "Nizhny Novgorod" → "nizhny-novgorod",
 * "Kraków" → "krakow", "Łódź" → "lodz", "Бишкек" → "bishkek" (@sindresorhus/slugify, whose
 * transliteration tables a Unicode decomposition alone does not have).
 */
export const citySlug = (city: string): string => slugify(readText(city));

/** What a report's frontmatter says, once its schema has passed it. */
interface ReportFacts {
  id: string;
  /** Which meeting in its city that year the file name says it is: 1, or the number after the city. */
  number: number;
  meetingDate: string;
  participants: { name: string }[];
  meeting: { ordinal: number; name: string };
}

/** A report's problems, one sentence each, and its facts if its frontmatter passes. */
function checkReport(name: string, raw: string): { problems: string[]; facts?: ReportFacts } {
  const refused = (line: number | undefined, field: string, what: string) => ({
    problems: [`${name}${line ? `, line ${line}` : ''}${field ? `, ${field}` : ''}: ${what}`],
  });
  // Astro reads a line end as LF or CRLF: a file with CR alone (classic Mac OS) is one line to
  // it, and every field "Required" at 0:0. Say what is wrong instead.
  const loneCr = /\r(?!\n)/.exec(raw);
  if (loneCr) {
    const line = raw.slice(0, loneCr.index).split(/\r\n?|\n/).length;
    return refused(
      line,
      '',
      'a line ends with a carriage return alone (CR, old Mac OS line endings): save the file with LF or CRLF line endings',
    );
  }
  const source = asEdited(raw);
  if (!/^---\n[\s\S]*?\n---(?:\n|$)/.test(source))
    return refused(1, '', 'the file must begin with its frontmatter between two lines of ---');
  let data: unknown;
  try {
    data = parseFrontmatter(source).frontmatter;
  } catch (error) {
    const { line, column, reason } = yamlError(error);
    // The repeated key stands where js-yaml points: at the line's start, or inside { … }.
    const key = /duplicated mapping key/.test(reason)
      ? /^\s*(?:- )?("[^"]*"|'[^']*'|[^:#,{}]+?)\s*:/.exec((source.split('\n')[line] ?? '').slice(column))?.[1]
      : undefined;
    return refused(line + 1, '', key ? `the key "${key.replace(/^['"]|['"]$/g, '')}" stands twice; keep one` : `not valid YAML: ${reason}`);
  }
  const result = meetingSchema.safeParse(data, { error: inFileTerms });
  if (!result.success) {
    return {
      problems: result.error.issues.map((issue) => {
        const path = (issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path).filter(
          (key): key is string | number => typeof key !== 'symbol',
        );
        return refused(lineOfField(source, path), path.join('.') || 'frontmatter', issue.message).problems[0]!;
      }),
    };
  }
  // The file name is the meeting's URL, so it must say what the file says: the 2024 report
  // saved as 2019-moscow.md would publish /meetings/2019-moscow/. A second meeting in one city
  // and year takes a number: 2024-moscow-2.md, then -3.
  const { meetingDate, city } = result.data;
  const slug = citySlug(city);
  const lineOf = (field: string) => lineOfField(source, [field]) ?? 1;
  if (slug === '') {
    return refused(
      lineOf('city'),
      'city',
      `"${city}" has no letters to name the file with: write the city in Latin letters, as the site's readers do (Beijing, not 北京)`,
    );
  }
  const [, year, cityInName = ''] = /^(\d{4})-(.+)\.md$/.exec(name) ?? [];
  const expected = `${meetingDate.slice(0, 4)}-${slug}.md`;
  const number = cityInName === slug ? 1 : Number(new RegExp(`^${escapeRegExp(slug)}-([2-9]|[1-9]\\d+)$`).exec(cityInName)?.[1]);
  const misnamed =
    year !== meetingDate.slice(0, 4)
      ? { field: 'meetingDate', says: `${year ?? '?'}, the meeting date ${meetingDate}` }
      : Number.isNaN(number)
        ? { field: 'city', says: `"${cityInName}", the city "${city}"` }
        : undefined;
  if (misnamed) {
    return refused(
      lineOf(misnamed.field),
      misnamed.field,
      `the file name says ${misnamed.says}: name the file ${expected} (${expected.replace(/\.md$/, '-2.md')} for a second meeting there that year)`,
    );
  }
  return { problems: [], facts: { id: name.replace(/\.md$/, ''), number, ...result.data } };
}

/**
 * Files that report one meeting: one day and the same participants, however each file writes
 * the city ("Islamabad", "Islamabad, Pakistan"). One sentence each, naming both.
 */
export function sameMeetingTwice(reports: readonly Pick<ReportFacts, 'id' | 'meetingDate' | 'participants'>[]): string[] {
  const seen = new Map<string, string>();
  const problems: string[] = [];
  for (const report of reports) {
    const who = report.participants.map((p) => p.name).sort();
    const key = `${report.meetingDate} ${who.join(' and ').toLowerCase()}`;
    const other = seen.get(key);
    if (other)
      problems.push(`${other}.md and ${report.id}.md both report the meeting of ${who.join(' and ')} on ${report.meetingDate}; keep one`);
    else seen.set(key, report.id);
  }
  return problems;
}

/**
 * The numbered files without the one before them (2024-moscow-3.md without 2024-moscow-2.md,
 * 2024-moscow-2.md without 2024-moscow.md), whose numbers would say a meeting that is not there.
 * `files` are the names of the folder's reports, whether their frontmatter passed or not.
 */
function numberedOutOfTurn(reports: readonly Pick<ReportFacts, 'id' | 'number'>[], files: readonly string[]): string[] {
  return reports.flatMap(({ id, number }) => {
    const before = number === 2 ? id.replace(/-2$/, '') : id.replace(/\d+$/, String(number - 1));
    return number < 2 || files.includes(`${before}.md`)
      ? []
      : [
          `${id}.md: numbered as meeting ${number} in its city that year, but there is no ${before}.md; the first has no number, the next -2, then -3`,
        ];
  });
}

/** Words that name no series: "the", "of", what every name says ("meeting", "member states", "(prime ministers)"). */
const SERIES_FILLER = new Set(['the', 'of', 'a', 'meeting', 'member', 'states', 'state', 'prime', 'ministers']);

/**
 * A series of meetings, named as a reader tells names apart: the words that matter, in any
 * order, spelled out ("SCO" as the organization's name, "Govt." as government), case, hyphens,
 * punctuation, British spelling and filler aside. "Meeting of the SCO Council of Heads of
 * Government" and "The Council of Heads of Government of Member States of the Shanghai
 * Co-operation Organisation (SCO)" are one series.
 */
const seriesOf = (report: Pick<ReportFacts, 'meeting'>): string => {
  const words = readText(report.meeting.name)
    .toLowerCase()
    .replace(/(?<=\p{L})-(?=\p{L})/gu, '')
    .replace(/\bsco\b/g, 'shanghai cooperation organization')
    .replace(/\bgovt\b/g, 'government')
    .split(/[^\p{L}\p{N}]+/u)
    .map(americanSpelling)
    .filter((word) => word !== '' && !SERIES_FILLER.has(word));
  return [...new Set(words)].sort().join(' ');
};

/**
 * The meetings of a series (one meeting.name) are numbered in the order they met: a report
 * whose ordinal is not above the one before it in the series has a typing error in one of the
 * two (the site would print "23rd Meeting" twice). Reports of one meeting are named by
 * sameMeetingTwice instead.
 */
export function ordinalsOutOfOrder(inOrder: readonly Pick<ReportFacts, 'id' | 'meetingDate' | 'meeting'>[]): string[] {
  return inOrder.flatMap((report, index) => {
    const before = inOrder.slice(0, index).findLast((other) => seriesOf(other) === seriesOf(report));
    if (!before || report.meetingDate === before.meetingDate || report.meeting.ordinal > before.meeting.ordinal) return [];
    return [
      `${report.id}.md, meeting.ordinal: ${report.meeting.ordinal} is not above ${before.meeting.ordinal}, the ordinal of ${before.id}.md, which met earlier (${before.meetingDate}); the meetings of a series are numbered in the order they met`,
    ];
  });
}

/**
 * The ids of a list that stand more than once. Astro's file loader keeps the last entry of an
 * id and drops the others without a word, so a repeated id would silently replace a topic.
 */
export function repeatedIds(entries: readonly unknown[]): string[] {
  const ids = entries.map((entry) => (entry as { id?: unknown } | null)?.id).filter((id): id is string => typeof id === 'string');
  return [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))];
}

/**
 * Every list, read and checked whole on every build and every dev request, whatever Astro's
 * content store holds: the store keeps the last good entries of a list its loader cannot read,
 * so a broken or emptied list would otherwise publish the previous one with a green build.
 */
function checkLists(contentDir: string): { problems: string[]; publishedPairs: string[] } {
  const problems: string[] = [];
  const read = new Map<ListName, { source: string; entries: Record<string, unknown>[] }>();
  for (const list of LISTS) {
    const path = `${contentDir}/${list}`;
    if (!existsSync(path)) continue; // named as missing by contentFolderProblems
    const file = readContentFile(path, list);
    if ('problem' in file) {
      problems.push(file.problem);
      continue;
    }
    const source = asEdited(file.text);
    let parsed: unknown;
    try {
      parsed = readList(source);
    } catch (error) {
      const { line, reason } = yamlError(error);
      problems.push(`${list}, line ${line + 1}: not valid YAML: ${reason}`);
      continue;
    }
    if (!Array.isArray(parsed) || parsed.length === 0) {
      problems.push(`${list}: has no entries; it must be a list of entries, each beginning with "- id: …"`);
      continue;
    }
    const repeated = repeatedIds(parsed);
    if (repeated.length > 0)
      problems.push(`${list}: the id ${repeated.map((id) => `"${id}"`).join(', ')} stands more than once; each entry needs its own`);
    const entries: Record<string, unknown>[] = [];
    for (const [index, entry] of parsed.entries()) {
      const result = LIST_SCHEMAS[list].safeParse(entry, { error: inFileTerms });
      const line = lineOfField(source, [{ id: String((entry as { id?: unknown } | null)?.id) }]);
      for (const issue of result.success ? [] : result.error.issues) {
        problems.push(`${list}, ${line ? `line ${line}` : `entry ${index + 1}`}, ${issue.path.join('.') || 'entry'}: ${issue.message}`);
      }
      // A theme with a bad field is still a theme: its own error says what is wrong, and its
      // topics are not also told that it does not exist (one error per cause).
      if (result.success || list === 'themes.yaml') entries.push(entry as Record<string, unknown>);
    }
    read.set(list, { source, entries });
  }
  const themes = (read.get('themes.yaml')?.entries ?? []).map((theme) => String(theme['id']));
  const topicLists = (['formulae.yaml', 'cooperation-areas.yaml'] as const).map((list) => ({
    list,
    ...(read.get(list) ?? { source: '', entries: [] }),
  }));
  const topicIds = topicLists.flatMap(({ entries }) => entries.map((topic) => String(topic['id'])));
  // A parent in a list that could not be read is not missing: that list's own error says why.
  const bothListsRead = topicLists.every(({ list }) => read.has(list));
  for (const { list, source, entries } of topicLists) {
    for (const topic of entries) {
      const id = String(topic['id']);
      const theme = String(topic['theme']);
      if (themes.length > 0 && !themes.includes(theme)) {
        problems.push(
          `${list}, line ${lineOfField(source, [{ id }, 'theme'])}, ${id}.theme: "${theme}" is not one of content/themes.yaml: ${themes.map((t) => `"${t}"`).join(', ')}`,
        );
      }
      for (const parent of (topic['parents'] as string[] | undefined) ?? []) {
        if (parent === id || (bothListsRead && !topicIds.includes(parent)))
          problems.push(
            `${list}, line ${lineOfField(source, [{ id }, 'parents'])}, ${id}.parents: "${parent}" is ${parent === id ? 'the topic itself' : 'not the id of a topic in content/formulae.yaml or content/cooperation-areas.yaml'}`,
          );
      }
    }
  }
  // A phrase of two topics, as the matcher reads phrases: each mention counts for one topic only, so one would take the other's.
  const phrases = topicLists.flatMap(({ list, source, entries }) =>
    entries.flatMap((topic) =>
      ((topic['phrases'] as string[] | undefined) ?? []).map((phrase) => ({ list, source, id: String(topic['id']), phrase })),
    ),
  );
  for (const [index, { list, source, id, phrase }] of phrases.entries()) {
    const owner = phrases.slice(0, index).find((other) => other.id !== id && samePhrase(other.phrase, phrase));
    if (owner) {
      problems.push(
        `${list}, line ${lineOfField(source, [{ id }, 'phrases'])}, ${id}.phrases: "${phrase}" is ${owner.phrase === phrase ? 'a phrase' : `read as "${owner.phrase}", a phrase`} of ${owner.id} too; a mention counts for one topic only: keep it in one (a wider topic takes it through parents)`,
      );
    }
  }
  const publishedPairs = (read.get('changelog.yaml')?.entries ?? []).flatMap((version) => Object.keys(version['pairs'] as object));
  return { problems, publishedPairs };
}

/** Every problem of the content folder, one sentence each; the reports' facts; the pairs the changelog records as published. */
function readContent(contentDir: string): { problems: string[]; reports: ReportFacts[]; publishedPairs: string[] } {
  const entries = readdirSync(contentDir, { withFileTypes: true }).map((entry): FolderEntry => ({
    name: entry.name,
    kind: entry.isSymbolicLink() ? 'symlink' : entry.isFile() ? 'file' : 'directory',
  }));
  const problems = contentFolderProblems(entries);
  const lists = checkLists(contentDir);
  problems.push(...lists.problems);
  const reports: ReportFacts[] = [];
  const files = entries.filter((entry) => entry.kind === 'file' && REPORT_FILE.test(entry.name)).map((entry) => entry.name);
  for (const name of files) {
    const read = readContentFile(`${contentDir}/${name}`, name);
    const report: ReturnType<typeof checkReport> = 'problem' in read ? { problems: [read.problem] } : checkReport(name, read.text);
    problems.push(...report.problems);
    if (report.facts) reports.push(report.facts);
  }
  const inOrder = byMeetingDate(reports);
  problems.push(...sameMeetingTwice(inOrder), ...ordinalsOutOfOrder(inOrder), ...numberedOutOfTurn(inOrder, files));
  return { problems, reports, publishedPairs: lists.publishedPairs };
}

/** Throws, naming every problem of the content folder, if there is any. */
export function assertContent(contentDir: string): void {
  const { problems } = readContent(contentDir);
  if (problems.length > 0) throw new Error(`${contentDir}: ${problems.join('; ')}`);
}

/**
 * Astro's `redirects` for the pair pages content/changelog.yaml records as published that the
 * content no longer makes: each, and its topics page, leads on to the page that covers it now
 * (src/lib/compare/moved-pairs.ts), so that no citation breaks.
 */
export function movedPairRedirects(contentDir: string, base: string): Record<string, string> {
  const { reports, publishedPairs } = readContent(contentDir);
  const meetings = byMeetingDate(reports).map((report) => report.id);
  const paths = sitePaths(base);
  return Object.fromEntries(
    movedPairs(publishedPairs, meetings).flatMap(({ slug, to }) => [
      [`/compare/${slug}/`, paths.movedPair(to, 'pair')],
      [`/compare/${slug}/topics/`, paths.movedPair(to, 'topics')],
    ]),
  );
}
