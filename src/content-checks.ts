/**
 * The checks of content/ that Astro's loaders do not make, or make without a line: every file
 * is a report named YEAR-city.md or one of the three lists, no list has an id twice, every
 * report's frontmatter is valid YAML that passes the schema. A problem names the file, the line
 * and the field. The build runs them before the loaders (src/content.config.ts); the dev
 * server runs them on every request (src/middleware.ts), so that a broken file shows on the
 * page, not only in the terminal, and the page recovers as soon as the file is fixed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { inFileTerms, meetingSchema } from './content-schemas.ts';
import { contentFolderProblems, DATA_FILES, REPORT_FILE } from './lib/content-folder.ts';
import { lineOfField } from './lib/frontmatter-lines.ts';
import { repeatedIds } from './lib/list-ids.ts';

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
  // An id twice in a list: the loader would keep one entry and drop the other silently.
  for (const list of DATA_FILES) {
    const path = `${contentDir}/${list}`;
    if (!existsSync(path)) continue;
    let parsed: unknown;
    try {
      parsed = load(readFileSync(path, 'utf8'));
    } catch {
      continue; // the loader reports the YAML error itself, and an empty list then fails the build
    }
    const repeated = Array.isArray(parsed) ? repeatedIds(parsed) : [];
    if (repeated.length > 0)
      problems.push(`${list}: the id ${repeated.map((id) => `"${id}"`).join(', ')} stands more than once; each entry needs its own`);
  }
  // Each report's frontmatter, checked here first so that a problem names its line as well as its
  // field (Astro's own check names the field only); the collection checks it again.
  for (const { name } of entries.filter((entry) => REPORT_FILE.test(entry.name))) {
    const source = readFileSync(`${contentDir}/${name}`, 'utf8');
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
  }
  return problems;
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
