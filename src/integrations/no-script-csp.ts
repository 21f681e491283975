/**
 * Astro's CSP support (security.csp) hashes every inline style, which this site needs, but
 * writes into every page the hashes of every page's styles, and of the scripts of client
 * directives this site never ships. After the build, this narrows each page's policy to what
 * the page itself holds: the hashes of its own <style> elements, and no script-src where it
 * has no executable script, so that default-src 'none' forbids scripts there. A page that does
 * carry a script keeps the script directive as Astro wrote it.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';

const CSP_META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;

/** The CSP source of a style's text: 'sha256-…'. */
const hashSource = (text: string): string => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

export function narrowedPolicy(html: string): string {
  // Read from the parsed page, not the raw text: "<script>" in a title is text, not a script.
  const tree = fromHtml(html);
  // Any <script> but a JSON-LD data block, which browsers do not run.
  const hasScript = selectAll('script', tree).some((script) => script.properties['type'] !== 'application/ld+json');
  const ownStyles = new Set(selectAll('style', tree).map((style) => hashSource(toString(style))));
  return html.replace(CSP_META, (_, open: string, policy: string, close: string) => {
    const directives = policy
      .split(';')
      .map((d) => d.trim())
      .filter((d) => d && (hasScript || !d.startsWith('script-src')))
      .map((d) => {
        if (!d.startsWith('style-src')) return d;
        // Only the page's own styles; a hash of another page's style allows nothing here.
        const sources = d.split(/\s+/).filter((source, index) => index === 0 || !source.startsWith("'sha256-") || ownStyles.has(source));
        return sources.join(' ');
      });
    return `${open}${directives.join('; ')}${close}`;
  });
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

export default function noScriptCsp(): AstroIntegration {
  return {
    name: 'no-script-csp',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        for (const file of await htmlFiles(fileURLToPath(dir))) {
          const html = await readFile(file, 'utf8');
          const strict = narrowedPolicy(html);
          if (strict !== html) await writeFile(file, strict);
        }
      },
    },
  };
}
