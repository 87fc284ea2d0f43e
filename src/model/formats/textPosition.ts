/** 1-based line and column of a character offset (what an editor shows). */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(Math.max(0, offset), text.length);
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: end - lineStart + 1 };
}

export const at = (name: string, line: number, column?: number) =>
  `${name}, line ${line}${column === undefined ? '' : `, column ${column}`}`;
