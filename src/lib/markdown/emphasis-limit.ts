/**
 * A report is prose: a paragraph carries a handful of emphasis marks at most. Thousands of
 * them (a copy gone wrong) would make Markdown's parser take minutes, or overflow its stack
 * when nested, so such a report is refused before parsing, by line.
 */

/** More `*` or `_` than this in one paragraph is not prose. */
export const MAX_EMPHASIS_MARKS = 200;

/** The problem with a report body's emphasis marks: the paragraph's first line in the body, and the reason; or undefined. */
export function emphasisProblem(markdown: string): { line: number; reason: string } | undefined {
  let marks = 0;
  let start = 1;
  const lines = markdown.split('\n');
  for (let i = 0; i <= lines.length; i++) {
    const line = lines[i];
    if (line === undefined || line.trim() === '') {
      if (marks > MAX_EMPHASIS_MARKS) {
        return {
          line: start,
          reason: `${marks} emphasis marks (* or _) in one paragraph, more than the ${MAX_EMPHASIS_MARKS} a report's prose could hold; is it a broken copy?`,
        };
      }
      marks = 0;
      start = i + 2;
      continue;
    }
    marks += line.match(/[*_]/g)?.length ?? 0;
  }
  return undefined;
}
