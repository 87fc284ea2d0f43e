/**
 * Traces a node's shape (the type shapes of palette.ts) centred on x, y with half-size r, as a new
 * subpath of `path`: callers batch many nodes into one path (the first picture, previewDraw.ts) or
 * draw one (the selection overlay). Works on a page canvas and on a worker's OffscreenCanvas.
 */
export function traceNodeShape(path: CanvasPath, shape: string, x: number, y: number, r: number): void {
  const polygon = (points: number, turn: number, inner?: number) => {
    const count = inner === undefined ? points : points * 2;
    for (let i = 0; i < count; i++) {
      const radius = inner !== undefined && i % 2 === 1 ? r * inner : r;
      const angle = turn + (i * 2 * Math.PI) / count;
      const px = x + radius * Math.cos(angle);
      const py = y + radius * Math.sin(angle);
      if (i === 0) path.moveTo(px, py);
      else path.lineTo(px, py);
    }
    path.closePath();
  };
  if (shape === 'round-rectangle') path.roundRect(x - r, y - r, 2 * r, 2 * r, r / 4);
  else if (shape === 'diamond') polygon(4, -Math.PI / 2);
  else if (shape === 'triangle') polygon(3, -Math.PI / 2);
  else if (shape === 'hexagon') polygon(6, 0);
  else if (shape === 'star') polygon(5, -Math.PI / 2, 0.45);
  else {
    path.moveTo(x + r, y);
    path.arc(x, y, r, 0, 2 * Math.PI);
  }
}
