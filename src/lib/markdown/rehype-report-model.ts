/**
 * rehype plugin: the report as data, stored in the file's Astro frontmatter as `report`, so
 * that Astro parses each report once and every page reuses what it made. Runs after the check
 * (report-checks.ts), so it may take the tree as allowed.
 */
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { reportModelFromTree } from '../report-model.ts';

/** Where the plugin leaves the model: Astro returns this object as `remarkPluginFrontmatter`. */
interface AstroFileData {
  astro?: { frontmatter?: Record<string, unknown> };
}

export default function rehypeReportModel() {
  return (tree: Root, file: VFile): void => {
    const data = file.data as AstroFileData;
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter['report'] = reportModelFromTree(tree);
  };
}
