/**
 * The rules of content/ as a whole, which Astro's loaders do not check, or not with a line: the folder, each
 * report's frontmatter and file name, one file per meeting, the lists and what they name. Run before the
 * loaders (src/content.config.ts) and on every dev request (src/middleware.ts).
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import slugify from '@sindresorhus/slugify';
import type { z } from 'astro/zod';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isMap, isNode, isScalar, isSeq, LineCounter, parse, parseDocument } from 'yaml';
import { changelogSchema, inFileTerms, meetingSchema, scopeSchema, themeSchema, topicSchema } from './content-schemas.ts';
import { samePhrase } from './lib/compare/match.ts';
import { americanSpelling } from './lib/compare/spelling.ts';
import { byMeetingDate } from './lib/meetings.ts';
import { PARTICIPANTS } from './lib/participants.ts';
import { escapeRegExp, FieldError, readText } from './lib/text.ts';

/** content/, or CONTENT_DIR (the tests' and the benchmark's sets). */
export const contentFolder = (): string => process.env['CONTENT_DIR'] ?? './content';

/** The curated lists, each with the schema of its entries. */
const LIST_SCHEMAS = {
  'changelog.yaml': changelogSchema,
  'cooperation-areas.yaml': topicSchema('an area'),
  'formulae.yaml': topicSchema('a formula'),
  'scopes.yaml': scopeSchema,
  'themes.yaml': themeSchema,
} as const;
type ListName = keyof typeof LIST_SCHEMAS;
const LISTS = Object.keys(LIST_SCHEMAS) as ListName[];

/** A report's file name is its id and its URL: lower case, digits and hyphens. */
const REPORT_FILE = /^\d{4}-[a-z0-9]+(?:-[a-z0-9]+)*\.md$/;

/** A report's frontmatter: the YAML between two lines of ---, at the file's start. */
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** "file, line 7, city: what is wrong", each part where it is known. */
const problem = (file: string, line: number | undefined, field: string, what: string): string =>
  `${file}${line ? `, line ${line}` : ''}${field ? `, ${field}` : ''}: ${what}`;

/** A directory is anything that is neither a file nor a link (a folder, a pipe). */
export type FolderEntry = { name: string; kind: 'file' | 'directory' | 'symlink' };

/** What may stand in content/: reports named YEAR-city.md, and the lists. Anything else would be skipped, or published (a draft "_notes.md"), without a word. */
export function contentFolderProblems(entries: readonly FolderEntry[]): string[] {
  const strays = entries.flatMap(({ name, kind }) => {
    if (kind === 'symlink') return [`${name}: a symbolic link; put the file itself in content/`];
    if (kind !== 'file') return [`${name}: content/ holds files only, no folders`];
    if (REPORT_FILE.test(name) || (LISTS as string[]).includes(name)) return [];
    return [
      `${name}: not a report or a list the site reads. A report is named YEAR-city.md in lower case, e.g. 2024-islamabad.md; the lists are ${LISTS.join(', ')}`,
    ];
  });
  const missing = LISTS.filter((name) => !entries.some((entry) => entry.name === name)).map(
    (name) => `${name}: missing; the comparison reads it`,
  );
  const noReport = !entries.some((entry) => entry.kind === 'file' && REPORT_FILE.test(entry.name));
  return [...strays, ...missing, ...(noReport ? ['no report: add one, named YEAR-city.md'] : [])];
}

