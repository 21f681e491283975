/**
 * The dev server checks content/ on every request, as a build does once (src/content-checks.ts):
 * Astro's loader keeps the last good entry of a broken file, so every page answers with the error
 * (status 500, naming the file, the line and the field) until the file is fixed.
 */
import { defineMiddleware } from 'astro:middleware';
import { assertContent, contentFolder } from './content-checks.ts';

export const onRequest = defineMiddleware((_context, next) => {
  if (import.meta.env.DEV) assertContent(contentFolder());
  return next();
});
