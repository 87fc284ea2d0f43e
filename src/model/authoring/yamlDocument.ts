import { LineCounter, parseDocument, isNode } from 'yaml';

/** A parsed YAML file that can say on which line any value stands, for error messages. */
export interface LocatedYaml {
  value: unknown;
  /** 1-based line of the value at `path`, or of its nearest existing ancestor. */
  lineOf(path: readonly (string | number)[]): number;
  /** Syntax errors, with their lines. */
  errors: { line: number; message: string }[];
}

export function parseLocatedYaml(content: string): LocatedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(content, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  return {
    value: doc.errors.length > 0 ? undefined : doc.toJS(),
    errors: doc.errors.map((e) => ({
      line: lineAt(e.pos[0]),
      message: e.message.split('\n')[0] ?? e.message,
    })),
    lineOf(path) {
      for (let n = path.length; n >= 0; n--) {
        const node: unknown = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
        if (isNode(node) && node.range) return lineAt(node.range[0]);
      }
      return 1;
    },
  };
}
