// graphology-gexf's browser entry builds a DOMParser when imported (for its parser), so the
// writer, which needs none, is imported on its own; it has no declaration of its own.
declare module 'graphology-gexf/browser/writer.js' {
  import type { write } from 'graphology-gexf/browser';
  const writeGexf: typeof write;
  export default writeGexf;
}
