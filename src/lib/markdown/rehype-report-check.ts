/**
 * rehype plugin: a report may hold only paragraphs and headings, with emphasis and links to
 * http(s) addresses, paths or fragments. Anything else fails the file with its line and the
 * reason, rather than being stripped silently: every word a reader sees is one an editor saw.
 */
import type { Element, Root, RootContent } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { atLine, fileLine } from '../file-lines.ts';

/** Inline elements a paragraph may use. */
const INLINE_ELEMENTS = new Set(['em', 'strong', 'a', 'br', 'sub', 'sup']);
const BLOCKS = new Set(['p', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** http(s), a fragment, or a path: "/x" but not "//host", which is another site. */
const SAFE_HREF = /^(?:https?:\/\/|#|\/(?!\/)|\.{1,2}\/)/i;

/** The reason a node may not stand where it is, or undefined if it may. */
function problemWith(node: RootContent, parent: Root | Element): string | undefined {
  if (node.type === 'text' || node.type === 'comment') return undefined;
  // Anything else that is not an element is HTML written into the Markdown (a "raw" node).
  if (node.type !== 'element') return 'raw HTML is not allowed in a report; write plain Markdown';
  if (parent.type === 'root') {
    return BLOCKS.has(node.tagName) ? undefined : `only paragraphs and headings (##…######) may make up a report; found <${node.tagName}>`;
  }
  if (!INLINE_ELEMENTS.has(node.tagName)) return `<${node.tagName}> is not allowed inside a paragraph`;
  const href = node.properties['href'];
  if (node.tagName === 'a' && !(typeof href === 'string' && SAFE_HREF.test(href))) {
    return `link target "${String(href)}" is not allowed; use http(s), a path or a #fragment`;
  }
  return undefined;
}

export default function rehypeReportCheck() {
  return (tree: Root, file: VFile): void => {
    if (String(file.value).includes('\uFFFD')) {
      file.fail('the text has bytes that are not UTF-8 (shown as U+FFFD): save the file as UTF-8');
    }
    visit(tree, (node, _index, parent) => {
      if (!parent || node.type === 'root') return;
      const problem = problemWith(node as RootContent, parent as Root | Element);
      if (!problem) return;
      // The file's line goes into the message itself (Astro's loader shows only the message) and
      // into the place, which would otherwise be counted in the body.
      const start = node.position?.start;
      if (!start) file.fail(problem);
      const line = fileLine(start.line, file.path, String(file.value));
      file.fail(atLine(start.line, problem, file.path, String(file.value)), { place: { line: line ?? start.line, column: start.column } });
    });
    if (!tree.children.some((node) => node.type === 'element' && node.tagName === 'p')) file.fail('the report has no paragraphs');
  };
}
