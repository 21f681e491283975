/**
 * The dev server checks content/ on every request, as a build does once before its loaders
 * (src/content-checks.ts). When a report's frontmatter breaks, Astro's loader keeps the last
 * good entry, and a page whose paths it worked out before would go on answering with it: so
 * every page, visited before or not, answers with the error (status 500 and Vite's overlay,
 * naming the file, the line and the field) until the file is fixed.
 */
import { defineMiddleware } from 'astro:middleware';
import { assertContent, contentFolder } from './content-checks.ts';

export const onRequest = defineMiddleware((_context, next) => {
  if (import.meta.env.DEV) assertContent(contentFolder());
  return next();
});
