import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type cytoscape from 'cytoscape';
import { dateMidpoint } from '../src/model/timelinePositions';
import {
  boxesCross,
  clickElement,
  corpus,
  crossingNames,
  shownNameBoxes,
  nodeNamed,
  openExplorer,
  settle,
  positions,
  type Positions,
} from './graph';

/** Every node at a finite position inside the visible part of the canvas. */
async function allInView(page: Page) {
  return page.evaluate(() => {
    const cy = window.cy;
    if (!cy) return false;
    const view = cy.extent();
    return cy.nodes().every((n) => {
      const p = (n as cytoscape.NodeSingular).position();
      return (
        Number.isFinite(p.x) &&
        Number.isFinite(p.y) &&
        p.x >= view.x1 &&
        p.x <= view.x2 &&
        p.y >= view.y1 &&
        p.y <= view.y2
      );
    });
  });
}

const moved = (a: Positions, b: Positions) =>
  Object.keys(a).filter(
    (id) => Math.hypot((a[id]?.x ?? 0) - (b[id]?.x ?? 0), (a[id]?.y ?? 0) - (b[id]?.y ?? 0)) > 1,
  ).length;

test('each layout of the Layout select moves the nodes and fits them in view', async ({ page }, testInfo) => {
  await openExplorer(page);
  const layout = page.getByLabel('Layout', { exact: true });
  await expect(layout).toHaveValue('force');
  let before = await positions(page);
  for (const [label, name] of [
    ['Concentric by importance', 'concentric'],
    ['Hierarchy from selection', 'hierarchy'],
    ['Timeline', 'timeline'],
    ['Force-directed', 'force'],
  ] as const) {
    await layout.selectOption({ label });
    await settle(page);
    const after = await positions(page);
    expect(moved(before, after), `${label} moves most nodes`).toBeGreaterThan(corpus.nodes.length / 2);
    expect(await allInView(page), `${label} fits every node in view`).toBe(true);
    await page.screenshot({ path: testInfo.outputPath(`layout-${name}.png`) });
    before = after;
  }
});

test('switching layout animates the nodes to their new places', async ({ page }) => {
  const kim = nodeNamed('Kim Jong Un');
  await openExplorer(page);
  await settle(page);
  // Watch Kim Jong Un's position updates: an animated layout moves him in steps while his
  // animation runs; a jump would set the new position once, with no animation running.
  const start = await page.evaluate((id) => {
    const node = window.cy!.getElementById(id) as cytoscape.NodeSingular;
    const w = window as unknown as { movedWhileAnimating: boolean };
    w.movedWhileAnimating = false;
    node.on('position', () => {
      if (node.animated()) w.movedWhileAnimating = true;
    });
    return { ...node.position() };
  }, kim.id);
  await page.getByLabel('Layout', { exact: true }).selectOption({ label: 'Concentric by importance' });
  await settle(page);
  const end = await page.evaluate((id) => ({ ...window.cy!.getElementById(id).position() }), kim.id);
  expect(Math.hypot(end.x - start.x, end.y - start.y)).toBeGreaterThan(10);
  expect(
    await page.evaluate(() => (window as unknown as { movedWhileAnimating: boolean }).movedWhileAnimating),
  ).toBe(true);
});

test.describe('with reduced motion asked for', () => {
  test.use({ reducedMotion: 'reduce' });

  test('a layout switch, a zoom and a selection move the view at once, with nothing animating', async ({
    page,
  }) => {
    const kim = nodeNamed('Kim Jong Un');
    await openExplorer(page);
    await settle(page);
    // Count every moment a node or the camera is animating: reduced motion means none.
    await page.evaluate(() => {
      const cy = window.cy!;
      const w = window as unknown as { animatedMoves: number };
      w.animatedMoves = 0;
      cy.on('position viewport', () => {
        if (cy.animated() || cy.nodes().some((n) => (n as cytoscape.NodeSingular).animated()))
          w.animatedMoves++;
      });
    });
    const start = await page.evaluate((id) => ({ ...window.cy!.getElementById(id).position() }), kim.id);
    await page.getByLabel('Layout', { exact: true }).selectOption({ label: 'Concentric by importance' });
    // The new places are there as soon as the option is chosen: no wait for a settle.
    const end = await page.evaluate((id) => ({ ...window.cy!.getElementById(id).position() }), kim.id);
    expect(Math.hypot(end.x - start.x, end.y - start.y)).toBeGreaterThan(10);
    const zoom = await page.evaluate(() => window.cy!.zoom());
    await page.getByRole('button', { name: 'Zoom in' }).click();
    expect(await page.evaluate(() => window.cy!.zoom())).toBeGreaterThan(zoom * 1.1);
    await clickElement(page, kim.id);
    const panel = page.getByRole('complementary', { name: 'Details' });
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText(kim.label);
    expect(await page.evaluate(() => (window as unknown as { animatedMoves: number }).animatedMoves)).toBe(0);
  });
});

