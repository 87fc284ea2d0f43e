import { DOMParser } from '@xmldom/xmldom';
import type { DataIssue } from '../validate';
import { at } from './textPosition';

export type XmlDocument = ReturnType<DOMParser['parseFromString']>;
export type XmlElement = NonNullable<XmlDocument['documentElement']>;
export type XmlParse = { ok: true; doc: XmlDocument; root: XmlElement } | { ok: false; issues: DataIssue[] };

interface Located {
  lineNumber?: number;
  columnNumber?: number;
}

/**
 * Parses XML with @xmldom/xmldom (the same in the page, in a Worker and in Node, where there is no
 * DOMParser). The first error stops parsing and is reported with its line and column.
 */
export function parseXmlText(text: string, name: string): XmlParse {
  let first: string | undefined;
  try {
    const doc = new DOMParser({
      onError: (level, message) => {
        if (level === 'warning') return;
        first ??= message;
        throw new Error(message);
      },
    }).parseFromString(text, 'text/xml');
    const root = doc.documentElement;
    if (!root) return { ok: false, issues: [{ path: name, message: 'malformed XML: no root element' }] };
    return { ok: true, doc, root };
  } catch (error) {
    const locator = (error as { locator?: Located }).locator;
    const line = locator?.lineNumber;
    const message = (first ?? (error instanceof Error ? error.message : String(error)))
      .replace(/^element parse error: Error: /, '')
      .replace(/^Error: /, '');
    return {
      ok: false,
      issues: [
        {
          path: line !== undefined && line > 0 ? at(name, line, locator?.columnNumber) : name,
          message: `malformed XML: ${message}`,
        },
      ],
    };
  }
}

/** Element children with this local name (any namespace: GEXF 1.1-1.3, Gephi's old namespace, none). */
export function childElements(parent: XmlElement, localName?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (let c = parent.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 1 && (localName === undefined || (c as XmlElement).localName === localName))
      out.push(c as XmlElement);
  }
  return out;
}

export const firstChild = (parent: XmlElement, localName: string): XmlElement | undefined =>
  childElements(parent, localName)[0];

/** "file.gexf, line 12" for an element, where the parser recorded its line. */
export function originOf(name: string, element: XmlElement): string | undefined {
  const line = (element as unknown as Located).lineNumber;
  return line === undefined ? undefined : at(name, line);
}
