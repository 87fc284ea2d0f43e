import type { NodeTypeStyle } from '../palette';

const polygon = (points: [number, number][]) =>
  `M ${points.map(([x, y]) => `${x.toFixed(2)} ${y.toFixed(2)}`).join(' L ')} Z`;

const around = (cx: number, cy: number, r: number, count: number, start: number, inner?: number) =>
  Array.from({ length: inner ? count * 2 : count }, (_, i): [number, number] => {
    const radius = inner && i % 2 === 1 ? inner : r;
    const angle = start + (i * 2 * Math.PI) / (inner ? count * 2 : count);
    return [cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)];
  });

/**
 * A legend swatch of a node shape as an SVG path (`size` across, centred on cx, cy), drawn the
 * same in the SVG (a <path>) and the PNG (a Path2D), so both legends show the canvas's shapes.
 */
export function shapePath(shape: NodeTypeStyle['shape'], cx: number, cy: number, size: number): string {
  const r = size / 2;
  switch (shape) {
    case 'ellipse':
      return `M ${cx - r} ${cy} A ${r} ${r} 0 1 0 ${cx + r} ${cy} A ${r} ${r} 0 1 0 ${cx - r} ${cy} Z`;
    case 'round-rectangle': {
      const k = r * 0.35;
      return (
        `M ${cx - r + k} ${cy - r} H ${cx + r - k} Q ${cx + r} ${cy - r} ${cx + r} ${cy - r + k} ` +
        `V ${cy + r - k} Q ${cx + r} ${cy + r} ${cx + r - k} ${cy + r} H ${cx - r + k} ` +
        `Q ${cx - r} ${cy + r} ${cx - r} ${cy + r - k} V ${cy - r + k} Q ${cx - r} ${cy - r} ${cx - r + k} ${cy - r} Z`
      );
    }
    case 'diamond':
      return polygon(around(cx, cy, r, 4, -Math.PI / 2));
    case 'triangle':
      return polygon(around(cx, cy + r * 0.15, r, 3, -Math.PI / 2));
    case 'hexagon':
      return polygon(around(cx, cy, r, 6, 0));
    case 'star':
      return polygon(around(cx, cy, r, 5, -Math.PI / 2, r * 0.45));
  }
}
