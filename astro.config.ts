import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { markdownOptions } from './src/lib/report-model.ts';

// OUT_DIR and CACHE_DIR let the tests build into temporary folders without touching dist/.
const outDir = process.env['OUT_DIR'];
const cacheDir = process.env['CACHE_DIR'];

export default defineConfig({
  ...(outDir ? { outDir } : {}),
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
