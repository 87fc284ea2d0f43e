import type { Core } from 'cytoscape';
import type { CanvasPalette } from '../palette';
import type { LayoutGuide } from './types';

export interface GuideOverlay {
  /** Replaces the guides drawn (an empty list clears them). */
  show(guides: readonly LayoutGuide[]): void;
  /** The screen boxes (canvas pixels) of the guide texts shown at the current zoom and pan. */
  textBoxes(): GuideBox[];
  setPalette(palette: CanvasPalette): void;
  destroy(): void;
}

const SHIFT: Record<LayoutGuide['align'], string> = { start: '0', center: '-50%', end: '-100%' };
const ALIGN_FRACTION: Record<LayoutGuide['align'], number> = { start: 0, center: 0.5, end: 1 };

interface Drawn {
  guide: LayoutGuide;
  text: HTMLSpanElement;
  line: HTMLDivElement | undefined;
  /** The text's box in px, measured once when shown (its font never changes). */
  width: number;
  height: number;
}

export interface GuideBox {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
}

/**
 * Where each guide's text goes on screen at this zoom and pan, and whether it is shown: emphasised
 * guides first; when texts collide (years close together when zoomed out), the later, plainer one
 * is hidden (its rule stays).
 */
export function placeGuideTexts<T extends { guide: LayoutGuide; width: number; height: number }>(
  guides: readonly T[],
  zoom: number,
  pan: { x: number; y: number },
): { item: T; x: number; y: number; box: GuideBox; shown: boolean }[] {
  const taken: GuideBox[] = [];
  const order = [...guides].sort((a, b) => Number(!!b.guide.emphasis) - Number(!!a.guide.emphasis));
  return order.map((item) => {
    const x = item.guide.x * zoom + pan.x;
    const y = item.guide.y * zoom + pan.y;
    const x1 = x - item.width * ALIGN_FRACTION[item.guide.align];
    const box = { x1, x2: x1 + item.width, y1: y - item.height / 2, y2: y + item.height / 2 };
    const shown = !taken.some((o) => box.x1 < o.x2 && o.x1 < box.x2 && box.y1 < o.y2 && o.y1 < box.y2);
    if (shown) taken.push(box);
    return { item, x, y, box, shown };
  });
}

/**
 * Layout guides (timeline years, band and level names) as DOM text over the canvas: it stays
 * crisp and at a readable screen size whatever the zoom, and follows pan and zoom once per frame.
 * Decorative for assistive technology (the canvas is not readable by it either), hence aria-hidden.
 */
export function createGuideOverlay(cy: Core, container: HTMLElement, palette: CanvasPalette): GuideOverlay {
  const root = document.createElement('div');
  root.className = 'layout-guides';
  root.setAttribute('aria-hidden', 'true');
  Object.assign(root.style, {
    position: 'absolute',
    inset: '0',
    overflow: 'hidden',
    pointerEvents: 'none',
    zIndex: '1',
    font: '12px Inter, system-ui, sans-serif',
  });
  container.appendChild(root);
  let drawn: Drawn[] = [];
  let colours = palette;

  const paint = () => {
    root.style.color = colours.guideText;
    for (const { line } of drawn) if (line) line.style.background = colours.guideLine;
  };

  const place = () => {
    const zoom = cy.zoom();
    const pan = cy.pan();
    for (const { item, x, y, shown } of placeGuideTexts(drawn, zoom, pan)) {
      const { guide, text, line } = item;
      text.style.transform = `translate(${x}px, ${y}px) translate(${SHIFT[guide.align]}, -50%)`;
      text.style.visibility = shown ? 'visible' : 'hidden';
      if (line && guide.line) {
        line.style.transform = `translate(${x}px, ${guide.line.y1 * zoom + pan.y}px)`;
        line.style.height = `${Math.max(0, (guide.line.y2 - guide.line.y1) * zoom)}px`;
      }
    }
  };

  let frame = 0;
  const schedule = () => {
    if (frame || !drawn.length) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      place();
    });
  };
  cy.on('viewport resize', schedule);

  return {
    show(guides) {
      root.replaceChildren();
      drawn = guides.map((guide) => {
        let line: HTMLDivElement | undefined;
        if (guide.line) {
          line = document.createElement('div');
          Object.assign(line.style, { position: 'absolute', left: '0', top: '0', width: '1px' });
          root.appendChild(line);
        }
        const text = document.createElement('span');
        text.textContent = guide.text;
        Object.assign(text.style, {
          position: 'absolute',
          left: '0',
          top: '0',
          whiteSpace: 'nowrap',
          padding: '0 6px',
          fontWeight: guide.emphasis ? '600' : '500',
          letterSpacing: guide.emphasis ? '0.04em' : '0',
          textTransform: guide.emphasis ? 'uppercase' : 'none',
        });
        root.appendChild(text);
        return { guide, text, line, width: 0, height: 0 };
      });
      for (const d of drawn) {
        d.width = d.text.offsetWidth;
        d.height = d.text.offsetHeight;
      }
      paint();
      place();
    },
    textBoxes() {
      return placeGuideTexts(drawn, cy.zoom(), cy.pan())
        .filter((p) => p.shown)
        .map((p) => p.box);
    },
    setPalette(next) {
      colours = next;
      paint();
    },
    destroy() {
      cancelAnimationFrame(frame);
      cy.off('viewport resize', schedule);
      root.remove();
    },
  };
}
