/**
 * A paragraph's HTML cut at its sentence boundaries, so that every sentence can carry an id
 * of its own (`#p3-s2`). The cut is made on the rehype tree by character offsets of the
 * paragraph's plain text: an inline element that spans a boundary (a link, an emphasis) is
 * split into one copy per side, so each run is well-formed HTML and the runs joined show the
 * paragraph exactly as before.
 */
import type { Element, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { TextRange } from './text.ts';

export interface HtmlRun {
  html: string;
  /** 0-based sentence index; undefined for what lies between two sentences (white space). */
  sentence: number | undefined;
}

const lengthOf = (node: ElementContent): number =>
  node.type === 'element' ? node.children.reduce((sum, child) => sum + lengthOf(child), 0) : 'value' in node ? node.value.length : 0;

/** The part of `nodes` that covers characters [start, end) of their text; `from` is where they begin. */
function slice(nodes: readonly ElementContent[], start: number, end: number, from: number): ElementContent[] {
  const out: ElementContent[] = [];
  let at = from;
  for (const node of nodes) {
    const length = lengthOf(node);
    const [nodeStart, nodeEnd] = [at, at + length];
    at = nodeEnd;
    if (node.type === 'element') {
      // An empty element (<br>) goes with the run it stands in.
      const inside = length === 0 ? nodeStart >= start && nodeStart < end : nodeEnd > start && nodeStart < end;
      if (inside) out.push({ ...node, children: slice(node.children, start, end, nodeStart) });
    } else if ('value' in node && nodeEnd > start && nodeStart < end) {
      out.push({ ...node, value: node.value.slice(Math.max(start, nodeStart) - nodeStart, Math.min(end, nodeEnd) - nodeStart) });
    }
  }
  return out;
}

/** The paragraph's content as runs: between-sentence text and each sentence, in order. */
export function sentenceRuns(paragraph: Element, sentences: readonly TextRange[]): HtmlRun[] {
  const runs: HtmlRun[] = [];
  const push = (start: number, end: number, sentence: number | undefined): void => {
    const html = toHtml(slice(paragraph.children, start, end, 0));
    if (html) runs.push({ html, sentence });
  };
  let at = 0;
  sentences.forEach(({ start, end }, index) => {
    push(at, start, undefined);
    push(start, end, index);
    at = end;
  });
  // To the end, and past it for an empty element (<br>) that closes the paragraph.
  push(at, Infinity, undefined);
  return runs;
}
