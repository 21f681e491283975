/** Reading the built site's HTML as a tree, the way the tests look at pages. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { find, html } from 'property-information';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';

export { select, selectAll };

export function readPage(dir: string, urlPath: string): Root {
  return fromHtml(readFileSync(fileForPath(dir, urlPath) ?? '', 'utf8'));
}

const idsByFile = new Map<string, Set<string>>();

/**
 * The ids on a built page, for checking links' fragments: read once per file (a comparison
 * page links to hundreds of sentences of the same two reports, and would be parsed again for
 * each). Every folder is built once in a test run, before its pages are read.
 */
export function idsOnPage(dir: string, urlPath: string): Set<string> {
  const file = fileForPath(dir, urlPath) ?? '';
  let ids = idsByFile.get(file);
  if (!ids) {
    ids = new Set(selectAll('[id]', readPage(dir, urlPath)).map((element) => attr(element, 'id')));
    idsByFile.set(file, ids);
  }
  return ids;
}

/** The HTML file a URL path is served from, or null if there is none. */
export function fileForPath(dir: string, urlPath: string): string | null {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '/');
  const candidates = clean.endsWith('/') ? [join(dir, clean, 'index.html')] : [join(dir, clean), join(dir, clean, 'index.html')];
  return candidates.find((file) => existsSync(file) && !file.endsWith(sep)) ?? null;
}

/** Every built HTML page as a URL path: "/", "/compare/", "/404.html". */
export function listPages(dir: string): string[] {
  const pages: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) {
        const url = `/${relative(dir, path).split(sep).join('/')}`;
        pages.push(url.endsWith('/index.html') ? url.slice(0, -'index.html'.length) : url);
      }
    }
  };
  walk(dir);
  return pages.sort();
}

/** Text as a reader sees it: white space folded. */
export function textOf(node: Root | Element): string {
  return toString(node).replace(/\s+/g, ' ').trim();
}

/** An attribute by its HTML name ("datetime", "aria-label"), as a string. */
export function attr(node: Element, name: string): string {
  const value = node.properties[find(html, name).property];
  return Array.isArray(value) ? value.join(' ') : String(value ?? '');
}
