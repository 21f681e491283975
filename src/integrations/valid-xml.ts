/**
 * After the build, the feed and the sitemaps must be well-formed XML 1.0: a reader's feed
 * client or a search engine would otherwise drop them without telling anyone. A file that is
 * not fails the build, named, with the line and the reason.
 */
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SyntaxValidator } from 'fast-xml-validator';

/** The reason an XML text is not well-formed, or undefined if it is. */
export function xmlProblem(xml: string): string | undefined {
  try {
    SyntaxValidator.validate(xml);
    return undefined;
  } catch (error) {
    const { message, line } = error as { message: string; line?: number };
    return line ? `line ${line}: ${message}` : message;
  }
}

export default function validXml(): AstroIntegration {
  return {
    name: 'valid-xml',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        const files = (await readdir(root)).filter((name) => name.endsWith('.xml'));
        for (const name of files) {
          const problem = xmlProblem(await readFile(`${root}/${name}`, 'utf8'));
          if (problem) throw new Error(`${name} is not well-formed XML, ${problem}`);
        }
      },
    },
  };
}
