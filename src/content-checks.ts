/**
 * The checks of content/ that Astro's loaders do not make, or make without a line: every file
 * is a report named YEAR-city.md or one of the three lists, no list has an id twice, every
 * report's frontmatter is valid YAML that passes the schema. A problem names the file, the line
 * and the field. The build runs them before the loaders (src/content.config.ts); the dev
 * server runs them on every request (src/middleware.ts), so that a broken file shows on the
 * page, not only in the terminal, and the page recovers as soon as the file is fixed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { changelogSchema, inFileTerms, meetingSchema, scopeSchema, themeSchema, topicSchema } from './content-schemas.ts';
import { contentFolderProblems, DATA_FILES, REPORT_FILE } from './lib/content-folder.ts';
import { lineOfField } from './lib/frontmatter-lines.ts';
import { escapeRegExp } from './lib/text.ts';
import { repeatedIds } from './lib/list-ids.ts';
import transliterate from '@sindresorhus/transliterate';

/**
 * The YAML reader of Astro's own loaders (its js-yaml 4), so that the checks read each file as
 * Astro publishes it: js-yaml 5 reads an unquoted 2024-10-16 as text, Astro's as a date.
 */
const astroRequire = createRequire(createRequire(import.meta.url).resolve('astro/package.json'));
const { load } = astroRequire('js-yaml') as { load: (source: string) => unknown };

/** The folder the site reads: content/, or CONTENT_DIR (the tests' and the benchmark's sets). */
export const contentFolder = (): string => process.env['CONTENT_DIR'] ?? './content';

/** Every problem of the content folder, one sentence each; empty if there is none. */
function contentProblems(contentDir: string): string[] {
  // Every file in content/ is a report or a list the site reads; anything else stops the build
  // here, before the loaders would skip it without a word.
  const entries = readdirSync(contentDir, { withFileTypes: true }).map((entry) => ({
    name: entry.name,
    kind: entry.isSymbolicLink()
      ? ('symlink' as const)
      : entry.isDirectory()
        ? ('directory' as const)
        : entry.isFile()
          ? ('file' as const)
          : ('other' as const),
  }));
  const problems = contentFolderProblems(entries);
  problems.push(...listProblems(contentDir));
  // Each report's frontmatter, checked here first so that a problem names its line as well as its
  // field (Astro's own check names the field only); the collection checks it again.
  for (const { name } of entries.filter((entry) => REPORT_FILE.test(entry.name))) {
    // Astro reads a line end as LF or CRLF: a file with CR alone (classic Mac OS) is one line to
    // it, and every field "Required" at 0:0. Say what is wrong instead.
    const raw = readFileSync(`${contentDir}/${name}`, 'utf8');
    const loneCr = /\r(?!\n)/.exec(raw);
    if (loneCr) {
      const line = raw.slice(0, loneCr.index).split(/\r\n?|\n/).length;
      problems.push(
        `${name}, line ${line}: a line ends with a carriage return alone (CR, old Mac OS line endings): save the file with LF or CRLF line endings`,
      );
      continue;
    }
    const source = asEdited(raw);
    const yaml = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(source)?.[1];
    if (yaml === undefined) {
      problems.push(`${name}, line 1: the file must begin with its frontmatter between two lines of ---`);
      continue;
    }
    let data: unknown;
    try {
      data = load(yaml);
    } catch (error) {
      const { reason, mark } = error as { reason?: string; mark?: { line: number } };
      const line = (mark?.line ?? 0) + 2;
      const what = /duplicated mapping key/.test(reason ?? '') ? twiceMessage(source, line) : `not valid YAML: ${reason ?? String(error)}`;
      problems.push(`${name}, line ${line}: ${what}`);
      continue;
    }
    const result = meetingSchema.safeParse(data, { error: inFileTerms });
    for (const issue of result.success ? [] : result.error.issues) {
      const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
      const line = lineOfField(
        source,
        path.filter((key): key is string | number => typeof key !== 'symbol'),
      );
      problems.push(`${name}${line ? `, line ${line}` : ''}, ${path.join('.') || 'frontmatter'}: ${issue.message}`);
    }
    if (result.success) {
      const named = fileNameProblem(name, result.data);
      if (named) problems.push(`${name}, line ${lineOfField(source, [named.field]) ?? 1}, ${named.field}: ${named.message}`);
    }
  }
  return problems;
}

/**
 * A content file as the editor saved it, in the form the checks read: a byte-order mark and
 * Windows line endings (every file of a checkout with core.autocrlf) are valid and build the
 * same site, so they are read past, not refused.
 */
const asEdited = (raw: string): string => raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
const readText = (path: string): string => asEdited(readFileSync(path, 'utf8'));

/**
 * A city as a file name writes it, in Latin letters: "Nizhny Novgorod" → "nizhny-novgorod",
 * "Kraków" → "krakow", "Łódź" → "lodz", "Бишкек" → "bishkek" (transliterated by
 * @sindresorhus/transliterate's tables, which a Unicode decomposition alone does not have).
 */
export const citySlug = (city: string): string =>
  transliterate(city)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * The file name is the meeting's URL, so it must say what the file says: the 2024 report
 * saved as 2019-moscow.md would publish /meetings/2019-moscow/.
 */
function fileNameProblem(name: string, facts: { meetingDate: string; city: string }): { field: string; message: string } | undefined {
  const [, year, city] = /^(\d{4})-(.+)\.md$/.exec(name) ?? [];
  const expected = `${facts.meetingDate.slice(0, 4)}-${citySlug(facts.city)}.md`;
  if (year !== facts.meetingDate.slice(0, 4))
    return {
      field: 'meetingDate',
      message: `the file name says ${year ?? '?'}, the meeting date ${facts.meetingDate}: name the file ${expected}`,
    };
  if (city !== citySlug(facts.city))
    return { field: 'city', message: `the file name says "${city ?? ''}", the city "${facts.city}": name the file ${expected}` };
  return undefined;
}

