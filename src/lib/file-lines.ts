/**
 * Lines in a report's messages, as an editor counts them: the line of the file, counted from
 * its first line. Markdown is parsed from the body alone (below the frontmatter), so the
 * checks count lines of the body; where the file can be read, its line is named instead.
 */
import { existsSync, readFileSync } from 'node:fs';

/** How many lines of `source` stand before `body` (the frontmatter and its fences), or undefined. */
export function linesBefore(source: string, body: string): number | undefined {
  const at = source.lastIndexOf(body);
  return at < 0 ? undefined : source.slice(0, at).split('\n').length - 1;
}

/** The line of the file at `path` that a line of its `body` is, or undefined if the file cannot be read. */
export function fileLine(bodyLine: number, path: string | undefined, body: string): number | undefined {
  const before = path && existsSync(path) ? linesBefore(readFileSync(path, 'utf8'), body) : undefined;
  return before === undefined ? undefined : bodyLine + before;
}

/**
 * "line 46: reason" with the file's line when the file at `path` holds `body`; else
 * "line 19 of the text below the frontmatter: reason", counted in the body.
 */
export function atLine(bodyLine: number, reason: string, path: string | undefined, body: string): string {
  const line = fileLine(bodyLine, path, body);
  return line === undefined ? `line ${bodyLine} of the text below the frontmatter: ${reason}` : `line ${line}: ${reason}`;
}
