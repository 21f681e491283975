import { describe, expect, it } from 'vitest';
import type { Root } from 'hast';
import rehypeBaseLinks from '../../src/lib/markdown/rehype-base-links.ts';

const link = (href: string): Root => ({
  type: 'root',
  children: [{ type: 'element', tagName: 'a', properties: { href }, children: [] }],
});
const hrefAfter = (href: string, base?: string): unknown => {
  const tree = link(href);
  rehypeBaseLinks(base === undefined ? {} : { base })(tree);
  return (tree.children[0] as { properties: { href: unknown } }).properties.href;
};

describe('rehypeBaseLinks', () => {
  it.each([
    ['/meetings/2023-bishkek/', '/sco-meetings/', '/sco-meetings/meetings/2023-bishkek/'],
    ['/meetings/2023-bishkek/', '/', '/meetings/2023-bishkek/'],
    ['/meetings/2023-bishkek/', undefined, '/meetings/2023-bishkek/'],
    ['#p3', '/sco-meetings/', '#p3'],
    ['./other/', '/sco-meetings/', './other/'],
    ['https://example.org/x', '/sco-meetings/', 'https://example.org/x'],
    ['//example.org/x', '/sco-meetings/', '//example.org/x'], // another host, left alone
  ])('%s under %s → %s', (href, base, expected) => {
    expect(hrefAfter(href, base)).toBe(expected);
  });
});
