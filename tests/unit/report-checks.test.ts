import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emphasisProblem, linesBefore, MAX_EMPHASIS_MARKS } from '../../src/lib/markdown/report-checks.ts';
import { parseReport } from '../../src/markdown.ts';

describe('emphasisProblem', () => {
  it.each([
    ['Plain *prose* with _a few_ marks.', undefined],
    ['*'.repeat(MAX_EMPHASIS_MARKS), undefined],
    [`One.\n\nTwo.\n\n${'*a'.repeat(40000)}`, [5, /^40000 emphasis marks/]],
    [`${'*'.repeat(5000)}a${'*'.repeat(5000)}`, [1, /^10000 emphasis marks/]],
  ] as const)('%#', (markdown, expected) => {
    const problem = emphasisProblem(markdown);
    if (expected) {
      expect(problem?.line).toBe(expected[0]);
      expect(problem?.reason).toMatch(expected[1]);
    } else expect(problem).toBeUndefined();
  });

  it('refuses such a report before the parser sees it, naming the file', async () => {
    await expect(parseReport(`One.\n\n${'*a'.repeat(40000)}`, 'content/2030-broken.md')).rejects.toThrow(
      /^Failed to parse Markdown file ".*2030-broken\.md":\nline 3 of the text below the frontmatter: 40000 emphasis marks/,
    );
  });
});

const source = '---\ntitle: T\ncity: C\n---\n\nFirst paragraph.\n\n<script>x</script>\n';
const body = '\nFirst paragraph.\n\n<script>x</script>\n';
const path = join(mkdtempSync(join(tmpdir(), 'sco-lines-')), '2030-broken.md');
writeFileSync(path, source);

describe('linesBefore', () => {
  it('counts the lines above the body in its file: the frontmatter and its fences', () => {
    expect(linesBefore(path, body)).toBe(4);
    expect(linesBefore(path, 'not in it')).toBeUndefined();
    expect(linesBefore(undefined, body)).toBeUndefined();
  });
});

describe("a refusal's line", () => {
  it("is the file's line where the file can be read: the script on body line 4 is on line 8", async () => {
    await expect(parseReport(body, path)).rejects.toThrow(/\nline 8: raw HTML is not allowed/);
  });

  it('is counted in the body where there is no file to read', async () => {
    await expect(parseReport(body, `${path}.gone`)).rejects.toThrow(/\nline 4 of the text below the frontmatter: raw HTML is not allowed/);
  });
});
