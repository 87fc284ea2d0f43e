import { Readability } from '@mozilla/readability';
import { guessMeta } from './authoringForm';
import { htmlToText } from './htmlText';

/** An article as read from a file or a paste, for the Add article form and `npm run ingest`. */
export interface ArticleRead {
  text: string;
  title?: string;
  publisher?: string;
  /** YYYY-MM-DD, the day as the page or text writes it. */
  published?: string;
}

/** Turns HTML into a document without running it: `DOMParser` in the browser, linkedom in Node. */
export type ParseHtml = (html: string) => Document;

/**
 * The article of a saved web page: its body found by Mozilla's Readability (the Firefox Reader View
 * library), so menus, adverts, "most read" lists and footers stay out of the text; and its title,
 * site name and publication date from the page's metadata. A page Readability finds no article in
 * is read whole. The text is built from the HTML by `htmlToText`: nothing of the page is ever run or
 * rendered. The headline opens the text, as in a pasted article.
 */
export function articleFromHtml(html: string, parse: ParseHtml): ArticleRead {
  let found: ReturnType<Readability['parse']> = null;
  try {
    found = new Readability(parse(html)).parse();
  } catch {
    // A page Readability cannot walk is read whole, as below.
  }
  const body = found?.content ? htmlToText(found.content) : '';
  const title = found?.title?.trim();
  let text = body.trim() ? body : htmlToText(html);
  if (title && !text.slice(0, title.length + 200).includes(title)) text = `${title}\n\n${text}`;
  const publisher = found?.siteName?.trim();
  const published = /^\d{4}-\d{2}-\d{2}/.exec(found?.publishedTime?.trim() ?? '')?.[0];
  return {
    text,
    ...(title ? { title } : {}),
    ...(publisher ? { publisher } : {}),
    ...(published ? { published } : {}),
  };
}

/** An article file: HTML through its page, any other text as it is; what the page lacks guessed from the text. */
export function readArticle(raw: string, html: boolean, parse: ParseHtml): ArticleRead {
  const page = html ? articleFromHtml(raw, parse) : { text: raw };
  return { ...guessMeta(page.text), ...page };
}

export const isHtmlFile = (name: string, type = ''): boolean =>
  /\.html?$/i.test(name) || type === 'text/html';
