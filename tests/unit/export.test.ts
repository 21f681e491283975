import { describe, expect, it } from 'vitest';
import { comparePair, mentionsByMeeting } from '../../src/lib/compare/index.ts';
import { meetingsDocument } from '../../src/lib/export.ts';
import { buildMeeting } from '../../src/lib/meetings.ts';
import type { Theme, Topic } from '../../src/lib/compare/topics.ts';
import { parseReport } from '../../src/markdown.ts';
import { meetingFacts } from '../support/facts.ts';

const facts = (id: string, meetingDate: string, publishedOn: string, city: string) =>
  meetingFacts({ id, meetingDate, publishedOn, city, title: `Li meets Mishustin in ${city}`, titleSource: 'site' });
const themes: Theme[] = [{ id: 'economy', name: 'Economy', weight: 2 }];
const topics: Topic[] = [
  { id: 'energy', name: 'Energy', kind: 'area', phrases: ['energy'], variants: false, theme: 'economy', weight: 2 },
  { id: 'agriculture', name: 'Agriculture', kind: 'area', phrases: ['agriculture'], variants: false, theme: 'economy', weight: 2 },
];
const urls = {
  site: 'https://example.org/',
  meeting: (id: string) => `https://example.org/meetings/${id}/`,
  comparison: (a: string, b: string) => `https://example.org/compare/${a}--${b}/`,
};

describe('meetingsDocument', () => {
  it('carries each meeting with its mentions and each comparison with its changes and findings, version 2', async () => {
    const first = buildMeeting(facts('2023-a', '2023-10-25', '2023-10-26', 'A'), await parseReport('Li said energy matters.'));
    const second = buildMeeting(facts('2024-b', '2024-10-16', '2024-10-17', 'B'), await parseReport('Li said agriculture matters.'));
    const meetings = [first, second];
    const mentions = mentionsByMeeting(meetings, topics, []);
    const pairs = [comparePair(first, second, { topics, scopes: [], themes, mentions, meetings })];
    const document = meetingsDocument({ meetings, topics, scopes: [], themes, mentions, pairs }, urls);
    expect(document.version).toBe(2);
    expect(document.meetings[1]!.mentions).toEqual([
      {
        topic: 'agriculture',
        paragraph: 'p1',
        sentence: 1,
        url: 'https://example.org/meetings/2024-b/#p1-s1',
        matched: 'agriculture',
        wording: 'agriculture',
        speaker: 'Li Qiang',
        scope: 'bilateral',
        scopeCertain: true,
        via: null,
      },
    ]);
    const [comparison] = document.comparisons;
    expect(comparison!.url).toBe('https://example.org/compare/2023-a--2024-b/');
    expect(comparison!.changes.topics).toEqual([
      { topic: 'energy', status: 'dropped', shifts: [] },
      { topic: 'agriculture', status: 'new', shifts: [] },
    ]);
    expect(comparison!.findings.map((f) => [f.id, f.items])).toEqual([
      ['economy-dropped', [{ topic: 'energy' }]],
      ['economy-new', [{ topic: 'agriculture' }]],
    ]);
    expect(document.cooperationAreas.map((a) => [a.id, a.theme, a.weight])).toEqual([
      ['energy', 'economy', 2],
      ['agriculture', 'economy', 2],
    ]);
  });
});
