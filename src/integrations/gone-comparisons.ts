/**
 * A pair page's address (/compare/A--B/) is a permanent URL people cite, but a meeting
 * inserted between A and B replaces it with two others. After a build, this names the
 * comparison pages the previous build in dist/ had and this one does not, so that an editor
 * sees the links that will break (the old site is still in dist/ while the new one is built
 * into a folder of its own by `npm run build`, scripts/build.ts).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The pair pages' folders under compare/ ("2023-bishkek--2024-islamabad"), or none. */
const pairFolders = (site: string): string[] => {
  const compare = join(site, 'compare');
  if (!existsSync(compare)) return [];
  return readdirSync(compare, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name.includes('--'))
    .map((entry) => entry.name);
};

/** The pair pages of the previous build that this one no longer has. */
export const goneComparisons = (before: readonly string[], after: readonly string[]): string[] =>
  before.filter((pair) => !after.includes(pair)).sort();

/**
 * Why a pair page is gone, from the meetings this build has: a meeting inserted between its
 * two, or one of its meetings no longer in content/ (deleted, or its file renamed).
 */
export function whyGone(pair: string, meetings: readonly string[]): string {
  const missing = pair.split('--').filter((id) => !meetings.includes(id));
  return missing.length === 0
    ? `/compare/${pair}/ (a meeting now stands between the two)`
    : `/compare/${pair}/ (${missing.join(' and ')} ${missing.length === 1 ? 'is' : 'are'} no longer in content/: deleted, or the file renamed)`;
}

/** The meetings' ids a built site has pages for. */
const meetingFolders = (site: string): string[] => {
  const meetings = join(site, 'meetings');
  return existsSync(meetings) ? readdirSync(meetings) : [];
};

export default function goneComparisonsIntegration(): AstroIntegration {
  return {
    name: 'gone-comparisons',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const built = fileURLToPath(dir);
        const previous = resolve(built, '..', 'dist');
        if (resolve(previous) === resolve(built)) return;
        const gone = goneComparisons(pairFolders(previous), pairFolders(built));
        if (gone.length > 0) {
          logger.warn(
            `These comparison pages of the previous build are gone, and links to them will break: ${gone.map((pair) => whyGone(pair, meetingFolders(built))).join(', ')}. Cite the pairs that replace them.`,
          );
        }
      },
    },
  };
}
