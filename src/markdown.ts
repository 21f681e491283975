/**
 * The site's Markdown pipeline: Astro's own unified processor with the site's options and
 * plugins, used by astro.config.ts for the build and by `parseReport` outside it (the tests,
 * and the error message of a report that fails), so both are one pipeline by construction.
 */
import { unified } from '@astrojs/markdown-remark';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import rehypeSlug from 'rehype-slug';
import rehypeBaseLinks from './lib/markdown/rehype-base-links.ts';
import rehypeReportModel from './lib/markdown/rehype-report-model.ts';
import { remarkReportCheck } from './lib/markdown/report-checks.ts';
import { readReportModel, type ReportModel } from './lib/report-model.ts';

/**
 * No SmartyPants (it would turn the reports' "--" and straight quotes into other
 * characters) and no GFM (a report is prose; a bare URL must stay text as printed).
 * `base` is the path the site is deployed under, for the reports' root-relative links.
 */
export function markdownProcessor(base = '/') {
  return unified({
    gfm: false,
    smartypants: false,
    remarkPlugins: [remarkReportCheck],
    // Headings' ids carry a prefix, so that none can take an id of the URL contract ("p1", "main").
    rehypePlugins: [[rehypeSlug, { prefix: 'section-' }], [rehypeBaseLinks, { base }], rehypeReportModel],
  });
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
