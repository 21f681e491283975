/**
 * Reports in forty other outlets' house styles (SCMP, APP, The Diplomat, People's Daily,
 * RFE/RL, The Moscow Times, Caixin, The Straits Times; a government.ru transcript, China's Foreign
 * Ministry, Bloomberg, Kommersant, Eurasianet, a wire brief, the Global Times, a think tank; the
 * FT, TASS, english.gov.cn, a BBC Monitoring digest, a short wire, a live blog, the WSJ, a
 * translated provincial paper; Dawn, Al Jazeera, Interfax, Sputnik, CGTN, a newsletter, AP, Nikkei
 * Asia; Le Monde, Yonhap, DW, Xinhua's Chinese readout, a Reuters exclusive, a podcast summary, RT,
 * a Russian regional paper), written by five readers who had not seen the site's code, with who
 * speaks in each paragraph as they labelled it: the site reads them alike, but for thirteen
 * paragraphs where its documented rule decides otherwise.
 */
import { parse } from 'yaml';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BOTH } from '../../src/lib/attribution.ts';
import { readMeeting } from '../support/analysis.ts';

const folder = new URL('../fixtures/outlets/', import.meta.url).pathname;
const expected = parse(readFileSync(`${folder}speakers.yaml`, 'utf8')) as Record<string, string[]>;

/** Where the site's rule reads otherwise than the reader, by design (docs/comparison.md), and why. */
const BY_RULE: Record<string, Record<string, string>> = {
  '2025-moscow-caixin.md': {
    // "Gazprom said in September …": a company that speaks is another speaker to the site; background to the reader.
    p8: 'other',
    // "Li urged …, while Mishustin said …": both speak in turn, no joint statement; the paragraph is the reporter's as a whole, each clause its speaker's.
    p10: 'narrative',
  },
  // "…, according to Chinese customs data": figures an office publishes are the reporter's to cite, not a speaker's words.
  '2024-islamabad-globaltimes.md': { p11: 'narrative' },
  '2025-moscow-bloomberg.md': { p3: 'narrative' },
  // "Both leaders spoke of …" after the author's own sentence: both sides speak for a paragraph they open, not one they join.
  '2025-moscow-thinktank.md': { p7: 'narrative' },
  // So too "The talks are over. According to the press service, the sides agreed …".
  '2025-moscow-liveblog.md': { p8: 'narrative' },
  // "Li said … . Mishustin said …": both speak in turn; the reader gave the paragraph to the one with more words.
  '2023-bishkek-shortwire.md': { p2: 'narrative' },
  // "Russian officials have attributed the decline to …" after customs figures: people named by role speak for themselves.
  '2025-moscow-tass.md': { p10: 'other' },
  // "the Chinese premier spoke of …; his Russian counterpart of …; and both of …": both speak in turn, each clause its speaker's.
  '2024-islamabad-nikkei.md': { p5: 'narrative' },
  // "Where the two accounts overlap is instructive: both say the two sides pledged …": the sides join the author's sentence.
  '2023-bishkek-steppesignals.md': { p7: 'narrative' },
  // "Beijing would also have pleaded for …": a capital speaks for its government, not for the premier.
  '2023-bishkek-lemonde.md': { p3: 'narrative' },
  // "Li told Mishustin that …, while Mishustin said …": both speak in turn, each clause its speaker's.
  '2024-islamabad-reutersexclusive.md': { p6: 'narrative' },
  // "Hassan zeroes in on …. She reads it as … and points out that …": no verb of speech beside her name, so the reporter's.
  '2024-islamabad-eurasiabrief.md': { p4: 'narrative' },
};

describe.each(Object.keys(expected))('%s', (file) => {
  it('gives each paragraph to whom the reader found speaking', async () => {
    const meeting = await readMeeting(`${folder}${file}`);
    const read = meeting.paragraphs.map(({ attribution: a }) =>
      a.others.length > 0 ? 'other' : a.speaker ? a.speaker.shortName : a.side === BOTH ? 'both' : 'narrative',
    );
    const reader = expected[file]!.map((label, i) => BY_RULE[file]?.[`p${i + 1}`] ?? label);
    expect(read).toEqual(reader);
  });
});

it('has a reading for every report in the folder', () => {
  expect(
    readdirSync(folder)
      .filter((name) => name.endsWith('.md'))
      .sort(),
  ).toEqual(Object.keys(expected).sort());
});
