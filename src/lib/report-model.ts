/**
 * The body of a report as data: its paragraphs (and any headings) in order, each with a
 * stable id, its plain text and its HTML. It is made by a rehype plugin that runs inside
 * Astro's Markdown pipeline (astro.config.ts), so each report is parsed once per build and
 * every page reuses the result; `parseReport` runs the same pipeline outside Astro for
 * tests and for error messages.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import rehypeSlug from 'rehype-slug';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
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
}

export interface ReportModel {
  blocks: ReportBlock[];
}

/** Inline elements a report may use; anything else is rejected rather than rendered. */
const INLINE_ELEMENTS = new Set(['em', 'strong', 'a', 'br', 'sub', 'sup']);
const HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);
const SAFE_HREF = /^(?:https?:\/\/|#|\/(?!\/)|\.{0,2}\/)/i;

type Fail = (reason: string, node: RootContent | ElementContent) => never;

function checkInline(nodes: ElementContent[], fail: Fail): void {
  for (const node of nodes) {
    if (node.type === 'text' || node.type === 'comment') continue;
    if (node.type !== 'element') {
      fail('raw HTML is not allowed in a report; write plain Markdown', node);
    }
    if (!INLINE_ELEMENTS.has(node.tagName)) {
      fail(`<${node.tagName}> is not allowed inside a paragraph`, node);
    }
    const href = node.properties['href'];
    if (node.tagName === 'a' && !(typeof href === 'string' && SAFE_HREF.test(href))) {
      fail(`link target "${String(href)}" is not allowed; use http(s), a path or a #fragment`, node);
    }
    checkInline(node.children, fail);
  }
}

/** Root-relative links in a report ("/meetings/…") must carry the base path the site is deployed under. */
function prefixBase(nodes: ElementContent[], base: string): void {
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    const href = node.properties['href'];
    if (node.tagName === 'a' && typeof href === 'string' && href.startsWith('/') && !href.startsWith('//')) {
      node.properties['href'] = `${base.replace(/\/$/, '')}${href}`;
    }
    prefixBase(node.children, base);
  }
}

function blockOf(node: Element, paragraphNumber: number): ReportBlock {
  const html = toHtml(node.children);
  const text = toString(node);
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
    };
  }
  return { kind: 'heading', id: String(node.properties['id'] ?? ''), number: 0, text, html, sentences: [], runs: [] };
}

/** Builds the model from a rehype tree; `fail` reports content a report may not contain. */
export function reportModelFromTree(tree: Root, fail: Fail, base = '/'): ReportModel {
  const blocks: ReportBlock[] = [];
  let paragraphs = 0;
  for (const node of tree.children) {
    if (node.type === 'text' && !node.value.trim()) continue;
    if (node.type === 'comment') continue;
    if (node.type !== 'element') {
      fail('raw HTML is not allowed in a report; write plain Markdown', node);
    }
    if (node.tagName !== 'p' && !HEADINGS.has(node.tagName)) {
      fail(`only paragraphs and headings (##…######) may make up a report; found <${node.tagName}>`, node);
    }
    checkInline(node.children, fail);
    prefixBase(node.children, base);
    if (node.tagName === 'p') paragraphs += 1;
    blocks.push(blockOf(node, paragraphs));
  }
  if (paragraphs === 0) fail('the report has no paragraphs', tree as unknown as RootContent);
  return { blocks };
}

/** Where the plugin leaves the model: Astro returns this object as `remarkPluginFrontmatter`. */
interface AstroFileData {
  astro?: { frontmatter?: Record<string, unknown> };
}

/**
 * rehype plugin: stores the report's model in the file's Astro frontmatter as `report`.
 * `base` is the path the site is deployed under, for the report's root-relative links.
 */
export function rehypeReportModel(options: { base?: string } = {}) {
  return (tree: Root, file: VFile): void => {
    // The line goes into the message itself: Astro and the loader show only the message.
    const fail: Fail = (reason, node) => {
      const line = node.position?.start.line;
      return file.fail(
        line ? `line ${line} of the text below the frontmatter: ${reason}` : reason,
        node.position ? { place: node.position } : undefined,
      );
    };
    if (String(file.value).includes('\uFFFD')) {
      file.fail('the text has bytes that are not UTF-8 (shown as U+FFFD): save the file as UTF-8');
    }
    const model = reportModelFromTree(tree, fail, options.base);
    const data = file.data as AstroFileData;
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter['report'] = model;
  };
}

/** Reads back what `rehypeReportModel` stored, or null if it is not there. */
export function readReportModel(frontmatter: Record<string, unknown> | undefined): ReportModel | null {
  const report = frontmatter?.['report'] as ReportModel | undefined;
  return report && Array.isArray(report.blocks) ? report : null;
}

/**
 * The Markdown options the site uses, shared by astro.config.ts and `parseReport`: no
 * SmartyPants (it would turn the reports' "--" and straight quotes into other characters)
 * and no GFM extensions (a report is prose; a bare URL must stay text as printed).
 */
export function markdownOptions(base = '/') {
  return {
    gfm: false,
    smartypants: false,
    rehypePlugins: [rehypeSlug, [rehypeReportModel, { base }]] satisfies PluggableList,
  };
}

/** Parses a report body outside Astro with the same plugins. Throws on content a report may not contain. */
export async function parseReport(markdown: string, path?: string, base = '/'): Promise<ReportModel> {
  const file = new VFile({ value: markdown, ...(path ? { path } : {}), data: { astro: { frontmatter: {} } } });
  // As in Astro's pipeline, raw HTML reaches the tree, so that the model can reject it.
  const processor = unified().use(remarkParse).use(remarkRehype, { allowDangerousHtml: true }).use(markdownOptions(base).rehypePlugins);
  await processor.run(processor.parse(file), file);
  const model = readReportModel((file.data as AstroFileData).astro?.frontmatter);
  if (!model) throw new Error('the report model was not produced');
  return model;
}
