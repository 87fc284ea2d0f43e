import type { Core } from 'cytoscape';
import type { CanvasPalette } from '../palette';
import type { LayoutGuide } from './types';

export interface GuideOverlay {
  /** Replaces the guides drawn (an empty list clears them). */
  show(guides: readonly LayoutGuide[]): void;
  setPalette(palette: CanvasPalette): void;
  destroy(): void;
}

const SHIFT: Record<LayoutGuide['align'], string> = { start: '0', center: '-50%', end: '-100%' };
const ALIGN_FRACTION: Record<LayoutGuide['align'], number> = { start: 0, center: 0.5, end: 1 };

interface Drawn {
  guide: LayoutGuide;
  text: HTMLSpanElement;
  line: HTMLDivElement | undefined;
  /** The text's width in px, measured once when shown (its font never changes). */
  width: number;
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
    const taken: { x1: number; x2: number; y1: number; y2: number }[] = [];
    // Emphasised guides first: when texts collide (years close together when zoomed out), the
    // later, plainer one is hidden; its rule stays.
    const order = [...drawn].sort((a, b) => Number(!!b.guide.emphasis) - Number(!!a.guide.emphasis));
    for (const { guide, text, line, width } of order) {
      const x = guide.x * zoom + pan.x;
      const y = guide.y * zoom + pan.y;
      text.style.transform = `translate(${x}px, ${y}px) translate(${SHIFT[guide.align]}, -50%)`;
      const x1 = x - width * ALIGN_FRACTION[guide.align];
      const box = { x1, x2: x1 + width, y1: y - 8, y2: y + 8 };
      const free = !taken.some((o) => box.x1 < o.x2 && o.x1 < box.x2 && box.y1 < o.y2 && o.y1 < box.y2);
      text.style.visibility = free ? 'visible' : 'hidden';
      if (free) taken.push(box);
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
        return { guide, text, line, width: 0 };
      });
      for (const d of drawn) d.width = d.text.offsetWidth;
      paint();
      place();
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
