import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import noScriptCsp from './src/integrations/no-script-csp.ts';
import { markdownOptions } from './src/lib/report-model.ts';

// CACHE_DIR lets the tests and the benchmark build (with --outDir) in temporary folders
// without sharing Astro's content cache with the normal build.
const cacheDir = process.env['CACHE_DIR'];

export default defineConfig({
  ...(cacheDir ? { cacheDir } : {}),
  trailingSlash: 'always',
  // One request per page: the stylesheet goes into every page's <head>.
  build: { inlineStylesheets: 'always' },
  // Astro writes a Content-Security-Policy <meta> with a hash of each inline style. The site
  // ships no script, so nothing but its own styles and images is allowed.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: ["default-src 'none'", "img-src 'self' data:", "base-uri 'none'", "form-action 'none'"],
    },
  },
  integrations: [noScriptCsp()],
  markdown: {
    // Reports have no code; Shiki's inline styles would also break the CSP.
    syntaxHighlight: false,
    processor: unified({
      gfm: markdownOptions.gfm,
      smartypants: markdownOptions.smartypants,
      rehypePlugins: [...markdownOptions.rehypePlugins],
    }),
  },
});
