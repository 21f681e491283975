/**
 * remark plugin: what Markdown would take from a report without a word. A paragraph shaped
 * like a link definition ("[Editor's note]: Updated.") is not shown at all, and a control
 * character (a form feed from a PDF copy) is invisible on the page and breaks the RSS feed's
 * XML. Both fail the file with the line, so that every word in it is shown or the build says
 * why not.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { atLine } from '../file-lines.ts';
import { CONTROL_CHARACTER, codePoint } from '../text.ts';

export default function remarkReportCheck() {
  return (tree: Root, file: VFile): void => {
    const text = String(file.value);
    const at = (line: number | undefined, reason: string): string => (line ? atLine(line, reason, file.path, text) : reason);
    const control = CONTROL_CHARACTER.exec(text);
    if (control) {
      const line = text.slice(0, control.index).split('\n').length;
      file.fail(at(line, `a control character (${codePoint(control[0])}) is in the text, invisible on the page; delete it`));
    }
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
