/* global cytoscape */
// The naive page the benchmark compares against: Cytoscape with its defaults (canvas renderer,
// labels on, `cose` for graphs without positions), the graph added in one go, highlighting and
// filtering done the obvious way. Nothing here is tuned.
const params = new URLSearchParams(location.search);
const response = await fetch(params.get('graph'));
const data = await response.json();

const nodes = data.nodes.map((n) => {
  const a = n.attributes ?? {};
  const node = {
    group: 'nodes',
    data: { id: n.key, label: a.label ?? n.key, type: a.type ?? a.cluster ?? 'node' },
  };
  if (typeof a.x === 'number' && typeof a.y === 'number') node.position = { x: a.x, y: a.y };
  return node;
});
const edges = data.edges.map((e, i) => ({
  group: 'edges',
  data: { id: e.key ?? `e${i}`, source: e.source, target: e.target, label: e.attributes?.label ?? '' },
}));
const positioned = nodes.every((n) => n.position);

const cy = cytoscape({
  container: document.getElementById('cy'),
  elements: [...nodes, ...edges],
  style: [
    { selector: 'node', style: { label: 'data(label)' } },
    { selector: 'edge', style: { label: 'data(label)' } },
    { selector: '.faded', style: { opacity: 0.15 } },
  ],
  layout: positioned ? { name: 'preset' } : { name: 'cose' },
});
window.cy = cy;
const settled = () => performance.mark('layout-settled', { detail: { nodes: cy.nodes().length } });
cy.one('layoutstop', settled);
if (positioned) settled();

cy.on('tap', 'node', (event) => {
  cy.batch(() => {
    cy.elements().addClass('faded');
    event.target.closedNeighborhood().removeClass('faded');
  });
});
cy.on('tap', (event) => {
  if (event.target === cy) cy.elements().removeClass('faded');
});

const firstType = nodes[0]?.data.type;
document.getElementById('hide-type-name').textContent = String(firstType);
document.getElementById('hide-type').addEventListener('change', (event) => {
  const hide = event.target.checked;
  cy.nodes()
    .filter((n) => n.data('type') === firstType)
    .style('display', hide ? 'none' : 'element');
});
