import { describe, expect, it } from 'vitest';
import { repeatedIds } from '../../src/lib/list-ids.ts';

describe('repeatedIds', () => {
  it.each([
    [[{ id: 'energy' }, { id: 'trade' }], []],
    [[{ id: 'energy' }, { id: 'trade' }, { id: 'energy' }, { id: 'energy' }], ['energy']],
    [
      [{ id: 'a' }, { name: 'no id' }, null, { id: 'a' }, { id: 'b' }, { id: 'b' }],
      ['a', 'b'],
    ],
    [[], []],
  ])('%j -> %j', (entries, expected) => {
    expect(repeatedIds(entries)).toEqual(expected);
  });
});
