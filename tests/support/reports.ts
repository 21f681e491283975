/** The real reports and curated data as the analysis functions take them, read from content/ by the tests. */
import { attributeParagraphs, type Attribution, type Speaker } from '../../src/lib/attribution.ts';
import type { Topic } from '../../src/lib/compare/topics.ts';
import type { Scope } from '../../src/lib/compare/levels.ts';
import { countWords, splitSentences } from '../../src/lib/text.ts';
import { realLists } from './analysis.ts';
import { readContent } from './content.ts';

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

/** A report's paragraphs with who is reported as speaking in each, by the attribution rule. */
export function attributed(report: TestReport): { paragraphs: (TestReport['paragraphs'][number] & { attribution: Attribution })[] } {
  const attributions = attributeParagraphs(report.paragraphs, report.speakers);
  return { paragraphs: report.paragraphs.map((p, i) => ({ ...p, attribution: attributions[i]! })) };
}

/** The curated lists as the site reads them (src/lib/compare/lists.ts), through the tests' one loader. */
export const realTopics = (): Topic[] => realLists().topics;
export const realScopes = (): Scope[] => realLists().scopes;

/** Plain paragraphs from plain strings, for small synthetic texts. */
export const paragraphsOf = (...texts: string[]) =>
  texts.map((text, i) => ({ id: `p${i + 1}`, text, sentences: splitSentences(text), words: countWords(text) }));