test('the timeline puts events left to right by date, with years and an undated column', async ({ page }) => {
  await openExplorer(page);
  await page.getByLabel('Layout', { exact: true }).selectOption({ label: 'Timeline' });
  await settle(page);
  const at = await positions(page);
  const dated = corpus.nodes.filter((n) => n.type === 'event' && dateMidpoint(n.date) !== undefined);
  const mids = dated
    .sort((a, b) => (at[a.id]?.x ?? 0) - (at[b.id]?.x ?? 0))
    .map((n) => dateMidpoint(n.date) ?? 0);
  expect(mids.length).toBeGreaterThan(20);
  expect(mids).toEqual([...mids].sort((a, b) => a - b));
  // Undated events stand in one column to the right of every dated one.
  const undated = corpus.nodes.filter((n) => n.type === 'event' && !n.date);
  const lastDated = Math.max(...dated.map((n) => at[n.id]?.x ?? 0));
  expect(new Set(undated.map((n) => at[n.id]?.x)).size).toBe(1);
  expect(at[undated[0]?.id ?? '']?.x).toBeGreaterThan(lastDated);
  // Actors above events.
  const kim = nodeNamed('Kim Jong Un');
  expect(at[kim.id]?.y).toBeLessThan(Math.min(...dated.map((n) => at[n.id]?.y ?? 0)));
  const guides = page.locator('.layout-guides');
  for (const text of ['2014', '2015', '2019', 'Undated', 'Actors', 'Events']) {
    await expect(guides.getByText(text, { exact: true })).toBeVisible();
  }
  // No name is drawn over a guide's text, at the fitted zoom or zoomed in.
  const namesOnGuides = async () => {
    const texts = await page.evaluate(() => {
      const canvas = window.cy!.container()!.getBoundingClientRect();
      return [...document.querySelectorAll<HTMLElement>('.layout-guides span')]
        .filter((s) => s.style.visibility !== 'hidden')
        .map((s) => {
          const r = s.getBoundingClientRect();
          const at = { x1: r.left - canvas.left, x2: r.right - canvas.left };
          return { text: s.textContent, ...at, y1: r.top - canvas.top, y2: r.bottom - canvas.top };
        });
    });
    const names = await shownNameBoxes(page);
    return names.flatMap((n) => texts.filter((t) => boxesCross(n, t)).map((t) => `${n.name} on ${t.text}`));
  };
  expect(await namesOnGuides()).toEqual([]);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await settle(page);
  // Names are placed on each zoom frame and once the view rests after the camera's last move.
  await expect.poll(namesOnGuides).toEqual([]);
  // The guides leave with the layout.
  await page.getByLabel('Layout', { exact: true }).selectOption({ label: 'Force-directed' });
  await expect(guides.getByText('Undated', { exact: true })).toHaveCount(0);
});

test('the hierarchy starts from the selected node', async ({ page }, testInfo) => {
  const hanoi = nodeNamed('Hanoi summit');
  await openExplorer(page);
  await clickElement(page, hanoi.id);
  await settle(page);
  await page.getByLabel('Layout', { exact: true }).selectOption({ label: 'Hierarchy from selection' });
  await settle(page);
  const at = await positions(page);
  expect(at[hanoi.id]?.y).toBe(Math.min(...Object.values(at).map((p) => p.y)));
  // Re-running from another selection re-roots the tree.
  const kim = nodeNamed('Kim Jong Un');
  await clickElement(page, kim.id);
  await settle(page);
  await page.getByRole('button', { name: 'Re-run layout' }).click();
  await settle(page);
  const again = await positions(page);
  expect(again[kim.id]?.y).toBe(Math.min(...Object.values(again).map((p) => p.y)));
  await page.screenshot({ path: testInfo.outputPath('layout-hierarchy-kim.png') });
});

