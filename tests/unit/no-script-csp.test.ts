import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { narrowedPolicy } from '../../src/integrations/no-script-csp.ts';

const hash = (css: string) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
const page = (policy: string, body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}">${body}</head></html>`;
const policyOf = (html: string) => /content="([^"]*)"/.exec(html)![1];

describe('narrowedPolicy', () => {
  const own = 'body{color:red}';
  const other = 'p{color:blue}';
  const astro = `default-src 'none'; script-src 'self' 'sha256-abc='; style-src 'self' ${hash(own)} ${hash(other)}`;

  it("keeps only the hashes of the page's own styles, and no script source on a page without a script", () => {
    expect(policyOf(narrowedPolicy(page(astro, `<style>${own}</style>`)))).toBe(`default-src 'none'; style-src 'self' ${hash(own)}`);
  });

  it('keeps the script directive where the page has a script, but not for a JSON-LD block', () => {
    expect(policyOf(narrowedPolicy(page(astro, `<style>${own}</style><script type="module">x()</script>`)))).toContain("script-src 'self'");
    expect(policyOf(narrowedPolicy(page(astro, `<style>${own}</style><script type="application/ld+json">{}</script>`)))).not.toContain(
      'script-src',
    );
  });

  it('reads the parsed page: "<script>" in a title or an attribute is text, not a script', () => {
    const titled = page(astro, `<title>A &lt;script&gt; title</title><meta name="description" content="<script>"><style>${own}</style>`);
    expect(policyOf(narrowedPolicy(titled))).not.toContain('script-src');
  });
});
