import type { DataIssue } from '../validate';
import { at, lineColumn } from './textPosition';

const WS = new Set([' ', '\t', '\n', '\r']);
const MAX_DEPTH = 2000;

/**
 * The offset of the first syntax error in `text` (JSON.parse does not always say where: "Unexpected
 * token 'x'"), with what was expected. Only called on text JSON.parse refused.
 */
export function locateJsonError(text: string): { offset: number; expected: string } {
  let i = 0;
  const fail = (expected: string): never => {
    throw { offset: i, expected };
  };
  const ws = () => {
    while (i < text.length && WS.has(text[i] ?? '')) i++;
  };
  const literal = (word: string) => {
    for (const ch of word) {
      if (text[i] !== ch) fail(`"${word}"`);
      i++;
    }
  };
  const string = () => {
    i++; // opening quote
    for (;;) {
      const ch = text[i];
      if (ch === undefined) fail('a closing quote');
      if (ch === '"') return void i++;
      if (ch === '\\') {
        const esc = text[i + 1];
        if (esc === 'u') {
          i += 2;
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i, i + 4))) fail('four hex digits');
          i += 4;
        } else if (esc !== undefined && '"\\/bfnrt'.includes(esc)) i += 2;
        else {
          i += 1;
          fail('an escape such as \\n or \\"');
        }
      } else if ((ch ?? '') < ' ') fail('no control character inside a string (write \\n)');
      else i++;
    }
  };
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m || m[0] === '' || m[0] === '-') fail('a value');
    i += m?.[0].length ?? 0;
  };
  const value = (depth: number): void => {
    if (depth > MAX_DEPTH) fail('less deeply nested data');
    ws();
    const ch = text[i];
    if (ch === '{') {
      i++;
      ws();
      if (text[i] === '}') return void i++;
      for (;;) {
        ws();
        if (text[i] !== '"') fail('a property name in double quotes');
        string();
        ws();
        if (text[i] !== ':') fail('":" after the property name');
        i++;
        value(depth + 1);
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return void i++;
        else fail('"," or "}"');
      }
    } else if (ch === '[') {
      i++;
      ws();
      if (text[i] === ']') return void i++;
      for (;;) {
        value(depth + 1);
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return void i++;
        else fail('"," or "]"');
      }
    } else if (ch === '"') string();
    else if (ch === 't') literal('true');
    else if (ch === 'f') literal('false');
    else if (ch === 'n') literal('null');
    else if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) number();
    else fail(ch === undefined ? 'more data (the file ends early)' : 'a value');
  };
  try {
    value(0);
    ws();
    if (i < text.length) fail('the end of the data');
  } catch (e) {
    if (typeof e === 'object' && e !== null && 'offset' in e)
      return e as { offset: number; expected: string };
    throw e;
  }
  return { offset: text.length, expected: 'valid JSON' };
}

export type JsonParse = { ok: true; value: unknown } | { ok: false; issues: DataIssue[] };

/** JSON.parse with a located message: `file.json, line 3, column 14: expected "," or "}"`. */
export function parseJsonText(text: string, name: string): JsonParse {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    const { offset, expected } = locateJsonError(text);
    const { line, column } = lineColumn(text, offset);
    const found =
      offset >= text.length ? 'the end of the file' : JSON.stringify(text.slice(offset, offset + 12));
    return {
      ok: false,
      issues: [
        { path: at(name, line, column), message: `malformed JSON: expected ${expected}, found ${found}` },
      ],
    };
  }
}
