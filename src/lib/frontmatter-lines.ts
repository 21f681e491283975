/**
 * Where in a file a frontmatter field stands, counted as an editor counts lines (the first
 * line of the file is 1), so that an error can name the line as well as the field. The
 * frontmatter is YAML of plain keys, nested by indentation: each key of the field's path is
 * looked for below the one before it.
 */
import { escapeRegExp } from './text.ts';

/** The line of the field `path` (["meeting", "ordinal"]) in a Markdown file's source, or undefined. */
export function lineOfField(source: string, path: readonly (string | number)[]): number | undefined {
  const lines = source.split('\n');
  let from = 1; // line 0 is the opening '---'
  let found: number | undefined;
  for (const key of path) {
    if (typeof key === 'number') continue; // list items: the line of the list is near enough
    const pattern = new RegExp(`^\\s*(?:-\\s+)?["']?${escapeRegExp(key)}["']?\\s*:`);
    let at: number | undefined;
    for (let i = from; i < lines.length && lines[i] !== '---'; i++) {
      if (pattern.test(lines[i]!)) {
        at = i;
        break;
      }
    }
    if (at === undefined) return found;
    found = at + 1;
    from = at + 1;
  }
  return found;
}
