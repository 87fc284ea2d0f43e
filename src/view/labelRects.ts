/**
 * Screen rectangles that labels take, upright (node labels) or turned along their edge (relation
 * labels), and a grid that says whether a new one would overlap one already placed.
 */

/** A rectangle centred at (cx, cy), its long side along the unit vector (ux, uy), half sizes hw × hh. */
export interface LabelRect {
  cx: number;
  cy: number;
  ux: number;
  uy: number;
  hw: number;
  hh: number;
}

/** An upright rectangle from its corners. */
export function uprightRect(x1: number, y1: number, x2: number, y2: number): LabelRect {
  return { cx: (x1 + x2) / 2, cy: (y1 + y2) / 2, ux: 1, uy: 0, hw: (x2 - x1) / 2, hh: (y2 - y1) / 2 };
}

/** Half the rectangle's extent along a unit axis. */
function reach(r: LabelRect, ax: number, ay: number): number {
  return r.hw * Math.abs(r.ux * ax + r.uy * ay) + r.hh * Math.abs(-r.uy * ax + r.ux * ay);
}

/** Whether two rectangles overlap: no side of either separates them (separating axis test). */
export function rectsOverlap(a: LabelRect, b: LabelRect): boolean {
  const dx = b.cx - a.cx;
  const dy = b.cy - a.cy;
  const axes = [
    [a.ux, a.uy],
    [-a.uy, a.ux],
    [b.ux, b.uy],
    [-b.uy, b.ux],
  ] as const;
  return axes.every(([ax, ay]) => Math.abs(dx * ax + dy * ay) < reach(a, ax, ay) + reach(b, ax, ay));
}

/** A uniform grid of placed rectangles, so each test looks only at nearby labels. */
export class LabelGrid {
  private readonly cells = new Map<string, { rect: LabelRect; owner: string | undefined }[]>();
  constructor(private readonly size: number) {}

  private keys(r: LabelRect): string[] {
    const halfX = reach(r, 1, 0);
    const halfY = reach(r, 0, 1);
    const keys: string[] = [];
    for (let x = Math.floor((r.cx - halfX) / this.size); x <= Math.floor((r.cx + halfX) / this.size); x++) {
      for (let y = Math.floor((r.cy - halfY) / this.size); y <= Math.floor((r.cy + halfY) / this.size); y++)
        keys.push(`${x},${y}`);
    }
    return keys;
  }

  /** Whether `r` overlaps a rectangle placed before, other than those placed for `owner`. */
  collides(r: LabelRect, owner?: string): boolean {
    return this.keys(r).some((k) =>
      (this.cells.get(k) ?? []).some(
        (o) => (owner === undefined || o.owner !== owner) && rectsOverlap(r, o.rect),
      ),
    );
  }

  /** Places `r`; `owner` (an element id) lets that element's own label sit against it. */
  add(r: LabelRect, owner?: string): void {
    const entry = { rect: r, owner };
    for (const k of this.keys(r)) {
      const list = this.cells.get(k);
      if (list) list.push(entry);
      else this.cells.set(k, [entry]);
    }
  }
}
