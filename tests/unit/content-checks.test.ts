/**
 * The checks run before Astro's loaders, on a copy of the real content/ with one report
 * edited as an editor might: each problem names the file, the line counted from the file's
 * first line, and the field or key, in the file's own terms.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { assertContent } from '../../src/content-checks.ts';
import { projectRoot } from '../support/build.ts';

const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** The message assertContent throws for content/ with 2024-islamabad.md edited, without the folder. */
function problemAfter(edit: (source: string) => string): string {
  const folder = mkdtempSync(`${tmpdir()}/content-checks-`);
  folders.push(folder);
  cpSync(`${projectRoot}content`, folder, { recursive: true });
  const file = `${folder}/2024-islamabad.md`;
  const source = readFileSync(file, 'utf8');
  const edited = edit(source);
  expect(edited, 'the edit changes the file').not.toBe(source);
  writeFileSync(file, edited);
  try {
    assertContent(folder);
    return 'no problem';
  } catch (error) {
    return (error as Error).message.replace(`${folder}: `, '');
  }
}

// 2024-islamabad.md: line 7 is "city: Islamabad", 10-12 the coordinates, 13 "meeting:",
// 16 "participants:", 25 the photo caption.
describe('assertContent', () => {
  it('passes the real content', () => {
    expect(() => assertContent(`${projectRoot}content`)).not.toThrow();
  });

  it.each<[string, (source: string) => string, string]>([
    [
      'a key that stands twice',
      (s) => s.replace('city: Islamabad', 'city: Islamabad\ncity: Lahore'),
      '2024-islamabad.md, line 8: the key "city" stands twice; keep one',
    ],
    [
      'an alias to an anchor defined further down',
      (s) =>
        s
          .replace('coordinates:\n  latitude: 33.6844\n  longitude: 73.0479', 'coordinates: *people')
          .replace('participants:', 'participants: &people'),
      '2024-islamabad.md, line 10: not valid YAML: unidentified alias "people"',
    ],
    [
      'an alias to a list where a mapping belongs',
      (s) =>
        s
          .replace('coordinates:\n  latitude: 33.6844\n  longitude: 73.0479\n', '')
          .replace('participants:', 'participants: &people')
          .replace('photoCaption:', 'coordinates: *people\nphotoCaption:'),
      '2024-islamabad.md, line 22, coordinates: must be a mapping (indented "key: value" lines), not a list (lines that begin with "- ")',
    ],
    [
      'a __proto__ key',
      (s) => s.replace('  ordinal: 23', '  ordinal: 23\n  __proto__: x'),
      '2024-islamabad.md, line 15, meeting.__proto__: "__proto__" is not a field of this file',
    ],
    [
      'an unpublished headline left in as a list',
      (s) => s.replace(/^title: .*$/m, 'title:\n  - China willing\n  - Premier Li'),
      '2024-islamabad.md, line 2, title: must be text, not a list (lines that begin with "- ")',
    ],
    [
      'malformed YAML (an unclosed list)',
      (s) => s.replace('city: Islamabad', 'city: [Islamabad'),
      '2024-islamabad.md, line 8: not valid YAML: deficient indentation',
    ],
    [
      'no frontmatter',
      (s) => s.replace(/^---\n[\s\S]*?\n---\n/, ''),
      '2024-islamabad.md, line 1: the file must begin with its frontmatter between two lines of ---',
    ],
  ])('names %s', (_name, edit, message) => {
    expect(problemAfter(edit)).toBe(message);
  });
});
