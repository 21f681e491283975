/**
 * The site's promise: every page renders from one request, its HTML with the CSS inlined at
 * most 14,336 bytes gzipped (what a first round trip carries). After a build, this names any
 * page over that budget and its size, so that an editor learns it when building, not from a
 * reader. It warns and does not fail: a longer report is still worth publishing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';

/** Bytes, gzipped: 14 KiB, about what the first round trip of a new connection carries (ten TCP segments). */
export const PAGE_BUDGET = 14 * 1024;

/** The pages over the budget, each "/path/ 15,931 B", largest first. */
export function pagesOverBudget(pages: readonly { path: string; gzipped: number }[], budget = PAGE_BUDGET): string[] {
  return pages
    .filter((page) => page.gzipped > budget)
    .sort((a, b) => b.gzipped - a.gzipped)
    .map((page) => `${page.path} ${page.gzipped.toLocaleString('en')} B`);
}

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? htmlFiles(join(dir, entry.name)) : entry.name.endsWith('.html') ? [join(dir, entry.name)] : [],
  );

/**
 * Every page of a built site with its size gzipped (HTML with its inlined CSS, zlib's default
 * level, as a web server sends it), by path: "/compare/".
 */
export function pageSizes(root: string): { path: string; gzipped: number }[] {
  return htmlFiles(root)
    .map((file) => ({ path: `/${relative(root, file).replace(/index\.html$/, '')}`, gzipped: gzipSync(readFileSync(file)).length }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

export default function pageBudgetIntegration(): AstroIntegration {
  return {
    name: 'page-budget',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const over = pagesOverBudget(pageSizes(fileURLToPath(dir)));
        if (over.length > 0) {
          logger.warn(
            `These pages are over the budget of ${PAGE_BUDGET.toLocaleString('en')} B gzipped, so they need more than one round trip: ${over.join(', ')}. See docs/page-budget.md for what each kind of page may hold.`,
          );
        }
      },
    },
  };
}
