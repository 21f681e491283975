import { describe, expect, it } from 'vitest';
import { lineOfField } from '../../src/lib/frontmatter-lines.ts';

const source = `---
title: A title
publisher: Reuters
meeting:
  ordinal: twenty-third
  name: Meeting
participants:
  - name: Li Qiang
    shortName: Li
city: Islamabad
---

Body text: with a colon.
`;

describe('lineOfField', () => {
  it.each([
    [['publisher'], 3],
    [['meeting', 'ordinal'], 5],
    [['participants', 0, 'shortName'], 9],
    [['city'], 10],
    [['country'], undefined], // missing: no line to name
    [['meeting', 'weekday'], 4], // the nearest line that exists
    [['Body text'], undefined], // below the frontmatter
  ] as const)('%j is on line %s', (path, line) => {
    expect(lineOfField(source, path)).toBe(line);
  });
});