/** Each list's schema, in the file's own terms. */
const LIST_SCHEMAS = {
  'changelog.yaml': changelogSchema,
  'cooperation-areas.yaml': topicSchema('an area'),
  'formulae.yaml': topicSchema('a formula'),
  'scopes.yaml': scopeSchema,
  'themes.yaml': themeSchema,
} as const;

/** The line of a list's entry (its "- id: …" line), or undefined. */
const lineOfEntry = (source: string, id: unknown): number | undefined => {
  const index = source
    .split('\n')
    .findIndex((line) => new RegExp(`^\\s*-?\\s*id:\\s*['"]?${escapeRegExp(String(id))}['"]?\\s*$`).test(line));
  return index >= 0 ? index + 1 : undefined;
};

/**
 * Every list, read and checked on every build and every dev request, whatever Astro's content
 * store holds: the store keeps the last good entries of a list its loader cannot read, so a
 * broken or emptied list would otherwise publish the previous one with a green build.
 */
function listProblems(contentDir: string): string[] {
  const problems: string[] = [];
  const themes: string[] = [];
  const topics: { list: string; source: string; entry: Record<string, unknown> }[] = [];
  const listsRead = new Set<string>();
  for (const list of DATA_FILES) {
    const path = `${contentDir}/${list}`;
    if (!existsSync(path)) continue; // named as missing by contentFolderProblems
    const source = readText(path);
    let parsed: unknown;
    try {
      // Nothing but comments is an empty list, which js-yaml would call "an empty input".
      parsed = source.replace(/#.*$/gm, '').trim() === '' ? [] : load(source);
    } catch (error) {
      const { reason, mark } = error as { reason?: string; mark?: { line: number } };
      problems.push(`${list}, line ${(mark?.line ?? 0) + 1}: not valid YAML: ${reason ?? String(error)}`);
      continue;
    }
    if (!Array.isArray(parsed) || parsed.length === 0) {
      problems.push(`${list}: has no entries; it must be a list of entries, each beginning with "- id: …"`);
      continue;
    }
    listsRead.add(list);
    // An id twice in a list: the loader would keep one entry and drop the other silently.
    const repeated = repeatedIds(parsed);
    if (repeated.length > 0)
      problems.push(`${list}: the id ${repeated.map((id) => `"${id}"`).join(', ')} stands more than once; each entry needs its own`);
    for (const [index, entry] of parsed.entries()) {
      const id = (entry as { id?: unknown } | null)?.id;
      const line = lineOfEntry(source, id);
      const result = LIST_SCHEMAS[list].safeParse(entry, { error: inFileTerms });
      for (const issue of result.success ? [] : result.error.issues) {
        problems.push(`${list}, ${line ? `line ${line}` : `entry ${index + 1}`}, ${issue.path.join('.') || 'entry'}: ${issue.message}`);
      }
      // A theme with a bad field is still a theme: its own error says what is wrong, and its
      // topics are not also told that it does not exist (one error per cause).
      if (list === 'themes.yaml' && typeof id === 'string' && id !== '') themes.push(id);
      if (!result.success) continue;
      if (list === 'formulae.yaml' || list === 'cooperation-areas.yaml')
        topics.push({ list, source, entry: entry as Record<string, unknown> });
    }
  }
  const topicIds = topics.map(({ entry }) => String(entry['id']));
  // A parent in a list that could not be read is not missing: that list's own error says why.
  const bothListsRead = listsRead.has('formulae.yaml') && listsRead.has('cooperation-areas.yaml');
  for (const { list, source, entry } of topics) {
    const id = String(entry['id']);
    if (themes.length > 0 && !themes.includes(String(entry['theme']))) {
      problems.push(
        `${list}, line ${fieldLine(source, id, 'theme')}, ${id}.theme: "${String(entry['theme'])}" is not one of content/themes.yaml: ${themes.map((t) => `"${t}"`).join(', ')}`,
      );
    }
    for (const parent of (entry['parents'] as string[] | undefined) ?? []) {
      if (parent === id || (bothListsRead && !topicIds.includes(parent)))
        problems.push(
          `${list}, line ${fieldLine(source, id, 'parents')}, ${id}.parents: "${parent}" is ${parent === id ? 'the topic itself' : 'not the id of a topic in content/formulae.yaml or content/cooperation-areas.yaml'}`,
        );
    }
  }
  return problems;
}

/** The line of an entry's field: the first line with that key after the entry's "- id:" line. */
function fieldLine(source: string, id: string, field: string): number {
  const from = lineOfEntry(source, id) ?? 1;
  const offset = source
    .split('\n')
    .slice(from - 1)
    .findIndex((text) => new RegExp(`^\\s*${field}\\s*:`).test(text));
  return offset >= 0 ? from + offset : from;
}

/** js-yaml says "duplicated mapping key" with a line; the message names the key, read off that line. */
function twiceMessage(source: string, line: number): string {
  const key = /^\s*(?:- )?("[^"]*"|'[^']*'|[^:#]+?)\s*:/.exec(source.split('\n')[line - 1] ?? '')?.[1];
  return key ? `the key ${key.replace(/^['"]?/, '"').replace(/['"]?$/, '"')} stands twice; keep one` : 'a key stands twice; keep one';
}

/** Throws, naming every problem of the content folder, if there is any. */
export function assertContent(contentDir: string): void {
  const problems = contentProblems(contentDir);
  if (problems.length > 0) throw new Error(`${contentDir}: ${problems.join('; ')}`);
}
