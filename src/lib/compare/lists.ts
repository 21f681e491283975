/**
 * The curated lists as the comparison reads them: the entries of content/formulae.yaml and
 * content/cooperation-areas.yaml, with their themes, made into topics. One function for the
 * site (src/data/comparisons.ts) and the tests, so that both read the lists alike.
 */
import type { Theme, Topic } from './topics.ts';

/** An entry of a topic list, as its schema has checked it. */
export interface TopicEntry {
  id: string;
  name: string;
  theme: string;
  weight?: number | undefined;
  phrases: string[];
  variants?: boolean | undefined;
  parents?: string[] | undefined;
  parentsAtLevel?: Record<string, string[]> | undefined;
}

/** Topics are listed alphabetically, "The United Nations" under U, "A multipolar world" under M. */
const byName = (name: string): string => name.replace(/^(?:The|An?) /, '');
const alphabetically = (a: Topic, b: Topic): number => byName(a.name).localeCompare(byName(b.name));

/** Formulae by name, then areas by name. Each names a theme of themes.yaml and an id of its own (src/content-checks.ts). */
export function topicsOf(lists: { formulae: readonly TopicEntry[]; areas: readonly TopicEntry[] }, themes: readonly Theme[]): Topic[] {
  const asTopic =
    (kind: Topic['kind']) =>
    (entry: TopicEntry): Topic => {
      const theme = themes.find((t) => t.id === entry.theme)!;
      return {
        id: entry.id,
        name: entry.name,
        phrases: entry.phrases,
        kind,
        variants: entry.variants ?? false,
        theme: theme.id,
        weight: entry.weight ?? theme.weight,
        parents: entry.parents,
        parentsAtLevel: entry.parentsAtLevel,
      };
    };
  return [...lists.formulae.map(asTopic('formula')).sort(alphabetically), ...lists.areas.map(asTopic('area')).sort(alphabetically)];
}

/** The themes heaviest first, then by id: one order whichever way the list was read. */
export const themesInOrder = <T extends { id: string; weight: number }>(themes: readonly T[]): T[] =>
  [...themes].sort((a, b) => b.weight - a.weight || a.id.localeCompare(b.id));
