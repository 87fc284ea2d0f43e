import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import type cytoscape from 'cytoscape';
import type { CorpusData as GraphData } from '../src/model/schema';

/** The committed corpus, read the way a test reads a fixture. */
export const corpus = JSON.parse(
  readFileSync(new URL('../graph-data/graph.json', import.meta.url), 'utf8'),
) as GraphData;

export function nodeNamed(name: string) {
  const node = corpus.nodes.find((n) => n.label === name || n.aliases.includes(name));
  if (!node) throw new Error(`no node named ${name} in the corpus`);
  return node;
}

/** Opens the app and waits until Cytoscape has drawn the graph and finished the layout. */
export async function openExplorer(page: Page, path = '/') {
  await page.goto(path);
  await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 0);
}

/**
 * Clicks a node or edge where it is drawn on the canvas, with the real mouse: canvas elements are
 * not in the DOM, so only their position comes from `window.cy`. An edge is first brought into
 * view at a readable zoom (as a person would zoom in before clicking a thin line among many).
 */
export async function clickElement(page: Page, id: string) {
  const point = await page.evaluate((elementId) => {
    const cy = window.cy;
    if (!cy) throw new Error('no cy');
    const el = cy.getElementById(elementId);
    if (el.empty()) throw new Error(`no element ${elementId}`);
    if (el.isNode()) return el.renderedPosition();
    const edge = el as cytoscape.EdgeSingular;
    cy.stop(true, true);
    cy.fit(edge.union(edge.connectedNodes()), 120);
    // Its midpoint, or (where a node lies on it there, and would take the click) the first point
    // along it, from the middle outwards, that no node covers.
    const from = edge.renderedSourceEndpoint();
    const to = edge.renderedTargetEndpoint();
    const mid = edge.renderedMidpoint();
    const along = (p: cytoscape.Position, t: number) => ({
      x: mid.x + (p.x - mid.x) * t,
      y: mid.y + (p.y - mid.y) * t,
    });
    const covered = (p: cytoscape.Position) =>
      cy.nodes(':visible').some((n) => {
        const b = (n as cytoscape.NodeSingular).renderedBoundingBox({ includeLabels: false });
        return p.x >= b.x1 - 2 && p.x <= b.x2 + 2 && p.y >= b.y1 - 2 && p.y <= b.y2 + 2;
      });
    const tries = [0, 0.2, 0.4, 0.6].flatMap((t) => [along(to, t), along(from, t)]);
    return tries.find((p) => !covered(p)) ?? mid;
  }, id);
  const box = await page.getByTestId('graph-canvas').boundingBox();
  expect(box).not.toBeNull();
  await page.mouse.click((box?.x ?? 0) + point.x, (box?.y ?? 0) + point.y);
}

/** Waits until no node and not the camera is moving (layouts and camera moves animate). */
export async function settle(page: Page) {
  await page.waitForFunction(() => {
    const cy = window.cy;
    return !!cy && !cy.animated() && cy.nodes().every((n) => !(n as cytoscape.NodeSingular).animated());
  });
}

/** Ids of the nodes and edges Cytoscape currently draws (not display: none). */
export async function drawn(page: Page) {
  return page.evaluate(() => {
    const cy = window.cy;
    if (!cy) throw new Error('no cy');
    const ids = (selector: string) =>
      cy
        .$(selector)
        .filter((e) => e.visible())
        .map((e) => e.id())
        .sort();
    return { nodes: ids('node'), edges: ids('edge') };
  });
}

export type Positions = Record<string, { x: number; y: number }>;

/** Every node's model position. */
export async function positions(page: Page): Promise<Positions> {
  return page.evaluate(() => {
    const out: Record<string, { x: number; y: number }> = {};
    window.cy?.nodes().forEach((n) => {
      out[n.id()] = { ...(n as cytoscape.NodeSingular).position() };
    });
    return out;
  });
}

/**
 * How many nodes and relations the graph canvas shows: Cytoscape's shown elements, and for a large
 * graph, whose relations are drawn on a layer of their own (src/view/edgeLayer.ts), that layer's count.
 */
export function shownCounts(page: Page): Promise<{ nodes: number; edges: number }> {
  return page.evaluate(() => {
    const cy = window.cy!;
    const layer = cy.container()?.getAttribute('data-edges-shown');
    return {
      nodes: cy.nodes().filter((n) => n.visible()).length,
      edges: layer ? Number(layer) : cy.edges().filter((e) => e.visible()).length,
    };
  });
}