/** A content file's text, or why it is none: UTF-16 reads as NULs, a lone carriage return (old Mac OS) is no line end to Astro. A byte-order mark and CRLF build the same site. */
function readContentFile(path: string, name: string): { text: string } | { problem: string } {
  const bytes = readFileSync(path);
  const head = bytes.subarray(0, 400);
  if (head.includes(0) || /^(?:\xFF\xFE|\xFE\xFF)/.test(head.toString('latin1'))) {
    return { problem: `${name}: saved as UTF-16 (Windows' "Unicode"): save it as UTF-8` };
  }
  const raw = bytes.toString('utf8');
  const loneCr = /\r(?!\n)/.exec(raw);
  if (loneCr) {
    const what = 'a line ends with a carriage return alone (CR, old Mac OS line endings): save the file with LF or CRLF line endings';
    return { problem: problem(name, raw.slice(0, loneCr.index).split(/\r\n?|\n/).length, '', what) };
  }
  return { text: raw.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n') };
}

/** A list file's entries, read with the `yaml` package, as the list collections read them too. */
export const readList = (text: string): Record<string, unknown>[] => parse(text, { prettyErrors: false }) as Record<string, unknown>[];

/** A YAML error at its line, naming a key that stands twice: js-yaml's from `parseFrontmatter` (its mark counts from the first --- line's end), or the `yaml` package's. */
function yamlProblem(file: string, source: string, error: unknown): string {
  const { mark, pos, reason } = error as { mark?: { position: number }; pos?: [number]; reason?: string };
  const at = mark ? mark.position + '---'.length : (pos?.[0] ?? 0);
  const why = reason ?? (error instanceof Error ? error.message : String(error));
  const repeated = /duplicated mapping key|keys must be unique/.test(why)
    ? /^\s*(?:- )?("[^"]*"|'[^']*'|[^:#,{}\n]+?)\s*:/.exec(source.slice(at))?.[1]
    : undefined;
  const what = repeated ? `the key "${repeated.replace(/^['"]|['"]$/g, '')}" stands twice; keep one` : `not valid YAML: ${why}`;
  return problem(file, source.slice(0, at).split('\n').length, '', what);
}

/** The line of a field: ["participants", 1, "office"] in a report's frontmatter, [{ id: "trade" }, "phrases"] in a list; of the nearest key found if it is missing. */
export function lineOfField(source: string, path: readonly (string | number | { id: string })[]): number | undefined {
  const frontmatter = FRONTMATTER.exec(source)?.[1];
  const lineCounter = new LineCounter();
  let node: unknown = parseDocument(frontmatter ?? source, { lineCounter }).contents;
  let found: number | undefined;
  for (const key of path) {
    let at: unknown; // the node whose first line is the field's: a list's entry, a mapping's key
    if (isSeq(node)) {
      at = node.items.find((entry, index) =>
        typeof key === 'object' ? isMap(entry) && String(entry.get('id')) === key.id : index === key,
      );
      node = at;
    } else if (isMap(node)) {
      const pair = node.items.find((entry) => isScalar(entry.key) && entry.key.value === key);
      [at, node] = [pair?.key, pair?.value];
    }
    const start = isNode(at) ? at.range?.[0] : undefined;
    if (start === undefined) break;
    found = lineCounter.linePos(start).line + (frontmatter === undefined ? 0 : 1);
  }
  return found;
}

/** A schema's issue at the line of its field; in a list, `entry` names the entry (its id). */
function schemaProblem(file: string, source: string, issue: z.core.$ZodIssue, entry?: string): string {
  const keys = (issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path).filter(
    (key): key is string | number => typeof key !== 'symbol',
  );
  const line = lineOfField(source, entry === undefined ? keys : [{ id: entry }, ...keys]);
  return problem(file, line, (entry === undefined ? keys : [entry, ...keys]).join('.') || 'frontmatter', issue.message);
}

/** A report's error as the build names it: a field its text contradicts at the field's line ("2024-islamabad.md, line 7, meetingDate: …"). */
export function reportProblem(path: string, error: unknown): string {
  if (!(error instanceof FieldError)) return `${path}: ${error instanceof Error ? error.message : String(error)}`;
  const source = existsSync(path) ? readFileSync(path, 'utf8') : '';
  return problem(path, lineOfField(source, error.field.split('.')), error.field, error.reason);
}

/** A city as a file name writes it, in Latin letters: "Nizhny Novgorod" → "nizhny-novgorod", "Бишкек" → "bishkek". */
export const citySlug = (city: string): string => slugify(readText(city));

/** A report's frontmatter, once its schema has passed it, and its id. */
type ReportFacts = z.output<typeof meetingSchema> & { id: string };

/** A report's problems, one sentence each, and its facts if its frontmatter passes. */
function checkReport(name: string, source: string): { problems: string[]; facts?: ReportFacts } {
  const refused = (field: string, what: string) => ({ problems: [problem(name, lineOfField(source, [field]) ?? 1, field, what)] });
  if (!FRONTMATTER.test(source)) return refused('', 'the file must begin with its frontmatter between two lines of ---');
  let data: unknown;
  try {
    data = parseFrontmatter(source).frontmatter;
  } catch (error) {
    return { problems: [yamlProblem(name, source, error)] };
  }
  const result = meetingSchema.safeParse(data, { error: inFileTerms });
  if (!result.success) return { problems: result.error.issues.map((issue) => schemaProblem(name, source, issue)) };
  // The file name is the meeting's URL, so it says what the file says: the 2024 report saved as 2019-moscow.md would publish /meetings/2019-moscow/.
  const { meetingDate, city } = result.data;
  const slug = citySlug(city);
  const latin = "write the city in Latin letters, as the site's readers do (Beijing, not 北京)";
  if (slug === '') return refused('city', `"${city}" has no letters to name the file with: ${latin}`);
  const [, year = '?', cityInName = ''] = /^(\d{4})-(.+)\.md$/.exec(name) ?? [];
  const expected = `${meetingDate.slice(0, 4)}-${slug}`;
  const rename = `: name the file ${expected}.md (${expected}-2.md for a second meeting there that year)`;
  if (year !== meetingDate.slice(0, 4))
    return refused('meetingDate', `the file name says ${year}, the meeting date ${meetingDate}${rename}`);
  // A second meeting in a city and year is -2, then -3.
  if (!new RegExp(`^${escapeRegExp(slug)}(?:-[2-9]|-[1-9]\\d+)?$`).test(cityInName))
    return refused('city', `the file name says "${cityInName}", the city "${city}"${rename}`);
  return { problems: [], facts: { ...result.data, id: name.replace(/\.md$/, '') } };
}

/** Files that report one meeting: the schema admits only its two participants, so one day is one meeting, however each writes the city ("Islamabad, Pakistan"). */
export function sameMeetingTwice(reports: readonly Pick<ReportFacts, 'id' | 'meetingDate'>[]): string[] {
  const first = new Map<string, string>();
  const who = PARTICIPANTS.map((participant) => participant.name).join(' and ');
  return reports.flatMap(({ id, meetingDate }) => {
    const other = first.get(meetingDate);
    if (other === undefined) first.set(meetingDate, id);
    return other === undefined ? [] : [`${other}.md and ${id}.md both report the meeting of ${who} on ${meetingDate}; keep one`];
  });
}

/** Words that name no series: "the", "of", what every name says ("meeting", "member states", "(prime ministers)"). */
const SERIES_FILLER = new Set(['the', 'of', 'a', 'meeting', 'member', 'states', 'state', 'prime', 'ministers']);

/**
 * A series of meetings as a reader tells names apart: the words that matter, in any order,
 * spelled out ("SCO", "Govt."), case, hyphens, British spelling and filler aside ("Meeting of the
 * SCO Council of Heads of Government" is "The Council of … of the Shanghai Co-operation Organisation").
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

/** An ordinal not above the one before it in its series, a typing error in one of the two (the site would print "23rd Meeting" twice). */
export function ordinalsOutOfOrder(inOrder: readonly Pick<ReportFacts, 'id' | 'meetingDate' | 'meeting'>[]): string[] {
  return inOrder.flatMap((report, index) => {
    const before = inOrder.slice(0, index).findLast((other) => seriesOf(other) === seriesOf(report));
    if (!before || report.meetingDate === before.meetingDate || report.meeting.ordinal > before.meeting.ordinal) return [];
    return [
      `${report.id}.md, meeting.ordinal: ${report.meeting.ordinal} is not above ${before.meeting.ordinal}, the ordinal of ${before.id}.md, which met earlier (${before.meetingDate}); the meetings of a series are numbered in the order they met`,
    ];
  });
}

/** The ids that stand more than once in a list: Astro's file loader would keep the last and drop the others without a word. */
export function repeatedIds(entries: readonly unknown[]): string[] {
  const ids = entries.map((entry) => (entry as { id?: unknown } | null)?.id).filter((id): id is string => typeof id === 'string');
  return [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))];
}

