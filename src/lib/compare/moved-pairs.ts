/**
 * A pair page is cited (/compare/A--B/), and content/changelog.yaml records every pair that has
 * been published. When the content no longer makes one (a meeting inserted between A and B, or
 * one of them deleted or its file renamed), its URL leads on to the page that now covers it, so
 * that no citation breaks: the comparison that now leads to B, else the one that leads on from
 * A, else the page of whichever of the two remains, else the overview.
 */
import { pairSlug, sitePaths } from '../paths.ts';

export type MovedTo = { kind: 'pair'; first: string; second: string } | { kind: 'meeting'; id: string } | { kind: 'overview' };

export interface MovedPair {
  /** The published pair's slug: "2023-bishkek--2024-islamabad". */
  slug: string;
  to: MovedTo;
  /** Why, for the editor: "a meeting now stands between the two". */
  why: string;
}

/** The published pairs (slugs) that `meetings` (ids, oldest first) no longer make, each with the page that covers it now. */
export function movedPairs(published: readonly string[], meetings: readonly string[]): MovedPair[] {
  const current = new Set(meetings.slice(1).map((id, index) => pairSlug(meetings[index]!, id)));
  return [...new Set(published)]
    .filter((slug) => !current.has(slug))
    .sort()
    .map((slug) => {
      const [first = '', second = ''] = slug.split('--');
      const before = meetings.indexOf(second) - 1;
      const after = meetings.indexOf(first) + 1;
      const missing = [first, second].filter((id) => !meetings.includes(id));
      const why =
        missing.length === 0
          ? 'a meeting now stands between the two'
          : `${missing.join(' and ')} ${missing.length === 1 ? 'is' : 'are'} no longer in content/: deleted, or the file renamed`;
      const to: MovedTo =
        before >= 0
          ? { kind: 'pair', first: meetings[before]!, second }
          : after > 0 && after < meetings.length
            ? { kind: 'pair', first, second: meetings[after]! }
            : missing.length < 2
              ? { kind: 'meeting', id: meetings.includes(second) ? second : first }
              : { kind: 'overview' };
      return { slug, to, why };
    });
}

/** Astro's `redirects` (keys without the base, as Astro takes them): each moved pair page and its topics page, to the page that covers it now. */
export function movedPairRedirects(published: readonly string[], meetings: readonly string[], base: string): Record<string, string> {
  const [root, paths] = [sitePaths('/'), sitePaths(base)];
  return Object.fromEntries(
    movedPairs(published, meetings).flatMap(({ slug, to }) => {
      const [first = '', second = ''] = slug.split('--');
      return [
        [root.comparison(first, second), paths.movedPair(to, 'pair')],
        [root.comparisonTopics(first, second), paths.movedPair(to, 'topics')],
      ];
    }),
  );
}
