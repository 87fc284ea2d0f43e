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

/** Cytoscape's own hit test, the one a tap uses (renderer methods, not public API). */
interface HitTest {
  projectIntoViewport(clientX: number, clientY: number): [number, number];
  findNearestElement(
    x: number,
    y: number,
    interactive: boolean,
    touch: boolean,
  ): cytoscape.SingularElementArgument | undefined;
}

/**
 * Clicks a node or edge where it is drawn on the canvas, with the real mouse: canvas elements are
 * not in the DOM, so only their position comes from `window.cy`. An edge is first brought into
 * view at a readable zoom (as a person would zoom in before clicking a thin line among many), and
 * clicked at its midpoint or, where a node or another edge (or its label) would take the click
 * there, at the first point along it, from the middle outwards, where Cytoscape's hit test finds
 * it with the pointer already on that point (hovering restyles what it touches, which can change
 * what a tap takes).
 */
export async function clickElement(page: Page, id: string) {
  // The view may still move after it first settles (a panel closing resizes the graph, which
  // refits it): when no point takes the click, settle and measure again.
  for (let attempt = 0; attempt < 3; attempt++) {
    if (await tryClickElement(page, id, false)) return;
    await page.waitForTimeout(250);
  }
  // Still none (Cytoscape's hit test does not know everything the app draws): click its point.
  await tryClickElement(page, id, true);
}

/**
 * One try of `clickElement`: false when no point of the element would take the click (then,
 * with `anyway`, its first point is clicked all the same).
 */
async function tryClickElement(page: Page, id: string, anyway: boolean): Promise<boolean> {
  // A camera move or layout still running would move the element from under the computed point.
  await settle(page);
  const points = await page.evaluate((elementId) => {
    const cy = window.cy;
    if (!cy) throw new Error('no cy');
    const el = cy.getElementById(elementId);
    if (el.empty()) throw new Error(`no element ${elementId}`);
    if (el.isNode()) return [el.renderedPosition()];
    const edge = el as cytoscape.EdgeSingular;
    cy.stop(true, true);
    cy.fit(edge.union(edge.connectedNodes()), 120);
    const from = edge.renderedSourceEndpoint();
    const to = edge.renderedTargetEndpoint();
    const mid = edge.renderedMidpoint();
    const along = (p: cytoscape.Position, t: number) => ({
      x: mid.x + (p.x - mid.x) * t,
      y: mid.y + (p.y - mid.y) * t,
    });
    return [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7].flatMap((t) => [along(to, t), along(from, t)]);
  }, id);
  const box = await page.getByTestId('graph-canvas').boundingBox();
  expect(box).not.toBeNull();
  // The pointer lands on whole pixels: each point is rounded, and taken only where the element is
  // what a tap takes on that pixel and the pixels around it.
  const at = (p: cytoscape.Position) => ({
    x: Math.round((box?.x ?? 0) + p.x),
    y: Math.round((box?.y ?? 0) + p.y),
  });
  for (const p of points) {
    const { x, y } = at(p);
    await page.mouse.move(x, y);
    const takes = await page.evaluate(
      ([elementId, clientX, clientY]) =>
        new Promise<boolean>((resolve) =>
          // Two frames: the hover restyle is drawn before the test.
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              const cy = window.cy;
              if (!cy) return resolve(false);
              const renderer = (cy as unknown as { renderer(): HitTest }).renderer();
              const around = [-1, 0, 1].flatMap((dx) => [-1, 0, 1].map((dy) => [dx, dy] as const));
              resolve(
                around.every(([dx, dy]) => {
                  const [mx, my] = renderer.projectIntoViewport(clientX + dx, clientY + dy);
                  return renderer.findNearestElement(mx, my, true, false)?.id() === elementId;
                }),
              );
            }),
          ),
        ),
      [id, x, y] as const,
    );
    if (takes) {
      await page.mouse.down();
      await page.mouse.up();
      return true;
    }
  }
  const first = points[0];
  if (anyway && first) await page.mouse.click(at(first).x, at(first).y);
  return false;
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

export interface NameBox {
  name: string;
  x1: number;
  x2: number;
  y1: number;
  y2: number;
}

/**
 * The boxes of the node names drawn on the canvas, in its pixels, as Cytoscape draws them (wrapped).
 * Names out of view are left out: Cytoscape measures a label again only when it draws it.
 */
export function shownNameBoxes(page: Page): Promise<NameBox[]> {
  return page.evaluate(() => {
    const cy = window.cy!;
    return cy
      .nodes()
      .not('.label-hidden')
      .map((n) => {
        const b = n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeOverlays: false });
        return { name: n.data('label') as string, x1: b.x1, x2: b.x2, y1: b.y1, y2: b.y2 };
      })
      .filter((b) => b.x2 > 0 && b.x1 < cy.width() && b.y2 > 0 && b.y1 < cy.height());
  });
}

/** Whether two boxes overlap by more than a pixel. */
export const boxesCross = (a: Omit<NameBox, 'name'>, b: Omit<NameBox, 'name'>) =>
  a.x1 < b.x2 - 1 && b.x1 < a.x2 - 1 && a.y1 < b.y2 - 1 && b.y1 < a.y2 - 1;

/** Pairs of node names in view that cross each other. */
export async function crossingNames(page: Page): Promise<string[]> {
  const boxes = await shownNameBoxes(page);
  return boxes.flatMap((a, i) =>
    boxes
      .slice(i + 1)
      .filter((b) => boxesCross(a, b))
      .map((b) => `${a.name} / ${b.name}`),
  );
}