test('Size by PageRank resizes nodes without moving them', async ({ page }) => {
  await openExplorer(page);
  const read = () =>
    page.evaluate(() =>
      window.cy?.nodes().map((n) => ({
        id: n.id(),
        size: n.data('size') as number,
        font: n.data('fontSize') as number,
        x: n.position('x'),
        y: n.position('y'),
      })),
    );
  const before = (await read()) ?? [];
  await page.getByLabel('Size by').selectOption({ label: 'PageRank' });
  await expect(page.getByLabel('Size by')).toHaveValue('pagerank');
  const after = (await read()) ?? [];
  expect(after.map(({ x, y }) => ({ x, y }))).toEqual(before.map(({ x, y }) => ({ x, y })));
  const changed = after.filter((n, i) => n.size !== before[i]?.size);
  expect(changed.length).toBeGreaterThan(10);
  // Labels follow the sizes: a bigger node never has a smaller label.
  const bySize = [...after].sort((a, b) => a.size - b.size || a.font - b.font);
  for (let i = 1; i < bySize.length; i++)
    expect(bySize[i]?.font).toBeGreaterThanOrEqual(bySize[i - 1]?.font ?? 0);
  // The drawn size is the data size.
  const drawn = await page.evaluate(() => {
    const n = window.cy?.nodes().max((x) => x.data('size') as number).ele;
    return { data: n?.data('size') as number, width: n?.width() };
  });
  expect(drawn.width).toBe(drawn.data);
});

test('the dark theme restyles the page and the graph, and is remembered', async ({ page }, testInfo) => {
  await openExplorer(page);
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  const look = () =>
    page.evaluate(() => ({
      theme: document.documentElement.dataset.theme,
      page: getComputedStyle(document.documentElement).backgroundColor,
      canvas: getComputedStyle(document.querySelector('[data-testid="graph-canvas"]') as Element)
        .backgroundColor,
      label: window.cy?.nodes().first().style('color') as string,
      edge: window.cy?.edges().first().style('line-color') as string,
    }));
  const light = await look();
  expect(light.theme).toBe('light');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const dark = await look();
  expect(dark.theme).toBe('dark');
  for (const key of ['page', 'canvas', 'label', 'edge'] as const) expect(dark[key], key).not.toBe(light[key]);
  // Dark ground, light text.
  const luminance = (rgb: string) => {
    const [r = 0, g = 0, b = 0] = (rgb.match(/\d+/g) ?? []).map(Number);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  expect(luminance(dark.canvas)).toBeLessThan(60);
  expect(luminance(dark.label)).toBeGreaterThan(180);
  expect((await new AxeBuilder({ page }).include('.graph-toolbar').analyze()).violations).toEqual([]);

  // Kim Jong Un selected: his relations and their labels, in the dark.
  await clickElement(page, nodeNamed('Kim Jong Un').id);
  await settle(page);
  await page.screenshot({ path: testInfo.outputPath('dark-theme.png') });

  await page.reload();
  await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 0);
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  expect(await look()).toEqual(dark);
  await page.getByRole('button', { name: 'Dark theme' }).click();
  expect((await look()).theme).toBe('light');
  expect((await new AxeBuilder({ page }).include('.graph-toolbar').analyze()).violations).toEqual([]);
});

test.describe('with a system set to dark', () => {
  test.use({ colorScheme: 'dark' });
  test('the page opens in the dark theme', async ({ page }) => {
    await openExplorer(page);
    await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  });
});