/** A topic its schema has passed, with the list it stands in. */
type ListedTopic = z.output<ReturnType<typeof topicSchema>> & { list: ListName; source: string };

/** A list as read: its source, the entries its schema passes (and every theme), and every entry's id. */
type ReadList = { source: string; entries: Record<string, unknown>[]; ids: unknown[] };

/** Every list, read and checked whole, entry by entry (Astro's store keeps the last good entries of a list its loader cannot read); problems go to `problems`. */
function readLists(contentDir: string, problems: string[]): Map<ListName, ReadList> {
  const read = new Map<ListName, ReadList>();
  for (const list of LISTS.filter((name) => existsSync(`${contentDir}/${name}`))) {
    const file = readContentFile(`${contentDir}/${list}`, list);
    if ('problem' in file) {
      problems.push(file.problem);
      continue;
    }
    let parsed: unknown;
    try {
      parsed = readList(file.text);
    } catch (error) {
      problems.push(yamlProblem(list, file.text, error));
      continue;
    }
    if (!Array.isArray(parsed) || parsed.length === 0) {
      problems.push(`${list}: has no entries; it must be a list of entries, each beginning with "- id: …"`);
      continue;
    }
    const repeated = repeatedIds(parsed);
    if (repeated.length > 0) {
      problems.push(`${list}: the id ${repeated.map((id) => `"${id}"`).join(', ')} stands more than once; each entry needs its own`);
    }
    // A refused entry is named by its own error only: left out of the checks below, but its id still names it, and a theme stays.
    const entries = parsed.filter((entry: Record<string, unknown> | null, index) => {
      const result = LIST_SCHEMAS[list].safeParse(entry, { error: inFileTerms });
      const id = typeof entry?.['id'] === 'string' ? entry['id'] : `entry ${index + 1}`;
      problems.push(...(result.error?.issues ?? []).map((issue) => schemaProblem(list, file.text, issue, id)));
      return result.success || list === 'themes.yaml';
    });
    read.set(list, { source: file.text, entries, ids: parsed.map((entry: { id?: unknown } | null) => entry?.id) });
  }
  return read;
}

