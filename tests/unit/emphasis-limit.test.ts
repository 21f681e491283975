import { describe, expect, it } from 'vitest';
import { emphasisProblem, MAX_EMPHASIS_MARKS } from '../../src/lib/markdown/emphasis-limit.ts';
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
