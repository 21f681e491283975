import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/markdown.ts';

describe('parseReport', () => {
  it('numbers paragraphs in order and keeps their text exactly, a line break inside a paragraph read as a space', async () => {
    const model = await parseReport('First -- "quoted" it\'s.\n\nSecond\nline.\n\nThird.\n');
    expect(model.blocks.map(({ kind, id, number, text, html }) => ({ kind, id, number, text, html }))).toEqual([
      { kind: 'paragraph', id: 'p1', number: 1, text: 'First -- "quoted" it\'s.', html: 'First -- "quoted" it\'s.' },
      { kind: 'paragraph', id: 'p2', number: 2, text: 'Second line.', html: 'Second\nline.' },
      { kind: 'paragraph', id: 'p3', number: 3, text: 'Third.', html: 'Third.' },
    ]);
  });

  it('reads a hard-wrapped paragraph as the same sentences: a line break is a space', async () => {
    const paragraph =
      'Li said China is willing to encourage SCO member states to hold high the banner of the Shanghai Spirit. He added more.';
    const wrapped = paragraph.replace('the Shanghai Spirit', 'the Shanghai\nSpirit').replace('is willing', 'is\nwilling');
    const [plain, hard] = await Promise.all([parseReport(paragraph), parseReport(wrapped)]);
    expect(hard.blocks[0]?.sentences).toEqual(plain.blocks[0]?.sentences);
    expect(hard.blocks[0]?.sentences).toHaveLength(2);
  });

  it('reads a no-break space as a space, so that a pasted dateline is still a dateline', async () => {
    const model = await parseReport('ISLAMABAD,\u00A0Oct.\u00A016 (Xinhua) -- Li said so.');
    expect(model.blocks[0]?.text).toBe('ISLAMABAD, Oct. 16 (Xinhua) -- Li said so.');
  });

  it('splits each paragraph into its sentences, as text and as HTML runs', async () => {
    const model = await parseReport('One *two. Three* four. Five.\n\n## A heading');
    const [paragraph, heading] = model.blocks;
    expect(paragraph?.sentences).toEqual(['One two.', 'Three four.', 'Five.']);
    expect(paragraph?.runs).toEqual([
      { html: 'One <em>two.</em>', sentence: 0 },
      { html: '<em> </em>', sentence: undefined },
      { html: '<em>Three</em> four.', sentence: 1 },
      { html: ' ', sentence: undefined },
      { html: 'Five.', sentence: 2 },
    ]);
    expect([heading?.sentences, heading?.runs]).toEqual([[], []]);
  });

  it('gives headings rehype-slug ids and does not count them as paragraphs', async () => {
    const model = await parseReport('## Trade and energy\n\nOne.\n\n## Culture\n\nTwo.');
    expect(model.blocks.map(({ kind, id, number }) => [kind, id, number])).toEqual([
      ['heading', 'section-trade-and-energy', 0],
      ['paragraph', 'p1', 1],
      ['heading', 'section-culture', 0],
      ['paragraph', 'p2', 2],
    ]);
  });

  it('gives no heading an id of the URL contract or the layout', async () => {
    const model = await parseReport('## P1\n\nOne.\n\n## Main\n\nTwo.');
    expect(model.blocks.filter((b) => b.kind === 'heading').map((b) => b.id)).toEqual(['section-p1', 'section-main']);
  });

  it('keeps inline emphasis and safe links as HTML', async () => {
    const model = await parseReport('A *word* and a [link](https://example.org/a).');
    expect(model.blocks[0]?.html).toBe('A <em>word</em> and a <a href="https://example.org/a">link</a>.');
    expect(model.blocks[0]?.text).toBe('A word and a link.');
  });

  it('escapes characters that mean something in HTML', async () => {
    const model = await parseReport('Trade & energy, 5 < 6.');
    expect(model.blocks[0]?.html).toBe('Trade &#x26; energy, 5 &#x3C; 6.');
  });

  it.each([
    ['<script>alert(1)</script>', /raw HTML is not allowed/],
    ['Text <img src=x onerror=alert(1)> here.', /raw HTML is not allowed/],
    ['<iframe src="https://example.org"></iframe>', /raw HTML is not allowed/],
    ['<style>body { display: none }</style>', /raw HTML is not allowed/],
    ['A <a href="#p1" onclick="alert(1)">link</a> here.', /raw HTML is not allowed/],
    ['[click](javascript:alert(1))', /link target "javascript:alert\(1\)" is not allowed/],
    ['[data](data:text/html;base64,PHNjcmlwdD4=)', /link target "data:text\/html/],
    ['[x](//evil.example)', /link target "\/\/evil\.example" is not allowed/], // another host, not a path
    [
      "One.\n\n[Editor's note]: Updated.",
      /line 3 of the text below the frontmatter: "\[Editor's note\]: Updated\." reads as a Markdown link definition/,
    ],
    ['One.\n\nTwo\fthree.', /line 3 of the text below the frontmatter: has a character that is not text: U\+000C, a control character/],
    ['One \u0001 two.', /line 1 of the text below the frontmatter: has a character that is not text: U\+0001/],
    // Decided by Unicode property: C1 controls, line and paragraph separators, whatever their number.
    ['One.\n\nNext\u0085line.', /line 3 of the text below the frontmatter: has a character that is not text: U\+0085/],
    ['The \u2028Shanghai Spirit.', /U\+2028, a line or paragraph separator/],
    ['The\u2029 end.', /U\+2029, a line or paragraph separator/],
    // Windows quotes read as Latin-1, typed or as legacy references: which character to type.
    ['Li said \u0093win-win\u0094.', /U\+0093, Windows' “ read as Latin-1: type “ instead/],
    ['Li said &#147;win-win&#148;.', /&#147; is a legacy Windows reference to “, which is read as U\+FFFD: type “ instead/],
    // Direction controls, typed or as character references, by property (Bidi_Control).
    ['An Arabic letter mark\u061C here.', /not text: U\+061C, a character that changes the direction of the text around it/],
    ['A \u202Ereversed paragraph.', /U\+202E, a character that changes the direction/],
    [
      'One.\n\nA &#x202E;reversed paragraph.',
      /line 3 of the text below the frontmatter: .*U\+202E, a character that changes the direction/,
    ],
    ['An isolate \u2067here\u2069.', /U\+2067, a character that changes the direction/],
    // A blank Braille pattern looks like a space and is none.
    ['strategic\u2800coordination', /U\+2800, a blank Braille pattern, which looks like a space: type a space/],
    ['A form&#12;feed.', /U\+000C, a control character/],
    // A bullet from a PDF's symbol font, and a noncharacter.
    [
      '\uF0B7 Trade grew.',
      /U\+F0B7, a private-use character \(a PDF's symbol font\?\), which shows as a box or not at all: type the character meant/,
    ],
    ['Trade \uFFFEgrew.', /U\+FFFE, which Unicode keeps out of text: delete it/],
    // A word processor's placeholder for an embedded picture, pasted with the text.
    ['strategic\uFFFCcoordination', /U\+FFFC, a word processor's placeholder for an object or an annotation, not text: delete it/],
    ['A &#0; null.', /U\+FFFD, where bytes were not UTF-8 or a reference named no character/],
    ['Bishke\u0301k.', /decomposed form \(NFD\)/],
    // Letters a reader takes for others: compatibility forms, and Cyrillic or Greek inside a Latin word.
    [
      'Mutual bene\uFB01ts.',
      /"ﬁ" \(U\+FB01\) is a compatibility form of "fi" \(a ligature, a fullwidth, mathematical, circled or superscript form\): type fi/,
    ],
    ['\u216Ci said so.', /"Ⅼ" \(U\+216C\) is a compatibility form of "L"/],
    ['\u24C1i said so.', /"Ⓛ" \(U\+24C1\) is a compatibility form of "L"/],
    ['Bilateral \u1D04ooperation.', /"ᴄ" \(U\+1D04\) is a phonetic letter, which a reader takes for a Latin one/],
    ['Tr\u0251de grew.', /"ɑ" \(U\+0251\) is a phonetic letter/],
    ['\uFF2C\uFF49 said so.', /"Ｌ" \(U\+FF2C\) is a compatibility form of "L"/],
    ['\u{1D40C}ishustin said so.', /"𝐌" \(U\+1D40C\) is a compatibility form of "M"/],
    ['\u212Aazakhstan joined.', /"\u212A" \(U\+212A\) is a compatibility form of "K"/],
    [
      'Bilateral c\u043E\u043Eperation.',
      /"cооperation" mixes Latin letters with "о" \(U\+043E\), a letter or mark of another script that the analysis reads as another word: type the word in Latin letters/,
    ],
    ['L\u0456 said so.', /"Lі" mixes Latin letters with "і" \(U\+0456\)/],
    ['L\uA4F2 said so.', /"Lꓲ" mixes Latin letters with "ꓲ" \(U\+A4F2\)/],
    ['Bilateral c\u0585operation.', /"cօoperation" mixes Latin letters with "օ" \(U\+0585\)/],
    // A mark of another script inside a Latin word, and format characters that are not read past.
    ['multi\u{16FE4}polar world', /"multi𖿤polar" mixes Latin letters with "𖿤" \(U\+16FE4\)/],
    ['multi\u{13430}polar world', /U\+13430, a format character, which joins or marks what is around it: delete it/],
    ['Shanghai\u0600Spirit', /U\+0600, a format character/],
    // A line of --- under a paragraph makes it a heading; so does ===.
    [
      'One.\n\nTwo.\n---\n\nThree.',
      /line 3 of the text below the frontmatter: a line of --- or === under this paragraph makes it a heading/,
    ],
    ['One.\n===', /makes it a heading/],
    ['One.\n\n##\n\nTwo.', /line 3 of the text below the frontmatter: a heading that shows nothing/],
    ['- a list\n- of items', /makes a list; .*; a report is only paragraphs and headings \(## to ######\), with emphasis and links/],
    [
      'Trade grew by\n- 5 per cent, Li said.',
      /line 2 of .*: a line that begins with "- ", "\+ ", "\* " or "1\. " makes a list; if it is a wrapped line of a paragraph, join it to the line before/,
    ],
    ['> a quotation', /a line that begins with ">" makes a quotation/],
    ['```\ncode\n```', /a fenced \(```\) or indented line makes code/],
    ['One.\n\n    indented code', /line 3 .*makes code/],
    ['Trade `grew`.', /text between backticks is code/],
    ['One.\n\n***\n\nTwo.', /line 3 .*a line of ---, \*\*\* or ___ between paragraphs makes a rule/],
    ['# A title heading', /a # heading is the page's title, which the site writes: make it ## Heading/],
    // A table pasted between paragraphs would be one paragraph of pipes, and renumber every paragraph after it.
    [
      'One.\n\n| Area | 2023 |\n| --- | --- |\n| Energy | yes |\n\nTwo.',
      /line 3 of the text below the frontmatter: a table \(rows of \| … \|, box lines or tab-separated columns\) is pasted here: a report is paragraphs of text/,
    ],
    // Tables of every shape: short rule rows, one column, no rule row, box lines, tab-separated columns.
    ['One.\n\n|Area|2023|\n|-|-|\n|Multipolar world|yes|', /line 3 .*a table/],
    ['One.\n\n| Area |\n| --- |\n| Energy |', /line 3 .*a table/],
    ['One.\n\n| Area | 2023 |\n| Energy | yes |', /line 3 .*a table/],
    ['One.\n\n|Area|2023|\n|===|===|\n|Energy|yes|', /line 3 .*a table/],
    ['One.\n\n┌──────┬──────┐\n│ Area │ 2023 │', /line 3 .*a table/],
    ['One.\n\nArea\t2023\nMultipolar world\tyes', /line 3 .*a table/],
    // Lists Markdown does not know, and page furniture, which would be the reporter's words.
    ['One.\n\n• trade\n• energy', /line 3 .*a list \(lines that begin with • or \(1\)\)/],
    ['One.\n\n(1) trade\n(2) energy', /a list/],
    ['One.\n\nRelated: China, Russia vow to build a multipolar world', /line 3 .*page furniture/],
    ['One.\n\nBy Zhang Yi | China Daily | Updated: 2023-10-26', /page furniture/],
    ['One.\n\nEditor: Li Yan', /page furniture/],
    ['One.\n\nShare: Facebook Twitter', /page furniture/],
    ['One.\n\n[1] Xinhua, 16 October 2024', /page furniture/],
    ['One.\n\nCopyright 2024 Xinhua. All rights reserved.', /page furniture/],
    // On any line of a paragraph, with no blank line before it; "copyright" in prose is no furniture.
    ['Li met Mishustin.\nEditor: Li Yan', /line 1 .*page furniture/],
    ['Li met Mishustin.\nTags: China, Russia', /page furniture/],
    ['Li met Mishustin.\nSource: Xinhua', /page furniture/],
    // A wire agency's credit line, whose names would read as people in the report.
    ['One.\n\nReporting by Anna Smith; Editing by John Doe', /page furniture/],
    ['Li met Mishustin.\nAdditional reporting by Anna Smith', /page furniture/],
    // An image is refused as an image, not as a paragraph that shows nothing.
    ['One.\n\n![Li and Mishustin](photo.jpg)', /line 3 .*an image \(!\[…\]\(…\)\): the site shows the report's words only/],
    ['One.\n\n![](photo.jpg)', /line 3 .*an image/],
    ['', /the report has no paragraphs/],
    // What a reader cannot see would still take a paragraph number, a heading id, a click.
    [
      'One.\n\n*&nbsp;*\n\nTwo.',
      /line 3 of the text below the frontmatter: a paragraph that shows nothing \(no words, or only spaces or invisible characters\); delete it/,
    ],
    ['One.\n\n**\u200B\u200D**\n\nTwo.', /line 3 of .*: a paragraph that shows nothing/],
    ['One.\n\n\u200B\u200D\n\nTwo.', /line 3 of .*: this line looks blank/],
    // A line that looks blank but is none to Markdown: the paragraphs around it would be one.
    [
      'Para one.\n\u00A0\nPara two.',
      /line 2 of the text below the frontmatter: this line looks blank but holds a no-break or zero-width space, which joins the paragraphs around it: make it an empty line/,
    ],
    ['Para one.\n\u200B \u3000\nPara two.', /line 2 of .*: this line looks blank/],
    ['Para one.\n&nbsp;\nPara two.', /line 2 of .*: this line looks blank/],
    ['Para one.\n&#x200B;\nPara two.', /line 2 of .*: this line looks blank/],
    // Any character reference Markdown decodes, named or numbered.
    ['Para one.\n&emsp;&ZeroWidthSpace;&shy;\nPara two.', /line 2 of .*: this line looks blank/],
    ['One.\n\n## &#8203;\n\nTwo.', /line 3 of .*: a heading that shows nothing/],
    ['One [](https://example.org) two.', /line 1 of .*: a link with no words to click/],
  ])('rejects %j', async (markdown, message) => {
    await expect(parseReport(markdown, 'content/bad.md')).rejects.toThrow(message);
  });

  it.each([
    // Urdu with the zero-width non-joiner its spelling needs, Chinese, Cyrillic: text as typed.
    ['Urdu', 'وزیرِ اعظم نے کہا کہ ہم\u200Cآہنگی ضروری ہے۔'],
    ['Chinese', '李强同米舒斯京举行会谈。'],
    ['Cyrillic', 'Мишустин встретился с Ли Цяном в Бишкеке.'],
    ['Greek and Latin words side by side', 'The Greek word λόγος stands beside logos.'],
    // Letters and numbers of real spelling: Azerbaijani, Polish, Vietnamese, a fraction, Arabic-Indic digits.
    ['Azerbaijani', 'Gəncə and Bakı, in Azərbaycan.'],
    ['Polish and Vietnamese', 'From Łódź to Hà Nội.'],
    ['a fraction and Arabic-Indic digits', 'They met for 1½ hours on ١٦ October.'],
    // Prose that only resembles what is refused: a pipe in a sentence, a source named mid-sentence, "by" and a bullet inside a line.
    ['prose with a pipe and a bullet', 'The source said trade grew by 5 per cent | a slip • of the pen.'],
    ['units, an ordinal indicator and a superscript footnote mark', '38 billion m³ of gas, 5 km², 3 µm, the 1º round, cooperation¹.'],
    ['Armenian and Chinese beside Latin', 'Երևան, SCO峰会 and APEC会议.'],
    // Characters that show nothing stay as typed; the analysis reads past them (tests/unit/invisible-characters.test.ts).
    ['English with a zero-width space', 'strategic\u200Bcoordination and strate\u00ADgic partnership\u034F.'],
  ])('builds %s as typed', async (_script, text) => {
    const model = await parseReport(`Li said so.\n\n${text}`);
    expect(model.blocks.at(-1)).toMatchObject({ kind: 'paragraph', text });
  });

  it.each([
    ['a hard-wrapped line of prose that begins with "copyright"', 'China and Russia pledged to protect\ncopyright and patents.'],
    ['prose that begins "Reporting by"', 'Reporting by the two state news agencies diverged on the point.'],
  ])('builds %s, which is no page furniture', async (_case, text) => {
    await expect(parseReport(`Li said so.\n\n${text}`)).resolves.toBeDefined();
  });

  it('keeps a hard line break, which Markdown allows in a paragraph', async () => {
    const model = await parseReport('One line,\\\nand the next.');
    expect(model.blocks[0]?.html).toBe('One line,<br>\nand the next.');
  });

  it('reads Windows line endings, whose blank lines hold a carriage return, as blank lines', async () => {
    const model = await parseReport('One.\r\n\r\nTwo.\r\n');
    expect(model.blocks.map((block) => block.text)).toEqual(['One.', 'Two.']);
  });

  it('says which file and where in it the offending content is', async () => {
    await expect(parseReport('Fine.\n\n<script>x</script>', 'content/bad.md')).rejects.toThrow(
      /^Failed to parse Markdown file ".*\/content\/bad\.md":\s+line 3 of the text below the frontmatter: raw HTML/,
    );
  });

  it('allows links to http(s) addresses, paths, relative paths and fragments', async () => {
    const model = await parseReport('[a](https://x.org) [b](/p/) [c](./q) [d](../r) [e](#p2)');
    expect(model.blocks[0]?.html.match(/href="[^"]*"/g)).toEqual([
      'href="https://x.org"',
      'href="/p/"',
      'href="./q"',
      'href="../r"',
      'href="#p2"',
    ]);
  });

  it('gives root-relative links the base path the site is deployed under, and leaves others alone', async () => {
    const model = await parseReport('See [one](/meetings/x/), [two](#p1) and [three](https://example.org/).', undefined, '/sco-meetings/');
    expect(model.blocks[0]?.html).toBe(
      'See <a href="/sco-meetings/meetings/x/">one</a>, <a href="#p1">two</a> and <a href="https://example.org/">three</a>.',
    );
  });
});
