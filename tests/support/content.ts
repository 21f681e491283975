/**
 * The content files as a test reads them: independently of the site's own code, so that
 * the tests check the site against the files rather than against itself.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { projectRoot } from './build.ts';

export interface ContentFile {
  id: string;
  path: string;
  data: Record<string, unknown> & {
    title: string;
    publisher: string;
    meetingDate: string;
    publishedOn: string;
    city: string;
    photoCaption?: string;
  };
  /** The body's paragraphs: blocks between blank lines, line breaks folded to spaces. */
  paragraphs: string[];
}

export const contentDir = `${projectRoot}content`;

function readContentFile(path: string): Omit<ContentFile, 'id' | 'path'> {
  const source = readFileSync(path, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
  if (!match?.[1] || match[2] === undefined) throw new Error(`${path}: no frontmatter`);
  return {
    data: parse(match[1]) as ContentFile['data'],
    paragraphs: match[2]
      .split(/\n\s*\n/)
      .map((block) => block.replace(/\s+/g, ' ').trim())
      .filter(Boolean),
  };
}

export function readContent(): ContentFile[] {
  return readdirSync(contentDir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => ({ id: name.replace(/\.md$/, ''), path: `${contentDir}/${name}`, ...readContentFile(`${contentDir}/${name}`) }));
}

/**
 * Who the reports have speaking in each paragraph, as the pages label it: read off the texts
 * ("Li said", "The premier said", "Mishustin congratulated", "he noted" after either; "China and
 * Russia … reiterated" is both sides').
 */
export const SPEAKER_LABELS: Record<string, string[]> = {
  // ¶2 of each is the reporter's by the frontmatter, which screen readers are told.
  '2023-bishkek': [
    'Both sides:',
    'Reporter: (attribution set by hand)',
    ...Array<string>(5).fill('Li (China):'),
    ...Array<string>(2).fill('Mishustin (Russia):'),
  ],
  '2024-islamabad': [
    'Li (China):',
    'Reporter: (attribution set by hand)',
    ...Array<string>(4).fill('Li (China):'),
    ...Array<string>(3).fill('Mishustin (Russia):'),
  ],
};
