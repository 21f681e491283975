import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { markdownOptions } from './src/lib/report-model.ts';

// CACHE_DIR lets the tests and the benchmark build (with --outDir) in temporary folders
// without sharing Astro's content cache with the normal build.
const cacheDir = process.env['CACHE_DIR'];

export default defineConfig({
  ...(cacheDir ? { cacheDir } : {}),
  trailingSlash: 'always',
  markdown: {
    processor: unified({
      gfm: markdownOptions.gfm,
      smartypants: markdownOptions.smartypants,
      rehypePlugins: [...markdownOptions.rehypePlugins],
    }),
  },
});
