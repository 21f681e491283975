/**
 * Astro's CSP support (security.csp) hashes every inline style, which this site needs, but
 * also allows the hashes of its client-directive scripts on every page, which this site never
 * ships. After the build, this drops the script-src directive from pages that contain no
 * executable script, so that default-src 'none' forbids scripts there. A page that does
 * carry a script keeps the directive as Astro wrote it.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const CSP_META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;
/** Any <script> but a JSON-LD data block, which browsers do not run. */
const EXECUTABLE_SCRIPT = /<script(?![^>]*type="application\/ld\+json")[\s>]/i;

export function withoutScriptSrc(html: string): string {
  if (EXECUTABLE_SCRIPT.test(html)) return html;
  return html.replace(CSP_META, (_, open: string, policy: string, close: string) => {
    const directives = policy
      .split(';')
      .map((d) => d.trim())
      .filter((d) => d && !d.startsWith('script-src'));
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
          const strict = withoutScriptSrc(html);
          if (strict !== html) await writeFile(file, strict);
        }
      },
    },
  };
}
