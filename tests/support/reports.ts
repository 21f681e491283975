/** The real reports as the analysis functions take them, read from content/ by the tests. */
import { load } from 'js-yaml';
import { readFileSync } from 'node:fs';
import type { CooperationArea } from '../../src/lib/compare/areas.ts';
import type { Speaker } from '../../src/lib/compare/attribution.ts';
import { countWords, splitSentences } from '../../src/lib/text.ts';
import { contentDir, readContent } from './content.ts';

export interface TestReport {
  id: string;
  speakers: Speaker[];
  paragraphs: { id: string; text: string; sentences: string[]; words: number }[];
}

export function realReports(): Record<'bishkek' | 'islamabad', TestReport> {
  const [bishkek, islamabad] = readContent().map((file) => ({
    id: file.id,
    speakers: file.data['participants'] as Speaker[],
    paragraphs: file.paragraphs.map((text, i) => ({ id: `p${i + 1}`, text, sentences: splitSentences(text), words: countWords(text) })),
  }));
  if (bishkek?.id !== '2023-bishkek' || islamabad?.id !== '2024-islamabad') throw new Error('content/ changed');
  return { bishkek, islamabad };
}

export function realAreas(): CooperationArea[] {
  return load(readFileSync(`${contentDir}/cooperation-areas.yaml`, 'utf8')) as CooperationArea[];
}

/** Plain paragraphs from plain strings, for small synthetic texts. */
export const paragraphsOf = (...texts: string[]) =>
  texts.map((text, i) => ({ id: `p${i + 1}`, text, sentences: splitSentences(text), words: countWords(text) }));
