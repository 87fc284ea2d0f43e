import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { articleFromHtml, isHtmlFile, readArticle } from './articleFile';
import { guessMeta } from './authoringForm';

const parse = (html: string) => parseHTML(html).document as unknown as Document;
const page = readFileSync(join(import.meta.dirname, 'fixtures', 'news-page.html'), 'utf8');

describe('reading an article from a saved web page', () => {
  const read = articleFromHtml(page, parse);

  it('keeps the article and leaves out menus, adverts, "most read" lists, footers and scripts', () => {
    expect(read.text).toContain('North Korea blew up the inter-Korean liaison office in Kaesong on Tuesday');
    expect(read.text).toContain('since the Hanoi summit in 2019.');
    for (const furniture of [
      'Subscribe now',
      'Advertisement',
      'Ten recipes',
      'All rights reserved',
      'injected',
    ])
      expect(read.text).not.toContain(furniture);
  });

  it('opens with the headline, paragraphs apart, as a pasted article would', () => {
    expect(read.text.split('\n\n').slice(0, 3)).toEqual([
      'North Korea demolishes liaison office',
      'By a staff reporter · June 16, 2020',
      expect.stringMatching(/^North Korea blew up/),
    ]);
  });

  it("takes the title, site name and day of publication from the page's metadata", () => {
    expect(read).toMatchObject({
      title: 'North Korea demolishes liaison office',
      publisher: 'Harbour Ledger',
      published: '2020-06-16',
    });
  });

  it('reads a page without an article whole, and never fails on markup', () => {
    const bare = articleFromHtml('<p>Seoul &amp; Pyongyang met.</p>', parse);
    expect(bare.text).toBe('Seoul & Pyongyang met.\n');
    const broken = articleFromHtml('<div><p>Unclosed <b>tags', parse);
    expect(broken.text).toContain('Unclosed tags');
  });

  it('guesses from the text what the page does not say, and reads other files as they are', () => {
    const html = '<html><body><h1>Kim meets Moon</h1><p>May 26, 2018</p><p>Kim met Moon.</p></body></html>';
    expect(readArticle(html, true, parse)).toMatchObject({
      title: 'Kim meets Moon',
      published: '2018-05-26',
    });
    const text = 'Talks resume\nSEOUL (AP) — The Koreas met on 12 December 2015.';
    expect(readArticle(text, false, parse)).toEqual({
      text,
      title: 'Talks resume',
      published: '2015-12-12',
      publisher: 'The Associated Press',
    });
    expect([isHtmlFile('a.HTM'), isHtmlFile('a.txt', 'text/html'), isHtmlFile('a.md')]).toEqual([
      true,
      true,
      false,
    ]);
  });
});

describe('guessMeta', () => {
  it('names the publisher only from a wire dateline near the top', () => {
    expect(guessMeta('Title\nSEOUL, Jan 9 (Reuters) - North Korea said').publisher).toBe('Reuters');
    expect(guessMeta('Title\nSEOUL, June 16 (Yonhap) -- The North').publisher).toBe('Yonhap News Agency');
    // A service cited in the story is not its publisher.
    expect(guessMeta('Title\nThe North told Yonhap it would talk.').publisher).toBeUndefined();
    expect(guessMeta(`Title\n${'x '.repeat(600)}(AP) — late`).publisher).toBeUndefined();
  });

  it('titles a Markdown article by its first heading, without the marks', () => {
    expect(guessMeta('# Seoul proposes Red Cross talks\n\nSEOUL -- The South').title).toBe(
      'Seoul proposes Red Cross talks',
    );
    expect(guessMeta('## Talks resume ##\nText').title).toBe('Talks resume');
    expect(guessMeta('#1 story of the day\nText').title).toBe('#1 story of the day');
  });
});
