/** /meetings.json: the data behind every page, for analysis in other tools (see docs/export.md). */
import type { APIRoute } from 'astro';
import { loadComparisons } from '../data/comparisons.ts';
import { absoluteUrl, paths } from '../data/site.ts';
import { meetingsDocument } from '../lib/export.ts';

export const GET: APIRoute = async () => {
  const document = meetingsDocument(await loadComparisons(), {
    site: absoluteUrl(paths.home),
    meeting: (id) => absoluteUrl(paths.meeting(id)),
    comparison: (first, second) => absoluteUrl(paths.comparison(first, second)),
  });
  return new Response(`${JSON.stringify(document, null, 2)}\n`, { headers: { 'content-type': 'application/json' } });
};
