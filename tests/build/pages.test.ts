/**
 * The built site, read as a reader's browser would get it: every report word for word, the
 * timeline in order, the URL contract, and every internal link resolving.
 */
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { siteDir } from '../support/build.ts';
import { readContent, SPEAKER_LABELS } from '../support/content.ts';
import { attr, fileForPath, listPages, readPage, select, selectAll, textOf } from '../support/html.ts';

const content = readContent();
const byDate = [...content].sort((a, b) => a.data.meetingDate.localeCompare(b.data.meetingDate));

/** A paragraph's text without its permalink number. */
function paragraphText(paragraph: Element): string {
  const text = select('.para-text', paragraph);
  if (!text) throw new Error(`paragraph ${attr(paragraph, 'id')} has no .para-text`);
  return textOf(text);
}

describe('the URL contract', () => {
  const pairPages = byDate.slice(1).map((c, i) => `/compare/${byDate[i]!.id}--${c.id}/`);
  const contract = [
    '/',
    '/compare/',
    '/compare/method/',
    '/404.html',
    ...content.map((c) => `/meetings/${c.id}/`),
    ...pairPages,
    ...pairPages.map((p) => `${p}topics/`),
  ];

  it.each(contract)('%s exists', (path) => {
    expect(fileForPath(siteDir, path)).not.toBeNull();
  });

  it('builds no page beyond the contract', () => {
    expect(listPages(siteDir)).toEqual([...contract].sort());
  });
});

describe.each(content)('the page of $id', ({ id, data, paragraphs }) => {
  const page = readPage(siteDir, `/meetings/${id}/`);
  const shown = selectAll('article .para', page);

  it('shows every paragraph of the content file, in order, word for word', () => {
    expect(shown.map(paragraphText)).toEqual(paragraphs);
  });

  it('gives sentence m of paragraph n the id pn-sm, and together the sentences are the paragraph', () => {
    shown.forEach((paragraph, index) => {
      const sentences = selectAll('.sentence', paragraph);
      expect(sentences.map((s) => attr(s, 'id'))).toEqual(sentences.map((_, m) => `p${index + 1}-s${m + 1}`));
      expect(sentences.map(textOf).join(' ')).toBe(paragraphs[index]!.replace(/\s+/g, ' '));
    });
  });

  it('labels every paragraph with who is reported as speaking in it', () => {
    expect(shown.map((p) => textOf(select('.speaker', p)!))).toEqual(SPEAKER_LABELS[id]);
  });

  it('gives paragraph n the id pn and a visible link to itself', () => {
    shown.forEach((paragraph, index) => {
      const id = `p${index + 1}`;
      expect(attr(paragraph, 'id')).toBe(id);
      const link = select('a.para-link', paragraph);
      expect(link && attr(link, 'href')).toBe(`#${id}`);
      expect(link && textOf(link)).toBe(String(index + 1));
    });
  });

  it('shows the title, and says whose it is', () => {
    const h1 = select('h1', page);
    expect(h1 && textOf(h1)).toBe(data.title);
    const source = textOf(select('.report__header', page)!);
    expect(source).toContain(data['titleSource'] === 'site' ? 'Title supplied by this site' : `Headline as published by ${data.publisher}`);
  });

  it('shows the photo caption word for word, if the report has one', () => {
    const caption = select('.photo-caption', page);
    if (data.photoCaption) expect(caption && textOf(caption)).toContain(data.photoCaption);
    else expect(caption).toBeUndefined();
  });

  it('states the meeting date and the publication date with machine-readable times', () => {
    const facts = select('.facts', page)!;
    const times = selectAll('time', facts).map((t) => [attr(t, 'datetime'), textOf(t)]);
    const meetingDay = parseISO(data.meetingDate);
    expect(times).toContainEqual([data.meetingDate, format(meetingDay, 'EEEE, d MMMM yyyy')]);
    expect(times).toContainEqual([data.publishedOn, format(parseISO(data.publishedOn), 'EEEE, d MMMM yyyy')]);
    expect(textOf(facts)).toContain(`${data.city}, ${String(data['country'])}`);
  });
});

