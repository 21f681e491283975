/**
 * What may stand in content/: a report per meeting, named YEAR-city.md ("2024-islamabad.md",
 * lower case, which is also its URL), and the curated lists the site reads. Anything
 * else would be skipped by the loader without a word, or published by mistake (a draft named
 * "_notes.md"), so it is an error that names the file.
 */

/** The curated lists, read by their own collections. */
export const DATA_FILES = ['changelog.yaml', 'cooperation-areas.yaml', 'formulae.yaml', 'scopes.yaml', 'themes.yaml'] as const;

/** A report's file name: its id, which is its URL, so lower case, digits and hyphens only. */
export const REPORT_FILE = /^\d{4}-[a-z0-9]+(?:-[a-z0-9]+)*\.md$/;

export interface FolderEntry {
  name: string;
  kind: 'file' | 'directory' | 'symlink' | 'other';
}

/** The problems of a content folder's entries, one sentence each naming the entry; empty if none. */
export function contentFolderProblems(entries: readonly FolderEntry[]): string[] {
  const problems: string[] = [];
  for (const { name, kind } of entries) {
    if (kind === 'symlink') problems.push(`${name}: a symbolic link; put the file itself in content/`);
    else if (kind !== 'file') problems.push(`${name}: content/ holds files only, no folders`);
    else if (!REPORT_FILE.test(name) && !(DATA_FILES as readonly string[]).includes(name)) {
      problems.push(
        `${name}: not a report or a list the site reads. A report is named YEAR-city.md in lower case, e.g. 2024-islamabad.md; the lists are ${DATA_FILES.join(', ')}`,
      );
    }
  }
  for (const name of DATA_FILES) {
    if (!entries.some((entry) => entry.name === name)) problems.push(`${name}: missing; the comparison reads it`);
  }
  return problems;
}
