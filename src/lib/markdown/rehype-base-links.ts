/**
 * rehype plugin: root-relative links in a report ("/meetings/…") get the base path the site is
 * deployed under ("/sco-meetings/meetings/…"), as every other internal link does.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

export default function rehypeBaseLinks(options: { base?: string } = {}) {
  const base = (options.base ?? '/').replace(/\/$/, '');
  return (tree: Root): void => {
    if (!base) return;
    visit(tree, 'element', (node) => {
      const href = node.properties['href'];
      if (node.tagName === 'a' && typeof href === 'string' && href.startsWith('/') && !href.startsWith('//')) {
        node.properties['href'] = `${base}${href}`;
      }
    });
  };
}
