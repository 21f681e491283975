/**
 * The body of a report as data: its paragraphs (and any headings) in order, each with a
 * stable id, its plain text, its HTML, and its sentences. The rehype plugin
 * (markdown/rehype-report-model.ts) makes it inside Astro's Markdown pipeline, so each
 * report is parsed once per build and every page reuses the result.
 */
import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { paragraphId } from './paths.ts';
import { sentenceRuns, type HtmlRun } from './sentence-runs.ts';
import { sentenceRanges } from './text.ts';

export interface ReportBlock {
  kind: 'paragraph' | 'heading';
  /** "p1", "p2", … for paragraphs, counted in order; the rehype-slug id for headings. */
  id: string;
  /** 1-based position among the paragraphs; 0 for headings. */
  number: number;
  text: string;
  /** The block's inner HTML. */
  html: string;
  /** A paragraph's sentences, exactly as written; empty for headings. */
  sentences: string[];
  /** A paragraph's inner HTML cut at its sentence boundaries; empty for headings. */
  runs: HtmlRun[];
  /** The line it starts on in the text below the frontmatter, for messages (0 where unknown). */
  line: number;
}

export interface ReportModel {
  blocks: ReportBlock[];
}

function blockOf(node: Element, paragraphNumber: number): ReportBlock {
  const html = toHtml(node.children);
  // A line break inside a paragraph (a hard-wrapped file) and a no-break space (pasted from the
  // web) are spaces, as the page shows them: one character for one, so that the sentences'
  // places in the text stay those of the HTML.
  const text = toString(node).replace(/[\r\n\u00A0]/g, ' ');
  const line = node.position?.start.line ?? 0;
  if (node.tagName === 'p') {
    const ranges = sentenceRanges(text);
    const sentences = ranges.map(({ start, end }) => text.slice(start, end));
    return {
      kind: 'paragraph',
      id: paragraphId(paragraphNumber),
      number: paragraphNumber,
      text,
      html,
      sentences,
      runs: sentenceRuns(node, ranges),
      line,
    };
  }
  return { kind: 'heading', id: String(node.properties['id'] ?? ''), number: 0, text, html, sentences: [], runs: [], line };
}

/** The blocks of a checked report tree: its top-level paragraphs and headings, in order. */
export function reportModelFromTree(tree: Root): ReportModel {
  const blocks: ReportBlock[] = [];
  let paragraphs = 0;
  for (const node of tree.children) {
    if (node.type !== 'element') continue;
    if (node.tagName === 'p') paragraphs += 1;
    blocks.push(blockOf(node, paragraphs));
  }
  return { blocks };
}

/** Reads back what the plugin stored in a report's frontmatter, or null if it is not there. */
export function readReportModel(frontmatter: Record<string, unknown> | undefined): ReportModel | null {
  const report = frontmatter?.['report'] as ReportModel | undefined;
  return report && Array.isArray(report.blocks) ? report : null;
}
