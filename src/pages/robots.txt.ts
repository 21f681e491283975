/** robots.txt: everything may be crawled; the sitemap is at the site's public address. */
import type { APIRoute } from 'astro';
import { absoluteUrl, paths } from '../data/site.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(`${paths.home}sitemap-index.xml`)}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
