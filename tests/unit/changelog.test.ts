/**
 * A pair page is cited: a change to what it finds must be named. The real pair's findings are
 * those recorded by the last version of content/changelog.yaml; an edit of the lists or the
 * method that changes them fails here until a version says what changed.
 */
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findingsFingerprint } from '../../src/lib/compare/fingerprint.ts';
import { comparePairs, realMeetingPaths } from '../support/analysis.ts';
import { contentDir } from '../support/content.ts';

const changelog = parse(readFileSync(`${contentDir}/changelog.yaml`, 'utf8')) as { id: string; pairs: Record<string, string> }[];

describe('content/changelog.yaml', () => {
  it('records the findings of the published pair as they are now', async () => {
    const [pair] = await comparePairs([realMeetingPaths.bishkek, realMeetingPaths.islamabad]);
    expect(findingsFingerprint(pair!), `add a version to content/changelog.yaml naming what changed`).toBe(
      changelog.at(-1)!.pairs['2023-bishkek--2024-islamabad'],
    );
  });

  it('gives another fingerprint to findings that differ in one finding', async () => {
    const [pair] = await comparePairs([realMeetingPaths.bishkek, realMeetingPaths.islamabad]);
    const fewer = { ...pair!, findings: pair!.findings.slice(1) };
    expect(findingsFingerprint(fewer)).not.toBe(findingsFingerprint(pair!));
  });
});
