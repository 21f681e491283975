/**
 * remark plugin: what Markdown would take from a report without a word, or read otherwise
 * than a reader does. A paragraph shaped like a link definition ("[Editor's note]: Updated.")
 * is not shown at all; a control character (a form feed from a PDF copy) is invisible on the
 * page and breaks the RSS feed's XML; a direction-changing character shows a paragraph
 * reversed (src/lib/text.ts, NOT_TEXT, decides by Unicode property); text in decomposed form (NFD) is
 * another string than the same words composed; a line of --- typed under a paragraph makes it
 * a heading. Each fails the file with the line, checked in the decoded text too (a character
 * reference such as &#x202E; is the character), so that every word is shown as the analysis
 * reads it, or the build says why not.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { atLine } from '../file-lines.ts';
import { LEGACY_REFERENCE, NOT_TEXT, legacyReferenceAdvice, notTextAdvice } from '../text.ts';

export default function remarkReportCheck() {
  return (tree: Root, file: VFile): void => {
    const text = String(file.value);
    const at = (line: number | undefined, reason: string): string => (line ? atLine(line, reason, file.path, text) : reason);
    const lineOf = (index: number) => text.slice(0, index).split('\n').length;
    const legacy = LEGACY_REFERENCE.exec(text);
    if (legacy) file.fail(at(lineOf(legacy.index), legacyReferenceAdvice(legacy[0])));
    const typed = NOT_TEXT.exec(text);
    if (typed) file.fail(at(lineOf(typed.index), `a character that is not text is in it: ${notTextAdvice(typed[0])}`));
    visit(tree, 'text', (node) => {
      const line = node.position?.start.line;
      // Again in the decoded text: a character reference (&#x202E;) is the character.
      const decoded = NOT_TEXT.exec(node.value);
      if (decoded) file.fail(at(line, `a character that is not text is in it: ${notTextAdvice(decoded[0])}`));
      if (node.value !== node.value.normalize('NFC')) {
        file.fail(at(line, 'letters are written in decomposed form (NFD), which compares as other text: save the file in NFC'));
      }
    });
    visit(tree, 'heading', (node) => {
      const line = node.position?.start.line;
      const source = line ? (text.split('\n')[line - 1] ?? '') : '';
      if (!source.trimStart().startsWith('#')) {
        file.fail(
          at(
            line,
            'a line of --- or === under this paragraph makes it a heading; leave a blank line before ---, or write a heading as ## Heading',
          ),
        );
      }
      if (node.children.length === 0) file.fail(at(line, 'an empty heading; write its words after the #, or delete it'));
    });
    // A table pasted from a web page or a spreadsheet: Markdown without tables reads its rows as
    // one paragraph of pipes, which would shift every paragraph's number after it.
    visit(tree, 'paragraph', (node) => {
      const start = node.position?.start.line;
      const end = node.position?.end.line;
      if (!start || !end || end === start) return;
      const lines = text.split('\n').slice(start - 1, end);
      const delimiter = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?\s*$/;
      if (lines.some((l) => delimiter.test(l)) && lines.every((l) => l.includes('|'))) {
        file.fail(
          at(
            start,
            'a table (rows of | … |) is pasted here: a report is paragraphs of text; write what it says as sentences, or leave it out',
          ),
        );
      }
    });
    visit(tree, 'definition', (node) => {
      const line = node.position?.start.line;
      file.fail(
        at(
          line,
          `"[${node.label ?? node.identifier}]: ${node.url}" reads as a Markdown link definition, which is never shown; write the paragraph so that it does not begin with [text]:`,
        ),
      );
    });
  };
}
