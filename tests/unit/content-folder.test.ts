import { describe, expect, it } from 'vitest';
import { contentFolderProblems, type FolderEntry } from '../../src/lib/content-folder.ts';

const lists: FolderEntry[] = ['changelog.yaml', 'cooperation-areas.yaml', 'formulae.yaml', 'scopes.yaml', 'themes.yaml'].map((name) => ({
  name,
  kind: 'file',
}));
const problems = (...extra: FolderEntry[]) => contentFolderProblems([...lists, ...extra]);

describe('contentFolderProblems', () => {
  it('accepts reports named YEAR-city.md and the lists', () => {
    expect(problems({ name: '2024-islamabad.md', kind: 'file' }, { name: '2025-nizhny-novgorod.md', kind: 'file' })).toEqual([]);
  });

  it.each([
    ['2025 Moscow.md', 'file'],
    ['2025-Moscow.md', 'file'],
    ['2025-moscow.MD', 'file'],
    ['2025-moscow.markdown', 'file'],
    ['_draft.md', 'file'],
    ['.2025-moscow.md', 'file'],
    ['notes.txt', 'file'],
    ['moscow.md', 'file'],
  ] as const)('refuses %s, naming it', (name, kind) => {
    const [problem] = problems({ name, kind });
    expect(problem).toMatch(new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: not a report or a list the site reads`));
  });

  it('refuses folders and symbolic links', () => {
    expect(problems({ name: 'drafts', kind: 'directory' }, { name: '2030-elsewhere.md', kind: 'symlink' })).toEqual([
      'drafts: content/ holds files only, no folders',
      '2030-elsewhere.md: a symbolic link; put the file itself in content/',
    ]);
  });

  it('names a list that is missing', () => {
    expect(
      contentFolderProblems([
        { name: 'changelog.yaml', kind: 'file' },
        { name: 'formulae.yaml', kind: 'file' },
        { name: 'scopes.yaml', kind: 'file' },
        { name: 'themes.yaml', kind: 'file' },
      ]),
    ).toEqual(['cooperation-areas.yaml: missing; the comparison reads it']);
  });
});
