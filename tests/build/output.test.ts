/**
 * The built files themselves: valid HTML, a strict Content-Security-Policy, the same bytes
 * from two builds of the same commit, and every link resolving under a base path too.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { basePathSiteDir, buildSite, siteDir, TEST_BASE_PATH, testOutput } from '../support/build.ts';
import { attr, fileForPath, idsOnPage, listPages, readPage, select, selectAll } from '../support/html.ts';

const pages = listPages(siteDir);

describe('html-validate, recommended rules', () => {
  const validator = new HtmlValidate({
    extends: ['html-validate:recommended'],
    elements: [
      'html5',
      // In WHATWG HTML <details> is flow content, not sectioning content, so a row header may
      // hold one (the matrix's rows open to their words); html-validate still counts it a
      // sectioning root, as HTML 4-era outlines did.
      { details: { sectioning: false } },
    ],
    rules: {
      // Meeting ids are the URL contract's fragments (/#2023-bishkek); HTML allows an id to
      // begin with a digit, the rule's strict mode does not.
      'valid-id': ['error', { relaxed: true }],
    },
  });

  it.each(pages)('%s has no error', async (path) => {
    const report = await validator.validateFile(fileForPath(siteDir, path)!);
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(messages).toEqual([]);
  });
});

describe('Content-Security-Policy', () => {
  it.each(pages)('%s allows nothing but its own inline style and images', (path) => {
    const page = readPage(siteDir, path);
    const meta = select('meta[http-equiv=content-security-policy]', page);
    const policy = attr(meta!, 'content');
    const directives = policy
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean);
    expect(directives[0]).toBe("default-src 'none'");
    expect(directives.some((d) => d.startsWith('script-src'))).toBe(false);
    const styles = selectAll('style', page);
    const html = readFileSync(fileForPath(siteDir, path)!, 'utf8');
    const styleHashes = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(
      (m) => `'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`,
    );
    expect(styleHashes.length).toBe(styles.length);
    const styleSrc = directives.find((d) => d.startsWith('style-src'))!;
    for (const hash of styleHashes) expect(styleSrc).toContain(hash);
  });

  it.each(pages)('%s loads no stylesheet, script, font or image from elsewhere', (path) => {
    const page = readPage(siteDir, path);
    expect(selectAll('link[rel=stylesheet], script[src], img[src^="http"]', page)).toEqual([]);
  });
});

/** Every file under a folder with the SHA-256 of its bytes. */
function hashes(dir: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    result[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return result;
}

describe('a second build of the same commit', () => {
  const again = join(testOutput, 'again');
  const building = buildSite({ outDir: again });

  it('produces byte-identical files', async () => {
    const result = await building;
    expect(result.status, result.output).toBe(0);
    expect(hashes(again)).toEqual(hashes(siteDir));
  });
});

describe(`a build with BASE_PATH=${TEST_BASE_PATH}`, () => {
  const base = TEST_BASE_PATH;
  const outDir = basePathSiteDir;

  it('builds the same pages', () => {
    expect(listPages(outDir)).toEqual(pages);
  });

  it.each(pages)('%s: every internal link and fragment resolves under the base path', (path) => {
    const page = readPage(outDir, path);
    const pageUrl = new URL(`${base}${path.slice(1)}`, 'http://site.test');
    const links = selectAll('a[href], link[href]', page);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      const target = new URL(attr(link, 'href'), pageUrl);
      if (target.origin !== pageUrl.origin) continue;
      expect(target.pathname.startsWith(base), `${path} links to ${target.pathname}, outside ${base}`).toBe(true);
      const file = fileForPath(outDir, `/${target.pathname.slice(base.length)}`);
      expect(file, `${path} → ${target.pathname}`).not.toBeNull();
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment && file!.endsWith('.html')) {
        expect(idsOnPage(outDir, `/${target.pathname.slice(base.length)}`).has(fragment), `${path} → ${target.href}`).toBe(true);
      }
    }
  });
});
