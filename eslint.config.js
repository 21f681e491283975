// ESLint: JavaScript's and typescript-eslint's recommended rules, and Astro's for .astro files.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'dist.partial/', '.astro/', 'node_modules/', 'test-output/', 'scratch/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
);
