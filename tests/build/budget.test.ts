/**
 * The page budget: every page renders from one request (HTML with its CSS inlined, no
 * script, no web font, no external stylesheet or image) of at most 14 KB gzipped, about
 * what the first round trip of a new connection carries. Sizes are printed so that a
 * regression is visible before it fails.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { PAGE_BUDGET } from '../../src/integrations/page-budget.ts';
import { siteDir } from '../support/build.ts';
import { fileForPath, listPages, readPage, selectAll, attr } from '../support/html.ts';

const BUDGET = PAGE_BUDGET;
const pages = listPages(siteDir);
const sizes: string[] = [];
afterAll(() => console.log(`Page sizes (HTML with inline CSS; raw / gzip -9; budget ${BUDGET} B gzipped):\n${sizes.join('\n')}`));

describe.each(pages)('%s', (path) => {
  const html = readFileSync(fileForPath(siteDir, path)!);
  const page = readPage(siteDir, path);

  it('fits in 14 KB gzipped', () => {
    const gzipped = gzipSync(html, { level: 9 }).length;
    sizes.push(`  ${path.padEnd(42)} ${String(html.length).padStart(7)} / ${String(gzipped).padStart(6)}`);
    expect(gzipped).toBeLessThanOrEqual(BUDGET);
  });

  it('needs no other request to render: no script, stylesheet, font or image', () => {
    expect(selectAll('script', page).filter((s) => attr(s, 'type') !== 'application/ld+json')).toEqual([]);
    expect(selectAll('link[rel=stylesheet], link[rel=preload], link[rel=modulepreload], img, video, iframe', page)).toEqual([]);
    expect(html.toString()).not.toMatch(/@font-face|@import/);
  });
});
