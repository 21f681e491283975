/**
 * The site's Markdown pipeline: Astro's own unified processor with the site's options and
 * plugins, used by astro.config.ts for the build and by `parseReport` outside it (the tests,
 * and the error message of a report that fails), so both are one pipeline by construction.
 */
import { unified } from '@astrojs/markdown-remark';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import rehypeSlug from 'rehype-slug';
import rehypeBaseLinks from './lib/markdown/rehype-base-links.ts';
import rehypeReportModel from './lib/markdown/rehype-report-model.ts';
import { atLine, emphasisProblem, rehypeReportCheck, remarkReportCheck } from './lib/markdown/report-checks.ts';
import { readReportModel, type ReportModel } from './lib/report-model.ts';

/**
 * No SmartyPants (it would turn the reports' "--" and straight quotes into other
 * characters) and no GFM (a report is prose; a bare URL must stay text as printed).
 * `base` is the path the site is deployed under, for the reports' root-relative links.
 */
export function markdownProcessor(base = '/') {
  const processor = unified({
    gfm: false,
    smartypants: false,
    remarkPlugins: [remarkReportCheck],
    // Headings' ids carry a prefix, so that none can take an id of the URL contract ("p1", "main").
    rehypePlugins: [[rehypeSlug, { prefix: 'section-' }], rehypeReportCheck, [rehypeBaseLinks, { base }], rehypeReportModel],
  });
  // The parser's handling of emphasis takes time that grows with the square of the marks in a
  // paragraph, and its stack with their nesting: a report is refused before parsing instead.
  const createRenderer = processor.createRenderer.bind(processor);
  processor.createRenderer = async (shared) => {
    const renderer = await createRenderer(shared);
    return {
      render: (content, options) => {
        const problem = emphasisProblem(content);
        if (problem) {
          const path = options?.fileURL ? fileURLToPath(options.fileURL) : undefined;
          const where = path ? ` "${path}"` : '';
          return Promise.reject(
            new Error(`Failed to parse Markdown file${where}:\n${atLine(problem.line, problem.reason, path, content)}`),
          );
        }
        return renderer.render(content, options);
      },
    };
  };
  return processor;
}

/**
 * Renders a report body as the build does. Throws on content a report may not contain, as the
 * build does: 'Failed to parse Markdown file "<path>": line 3 of the text below the frontmatter: …'.
 */
export async function parseReport(markdown: string, path?: string, base = '/'): Promise<ReportModel> {
  const renderer = await markdownProcessor(base).createRenderer({ syntaxHighlight: false });
  const fileURL = path ? pathToFileURL(resolve(path)) : undefined;
  const { metadata } = await renderer.render(markdown, { frontmatter: {}, ...(fileURL ? { fileURL } : {}) });
  const model = readReportModel(metadata.frontmatter);
  if (!model) throw new Error('the report model was not produced');
  return model;
}
