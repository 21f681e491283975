import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { sentenceRuns } from '../../src/lib/sentence-runs.ts';
import { sentenceRanges } from '../../src/lib/text.ts';

/** The <p> of an HTML fragment, as rehype makes it. */
const paragraph = (html: string): Element => fromHtml(`<p>${html}</p>`, { fragment: true }).children[0] as Element;

describe('sentenceRuns', () => {
  it.each([
    [
      'One. Two.',
      [
        ['One.', 0],
        [' ', undefined],
        ['Two.', 1],
      ],
    ],
    ['Only one sentence', [['Only one sentence', 0]]],
    [
      'A <a href="/x">link. Split</a> here.',
      [
        ['A <a href="/x">link.</a>', 0],
        ['<a href="/x"> </a>', undefined],
        ['<a href="/x">Split</a> here.', 1],
      ],
    ],
    [
      '<strong>All bold. Still.</strong>',
      [
        ['<strong>All bold.</strong>', 0],
        ['<strong> </strong>', undefined],
        ['<strong>Still.</strong>', 1],
      ],
    ],
    [
      'Ends here.<br>',
      [
        ['Ends here.', 0],
        ['<br>', undefined],
      ],
    ],
    [
      'Line<br>break. Next.',
      [
        ['Line<br>break.', 0],
        [' ', undefined],
        ['Next.', 1],
      ],
    ],
  ])('%s', (html, expected) => {
    const p = paragraph(html);
    const runs = sentenceRuns(p, sentenceRanges(toString(p)));
    expect(runs.map((r) => [r.html, r.sentence])).toEqual(expected);
  });

  it('loses no text: the runs joined read as the paragraph', () => {
    const html = 'Li said <em>trade. And</em> energy, <a href="https://example.org">see. This</a> too. End.';
    const p = paragraph(html);
    const joined = sentenceRuns(p, sentenceRanges(toString(p)))
      .map((r) => toString(fromHtml(r.html, { fragment: true })))
      .join('');
    expect(joined).toBe(toString(p));
  });
});
