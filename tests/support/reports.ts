/** The real reports and curated data as the analysis functions take them, read from content/ by the tests. */
import { load } from 'js-yaml';
import { readFileSync } from 'node:fs';
import { attributeParagraphs, type Attribution, type Speaker } from '../../src/lib/compare/attribution.ts';
import type { Scope, Theme, Topic } from '../../src/lib/compare/topics.ts';
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

/** A report's paragraphs with who is reported as speaking in each, by the attribution rule. */
export function attributed(report: TestReport): { paragraphs: (TestReport['paragraphs'][number] & { attribution: Attribution })[] } {
  const attributions = attributeParagraphs(report.paragraphs, report.speakers);
  return { paragraphs: report.paragraphs.map((p, i) => ({ ...p, attribution: attributions[i]! })) };
}

type TopicEntry = { id: string; name: string; phrases: string[]; variants?: boolean; theme: string; weight?: number; parents?: string[] };
const readYaml = <T>(name: string): T => load(readFileSync(`${contentDir}/${name}`, 'utf8')) as T;

export const realThemes = (): Theme[] => readYaml<Theme[]>('themes.yaml');

/** The curated topics as the site uses them: formulae, then cooperation areas. */
export function realTopics(): Topic[] {
  const themes = realThemes();
  const asTopic =
    (kind: Topic['kind']) =>
    (entry: TopicEntry): Topic => ({
      ...entry,
      kind,
      variants: entry.variants ?? false,
      weight: entry.weight ?? themes.find((t) => t.id === entry.theme)!.weight,
    });
  return [
    ...readYaml<TopicEntry[]>('formulae.yaml').map(asTopic('formula')),
    ...readYaml<TopicEntry[]>('cooperation-areas.yaml').map(asTopic('area')),
  ];
}

export const realScopes = (): Scope[] => readYaml<Scope[]>('scopes.yaml');

/** Plain paragraphs from plain strings, for small synthetic texts. */
export const paragraphsOf = (...texts: string[]) =>
  texts.map((text, i) => ({ id: `p${i + 1}`, text, sentences: splitSentences(text), words: countWords(text) }));