/** What the topic lists name: a theme of themes.yaml, parents that exist, an id of their own, phrases of one topic only. */
function topicProblems(read: ReadonlyMap<ListName, ReadList>): string[] {
  const problems: string[] = [];
  const themes = (read.get('themes.yaml')?.entries ?? []).map((theme) => String(theme['id']));
  const topicLists = (['formulae.yaml', 'cooperation-areas.yaml'] as const).filter((list) => read.has(list));
  const topics = topicLists.flatMap((list) =>
    read.get(list)!.entries.map((entry) => ({ ...entry, list, source: read.get(list)!.source }) as unknown as ListedTopic),
  );
  const at = (topic: ListedTopic, field: string, what: string) =>
    problem(topic.list, lineOfField(topic.source, [{ id: topic.id }, ...field.split('.')]), `${topic.id}.${field}`, what);
  // The levels a topic may name, where every one has its id (a missing one is named by its own error).
  const levels = read.get('scopes.yaml')?.ids;
  for (const topic of topics) {
    if (topic.list === 'cooperation-areas.yaml' && topics.some((other) => other.list === 'formulae.yaml' && other.id === topic.id)) {
      problems.push(at(topic, 'id', `"${topic.id}" is the id of a formula in content/formulae.yaml too; each topic needs its own`));
    }
    if (themes.length > 0 && !themes.includes(topic.theme)) {
      problems.push(at(topic, 'theme', `"${topic.theme}" is not one of content/themes.yaml: ${themes.map((t) => `"${t}"`).join(', ')}`));
    }
    // A parent in a list that could not be read is not missing: that list's own error says why.
    const atLevels = Object.entries(topic.parentsAtLevel ?? {}).map(([level, parents]) => ({
      field: `parentsAtLevel.${level}`,
      level,
      parents,
    }));
    for (const { field, level, parents } of [{ field: 'parents', level: undefined, parents: topic.parents ?? [] }, ...atLevels]) {
      if (level !== undefined && levels?.every((id) => typeof id === 'string') && !levels.includes(level))
        problems.push(at(topic, 'parentsAtLevel', `"${level}" is not the id of a level in content/scopes.yaml`));
      for (const parent of parents) {
        if (parent === topic.id) problems.push(at(topic, field, `"${parent}" is the topic itself`));
        else if (topicLists.length === 2 && !topicLists.some((list) => read.get(list)!.ids.includes(parent)))
          problems.push(
            at(topic, field, `"${parent}" is not the id of a topic in content/formulae.yaml or content/cooperation-areas.yaml`),
          );
      }
    }
  }
  // A phrase of two topics, as the matcher reads phrases: a mention counts for one topic only, so one would take the other's.
  const phrases = topics.flatMap((topic) => topic.phrases.map((phrase) => ({ topic, phrase })));
  phrases.forEach(({ topic, phrase }, index) => {
    const owner = phrases.slice(0, index).find((other) => other.topic.id !== topic.id && samePhrase(other.phrase, phrase));
    if (!owner) return;
    const read = owner.phrase === phrase ? 'a phrase' : `read as "${owner.phrase}", a phrase`;
    const what = `"${phrase}" is ${read} of ${owner.topic.id} too; a mention counts for one topic only: keep it in one (a wider topic takes it through parents)`;
    problems.push(at(topic, 'phrases', what));
  });
  return problems;
}

