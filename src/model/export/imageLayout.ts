import { imageSize, type SizeChoice } from './imageSize';

/** Width of `text` drawn at `px` (bold or not), in layout units. */
export type MeasureText = (text: string, px: number, bold: boolean) => number;

/** What an exported image holds besides the graph. */
export interface ImageExtras {
  /** Node types present in the scope, in styling order, with their names. */
  legend: { type: string; label: string }[] | null;
  /** Whether the legend explains dashed (planned / possible) relations too. */
  dashed: boolean;
  /** The articles the exported relations come from, one line each. */
  caption: string[] | null;
}

export interface PlacedText {
  x: number;
  /** Baseline. */
  y: number;
  text: string;
  px: number;
  bold: boolean;
}

/** Where everything goes in an exported image, in layout units (multiplied by the export scale). */
export interface ImageLayout {
  width: number;
  height: number;
  graph: { x: number; y: number; width: number; height: number };
  /** Type swatches (centre and size) and the dashed-line sample, left to right. */
  swatches: { type: string; cx: number; cy: number; size: number }[];
  dashed: { x1: number; x2: number; y: number } | null;
  texts: PlacedText[];
}

export const IMAGE_MARGIN = 24;
/** A legend and caption need room to be read, however small the drawn graph. */
const MIN_FOOTER_WIDTH = 520;
const LEGEND_UNITS = { px: 13, swatch: 12, gap: 6, spacing: 20, line: 22, after: 6 } as const;
const CAPTION_UNITS = { px: 12, line: 17 } as const;
/** The smallest legend and caption text a picture may hold, in its pixels. */
export const FOOTER_MIN_PX = CAPTION_UNITS.px;

const scaled = <T extends Record<string, number>>(units: T, f: number) =>
  Object.fromEntries(Object.entries(units).map(([k, v]) => [k, v * f])) as { [K in keyof T]: number };

/**
 * How much to enlarge the legend and caption of a picture drawn at `scale` pixels per layout unit
 * so that their text is at least FOOTER_MIN_PX (below 1 at a scale above 1: `layoutImage` never
 * shrinks them).
 */
const footerScaleFor = (scale: number) => 1 / Math.max(scale, 1e-6);

/** Breaks `text` into lines no wider than `max`, at spaces (a word longer than a line stays whole). */
export function wrapText(text: string, max: number, px: number, measure: MeasureText): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line === '' ? word : `${line} ${word}`;
    if (line !== '' && measure(next, px, false) > max) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * Lays out the graph (`graphWidth`×`graphHeight`, its drawn bounding box) with a margin, and
 * below it the legend (wrapping onto more rows when narrow) and the caption (wrapped lines).
 * `footerScale` multiplies the legend's and caption's sizes (at least 1): a large graph drawn into
 * a small picture is scaled down, and its legend must still be read (see `layoutReadableImage`).
 */
export function layoutImage(
  graphWidth: number,
  graphHeight: number,
  extras: ImageExtras,
  measure: MeasureText,
  footerScale = 1,
): ImageLayout {
  const m = IMAGE_MARGIN;
  const f = Math.max(1, footerScale);
  const LEGEND = scaled(LEGEND_UNITS, f);
  const CAPTION = scaled(CAPTION_UNITS, f);
  const hasFooter = (extras.legend?.length ?? 0) > 0 || (extras.caption?.length ?? 0) > 0;
  const width = Math.max(graphWidth + 2 * m, hasFooter ? MIN_FOOTER_WIDTH * f : 0);
  const inner = width - 2 * m;
  const graph = { x: (width - graphWidth) / 2, y: m, width: graphWidth, height: graphHeight };
  const swatches: ImageLayout['swatches'] = [];
  const texts: PlacedText[] = [];
  let dashed: ImageLayout['dashed'] = null;
  let y = m + graphHeight + (hasFooter ? m : 0);

  const legend = extras.legend ?? [];
  if (legend.length > 0) {
    const items = [
      ...legend.map((l) => ({ ...l, sample: LEGEND.swatch })),
      ...(extras.dashed ? [{ type: '', label: 'Planned / possible', sample: 26 }] : []),
    ];
    let x = m;
    y += LEGEND.line / 2;
    for (const item of items) {
      const w = item.sample + LEGEND.gap + measure(item.label, LEGEND.px, false);
      if (x > m && x + w > m + inner) {
        x = m;
        y += LEGEND.line;
      }
      if (item.type === '') dashed = { x1: x, x2: x + item.sample, y };
      else swatches.push({ type: item.type, cx: x + item.sample / 2, cy: y, size: item.sample });
      texts.push({
        x: x + item.sample + LEGEND.gap,
        y: y + LEGEND.px * 0.35,
        text: item.label,
        px: LEGEND.px,
        bold: false,
      });
      x += w + LEGEND.spacing;
    }
    y += LEGEND.line / 2 + LEGEND.after;
  }

  const caption = extras.caption ?? [];
  if (caption.length > 0) {
    y += CAPTION.line;
    texts.push({ x: m, y, text: caption.length === 1 ? 'Source' : 'Sources', px: CAPTION.px, bold: true });
    for (const entry of caption) {
      for (const line of wrapText(entry, inner, CAPTION.px, measure)) {
        y += CAPTION.line;
        texts.push({ x: m, y, text: line, px: CAPTION.px, bold: false });
      }
    }
    y += CAPTION.line / 2;
  }
  return { width, height: y + m, graph, swatches, dashed, texts };
}

/**
 * `layoutImage` with the legend and caption enlarged to be read at the size the picture is judged
 * at (`readableAt`): a graph scaled down into a 900-pixel PNG keeps a legend and caption of at
 * least FOOTER_MIN_PX pixels. The footer's own height lowers the scale a little, so the
 * enlargement is measured again once on the laid-out picture.
 */
export function layoutReadableImage(
  graphWidth: number,
  graphHeight: number,
  extras: ImageExtras,
  measure: MeasureText,
  readableAt: SizeChoice,
): ImageLayout {
  const judged = (w: number, h: number) => imageSize(w, h, readableAt).scale;
  const first = layoutImage(
    graphWidth,
    graphHeight,
    extras,
    measure,
    footerScaleFor(judged(graphWidth + 2 * IMAGE_MARGIN, graphHeight + 2 * IMAGE_MARGIN)),
  );
  return layoutImage(
    graphWidth,
    graphHeight,
    extras,
    measure,
    footerScaleFor(judged(first.width, first.height)),
  );
}
