import type { GuideBox } from './layouts/guides';
import { uprightRect, type LabelRect } from './labelRects';

/** How far beyond the canvas's edges the blocked strips reach: wider than any label. */
const BEYOND = 320;

/**
 * Screen areas, in the canvas's pixels, that no label may overlap: what the page lays over the
 * graph (the toolbar, the legend, the filters, a banner: the canvas's absolutely positioned
 * siblings), the layout's guide texts drawn inside it (timeline years, "PLACES", "UNDATED"), and
 * the strips beyond its edges, where a label would be cut. A label that meets one takes another
 * side of its node, or gives way.
 */
export function labelObstacles(container: HTMLElement, guides: readonly GuideBox[] = []): LabelRect[] {
  const box = container.getBoundingClientRect();
  const { width: w, height: h } = box;
  const obstacles = [
    uprightRect(-BEYOND, -BEYOND, 0, h + BEYOND),
    uprightRect(w, -BEYOND, w + BEYOND, h + BEYOND),
    uprightRect(0, -BEYOND, w, 0),
    uprightRect(0, h, w, h + BEYOND),
  ];
  for (const element of container.parentElement?.children ?? []) {
    if (element === container || getComputedStyle(element).position !== 'absolute') continue;
    const r = element.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    obstacles.push(uprightRect(r.left - box.left, r.top - box.top, r.right - box.left, r.bottom - box.top));
  }
  for (const g of guides) obstacles.push(uprightRect(g.x1, g.y1, g.x2, g.y2));
  return obstacles;
}