/** The first of the changelog's versions not numbered one more than the one before it (one that is no number is the schema's to name). */
function versionOutOfOrder(ids: readonly unknown[], source: string): string[] {
  const at = ids.findIndex((id, index) => String(id) !== String(index + 1));
  const id = String(ids[at]);
  if (at < 0 || !/^[1-9]\d*$/.test(id)) return [];
  const what = `version "${id}" stands where version "${at + 1}" belongs: number the versions 1, 2, 3, … in order, newest last`;
  return [problem('changelog.yaml', lineOfField(source, [{ id }, 'id']), `${id}.id`, what)];
}

/** Every problem of the content folder, one sentence each; the reports' facts in date order; the pairs the changelog records as published. */
export function readContent(contentDir: string): { problems: string[]; reports: ReportFacts[]; publishedPairs: string[] } {
  const entries = readdirSync(contentDir, { withFileTypes: true }).map((entry): FolderEntry => ({
    name: entry.name,
    kind: entry.isSymbolicLink() ? 'symlink' : entry.isFile() ? 'file' : 'directory',
  }));
  const problems = contentFolderProblems(entries);
  const lists = readLists(contentDir, problems);
  problems.push(...topicProblems(lists));
  const files = entries.filter((entry) => entry.kind === 'file' && REPORT_FILE.test(entry.name)).map((entry) => entry.name);
  const reports = files.flatMap((name) => {
    const file = readContentFile(`${contentDir}/${name}`, name);
    const report: ReturnType<typeof checkReport> = 'problem' in file ? { problems: [file.problem] } : checkReport(name, file.text);
    problems.push(...report.problems);
    return report.facts ? [report.facts] : [];
  });
  const inOrder = byMeetingDate(reports);
  problems.push(...sameMeetingTwice(inOrder), ...ordinalsOutOfOrder(inOrder));
  const versions = lists.get('changelog.yaml');
  problems.push(...versionOutOfOrder(versions?.ids ?? [], versions?.source ?? ''));
  const publishedPairs = (versions?.entries ?? []).flatMap((version) => Object.keys(version['pairs'] as object));
  return { problems, reports: inOrder, publishedPairs };
}

/** Throws, naming every problem of the content folder, if there is any. */
export function assertContent(contentDir: string): void {
  const { problems } = readContent(contentDir);
  if (problems.length > 0) throw new Error(`${contentDir}: ${problems.join('; ')}`);
}
