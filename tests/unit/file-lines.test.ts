import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { atLine, linesBefore } from '../../src/lib/file-lines.ts';

const source = '---\ntitle: T\ncity: C\n---\n\nFirst paragraph.\n\n<script>x</script>\n';
const body = '\nFirst paragraph.\n\n<script>x</script>\n';

describe('linesBefore', () => {
  it('counts the lines above the body: the frontmatter and its fences', () => {
    expect(linesBefore(source, body)).toBe(4);
    expect(linesBefore(source, 'not in it')).toBeUndefined();
  });
});

describe('atLine', () => {
  const path = join(mkdtempSync(join(tmpdir(), 'sco-lines-')), '2030-broken.md');
  writeFileSync(path, source);

  it("names the file's line where the file can be read: the script on body line 4 is on line 8", () => {
    expect(atLine(4, 'raw HTML is not allowed', path, body)).toBe('line 8: raw HTML is not allowed');
  });

  it('counts in the body where there is no file to read', () => {
    expect(atLine(4, 'raw HTML is not allowed', undefined, body)).toBe('line 4 of the text below the frontmatter: raw HTML is not allowed');
  });
});