describe('the timeline', () => {
  const page = readPage(siteDir, '/');
  const items = selectAll('ol.timeline > li', page);

  it('lists every meeting in order of meeting date', () => {
    expect(items.map((li) => attr(li, 'id'))).toEqual(byDate.map((c) => c.id));
  });

  it('gives each meeting its year, weekday and date, place, title and opening words', () => {
    items.forEach((li, index) => {
      const { data, paragraphs, id } = byDate[index]!;
      expect(textOf(select('.entry__year', li)!)).toBe(data.meetingDate.slice(0, 4));
      const time = select('.entry__kicker time', li)!;
      expect(attr(time, 'datetime')).toBe(data.meetingDate);
      expect(textOf(time)).toBe(format(parseISO(data.meetingDate), 'EEEE, d MMMM yyyy'));
      expect(textOf(select('.entry__kicker', li)!)).toContain(data.city);
      expect(textOf(select('.report-title', li)!)).toBe(data.title);
      // The newest ten show their opening words (all of them here).
      const opening = textOf(select('.entry__lead', li)!);
      expect(paragraphs[0]!.startsWith(opening)).toBe(true);
      expect(opening.length).toBeGreaterThan(40);
      const hrefs = selectAll('a', li).map((a) => attr(a, 'href'));
      expect(hrefs).toContain(`/meetings/${id}/`);
      // Every meeting after the first: what changed since the one before, on the gap between them.
      if (index > 0) expect(hrefs).toContain(`/compare/${byDate[index - 1]!.id}--${id}/`);
    });
  });

  it("marks a meeting's day the report does not print, as the footer promises, wherever it stands", () => {
    // China Daily 2023 says "on Wednesday" and prints no day; Xinhua 2024's dateline prints "Oct. 16".
    const kickers = items.map((li) => textOf(select('.entry__kicker', li)!));
    expect(kickers[0]).toMatch(/^Wednesday, 25 October 2023 \(date worked out from the text\) · Bishkek/);
    expect(kickers[1]).toMatch(/^Wednesday, 16 October 2024 · Islamabad/);
    const pair = readPage(siteDir, '/compare/2023-bishkek--2024-islamabad/');
    expect(textOf(select('.lede', pair)!)).toBe('25 October 2023 (date worked out from the text) → 16 October 2024');
    const next = select('a[rel=next]', readPage(siteDir, '/meetings/2023-bishkek/'))!;
    expect(textOf(next)).toBe('Next meeting Islamabad, 16 October 2024');
    expect(textOf(select('a[rel=prev]', readPage(siteDir, '/meetings/2024-islamabad/'))!)).toBe(
      'Previous meeting Bishkek, 25 October 2023 (date worked out from the text)',
    );
  });

  it('states the occasion once, in the introduction, not in every entry', () => {
    expect(textOf(select('.page-intro', page)!)).toContain('on the sidelines of the Shanghai Cooperation Organization');
    for (const li of items) expect(textOf(li)).not.toContain('on the sidelines');
  });

  it('shows the interval between consecutive meetings in days', () => {
    items.slice(1).forEach((li, index) => {
      const days = differenceInCalendarDays(parseISO(byDate[index + 1]!.data.meetingDate), parseISO(byDate[index]!.data.meetingDate));
      const gap = select('.timeline__gap time', li)!;
      expect(attr(gap, 'datetime')).toBe(`P${days}D`);
      expect(textOf(gap)).toBe(`${days.toLocaleString('en')} days later`);
    });
    expect(select('.timeline__gap', items[0]!)).toBeUndefined();
  });

  it('says Bishkek 2023 to Islamabad 2024 was 357 days (counted by hand)', () => {
    expect(textOf(select('[id="2024-islamabad"] .timeline__gap time', page)!)).toBe('357 days later');
  });
});

describe('the comparison', () => {
  const page = readPage(siteDir, '/compare/');

  it('has a column for every meeting in its matrix, in date order', () => {
    const columns = selectAll('.matrix--overview thead th[scope=col] a', page).map((a) => attr(a, 'href'));
    expect(columns).toEqual(byDate.map((c) => `/meetings/${c.id}/`));
  });

  it('quotes the reports word for word in what changed: each quotation, ellipses aside, stands in the paragraph its first link points to', () => {
    const pairPage = readPage(siteDir, `/compare/${byDate.at(-2)!.id}--${byDate.at(-1)!.id}/`);
    const paragraphOf = (href: string) => {
      const [, id, n] = /\/meetings\/([^/]+)\/#p(\d+)/.exec(href)!;
      return byDate.find((m) => m.id === id)!.paragraphs[Number(n) - 1]!;
    };
    const quotes = selectAll('#what-changed .summary__line q', pairPage);
    expect(quotes.length).toBeGreaterThan(10);
    // The summary's sentences, and each row of the matrix opened to its words, a side and a meeting a line.
    const lines = [...selectAll('#what-changed .summary__line', pairPage), ...selectAll('#what-changed .matrix__words p:has(q)', pairPage)];
    expect(lines.length).toBeGreaterThan(50);
    for (const line of lines) {
      const hrefs = selectAll('a.para-ref', line).map((a) => attr(a, 'href'));
      for (const q of selectAll('q', line)) {
        const pieces = textOf(q)
          .split('…')
          .filter((piece) => piece.trim() !== '');
        const paragraphs = hrefs.map(paragraphOf);
        for (const piece of pieces)
          expect(
            paragraphs.some((p) => p.includes(piece)),
            piece,
          ).toBe(true);
      }
    }
  });
});

describe('every page', () => {
  const pages = listPages(siteDir);

  it.each(pages)('%s: has a language, a title and a description', (path) => {
    const page = readPage(siteDir, path);
    expect(attr(select('html', page)!, 'lang')).toBe('en');
    expect(textOf(select('title', page)!).length).toBeGreaterThan(10);
    expect(attr(select('meta[name=description]', page)!, 'content').length).toBeGreaterThan(40);
  });
});
