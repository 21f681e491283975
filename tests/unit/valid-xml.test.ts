import { describe, expect, it } from 'vitest';
import { xmlProblem } from '../../src/integrations/valid-xml.ts';

describe('xmlProblem', () => {
  it.each([
    ['<?xml version="1.0"?><rss><channel><title>A &amp; B</title></channel></rss>', undefined],
    ['<rss>\n<title>form\ffeed</title></rss>', /^line 2: Illegal control character 0x0c/],
    ['<rss><channel></rss>', /^line 1: Expected closing tag 'channel'/],
  ])('%j', (xml, expected) => {
    const problem = xmlProblem(xml);
    if (expected) expect(problem).toMatch(expected);
    else expect(problem).toBeUndefined();
  });
});