test('Zoom in and Zoom out zoom about the centre, from the mouse or the keyboard', async ({ page }) => {
  await openExplorer(page);
  const camera = () =>
    page.evaluate(() => {
      const cy = window.cy;
      if (!cy) throw new Error('no cy');
      const e = cy.extent();
      return { zoom: cy.zoom(), cx: (e.x1 + e.x2) / 2, cy: (e.y1 + e.y2) / 2 };
    });
  const start = await camera();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await settle(page);
  const zoomedIn = await camera();
  expect(zoomedIn.zoom).toBeCloseTo(start.zoom * 1.4, 5);
  // The centre of the view stays put.
  expect(zoomedIn.cx).toBeCloseTo(start.cx, 3);
  expect(zoomedIn.cy).toBeCloseTo(start.cy, 3);
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await settle(page);
  expect((await camera()).zoom).toBeCloseTo(start.zoom, 5);

  // Keyboard: Shift+Tab from Fit reaches Zoom in, Enter zooms.
  await page.getByRole('button', { name: 'Fit' }).focus();
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: 'Zoom in' })).toBeFocused();
  await page.keyboard.press('Enter');
  await settle(page);
  expect((await camera()).zoom).toBeCloseTo(start.zoom * 1.4, 5);
});

test('after a pan, what came into view is named, and no name is cut at an edge or crosses another', async ({
  page,
}, testInfo) => {
  await openExplorer(page);
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
  await settle(page);
  const canvas = page.getByTestId('graph-canvas');
  const box = (await canvas.boundingBox())!;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width - 80, y);
  await page.mouse.down();
  await page.mouse.move(box.x + 80, y + 40, { steps: 8 });
  await page.mouse.up();
  const names = () =>
    page.evaluate(() => {
      const cy = window.cy!;
      const w = cy.width();
      const h = cy.height();
      // Nodes well inside the view: their names have room on some side.
      const inside = cy.nodes().filter((n) => {
        const p = n.renderedPosition();
        return p.x > w * 0.25 && p.x < w * 0.75 && p.y > h * 0.25 && p.y < h * 0.75;
      });
      const cut = cy
        .nodes()
        .not('.label-hidden')
        .filter((n) => {
          const b = n.renderedBoundingBox({
            includeNodes: false,
            includeEdges: false,
            includeOverlays: false,
          });
          const seen = b.x2 > 0 && b.x1 < w && b.y2 > 0 && b.y1 < h;
          return seen && (b.x1 < -1 || b.x2 > w + 1 || b.y1 < -1 || b.y2 > h + 1);
        })
        .map((n) => n.data('label') as string);
      return { inside: inside.length, named: inside.not('.label-hidden').length, cut };
    });
  await expect.poll(async () => (await names()).cut).toEqual([]);
  const after = await names();
  expect(after.inside).toBeGreaterThan(3);
  expect(after.named).toBeGreaterThan(after.inside / 2);
  // Placed again once the pan has come to rest (on a busy machine, a moment after the cut names are).
  await expect.poll(() => crossingNames(page)).toEqual([]);
  await page.screenshot({ path: testInfo.outputPath('after-pan.png') });
});

test('parallel relations between two nodes are drawn apart', async ({ page }, testInfo) => {
  const north = nodeNamed('North Korea');
  const south = nodeNamed('South Korea');
  await openExplorer(page);
  const ids = corpus.edges
    .filter((e) => [e.source, e.target].sort().join() === [north.id, south.id].sort().join())
    .map((e) => e.id);
  expect(ids.length).toBeGreaterThan(5);
  const midpoints = await page.evaluate(
    (edgeIds) =>
      edgeIds.map((id) => {
        const p = (window.cy?.getElementById(id) as cytoscape.EdgeSingular).midpoint();
        return `${Math.round(p.x)},${Math.round(p.y)}`;
      }),
    ids,
  );
  expect(new Set(midpoints).size).toBe(ids.length);
  // Selected, North Korea's relations are labelled: close up on the two Koreas, in both themes.
  await clickElement(page, north.id);
  await settle(page);
  for (const theme of ['light', 'dark']) {
    if (theme === 'dark') await page.getByRole('button', { name: 'Dark theme' }).click();
    await page.evaluate((edgeIds) => {
      const cy = window.cy;
      cy?.fit(
        cy
          .$(edgeIds.map((id) => `#${id}`).join(', '))
          .connectedNodes()
          .union(cy.$(edgeIds.map((id) => `#${id}`).join(', '))),
        30,
      );
    }, ids);
    await page.waitForTimeout(300); // the label level of detail follows the zoom on the next frame
    await page.screenshot({ path: testInfo.outputPath(`parallel-edges-${theme}.png`) });
  }
});
