// cytoscape-svg ships no types: it registers `cy.svg()`, which serialises a drawing of the graph
// made through canvas2svg (shapes as paths, labels as <text>).
declare module 'cytoscape-svg' {
  import type cytoscape from 'cytoscape';
  const extension: cytoscape.Ext;
  export default extension;
}
