import { prefersReducedMotion } from '../../view/motion';

/**
 * Scrolls `scroller` so `target` sits in the middle of it (or, when taller than the view, starts
 * near its top). Only `scroller` moves, unlike scrollIntoView, which also scrolls the page.
 */
export function centreInView(scroller: HTMLElement, target: HTMLElement, smooth: boolean): void {
  const view = scroller.getBoundingClientRect();
  const box = target.getBoundingClientRect();
  const offset = box.top - view.top + scroller.scrollTop;
  const top = box.height > view.height * 0.8 ? offset - 24 : offset - (view.height - box.height) / 2;
  const behavior = smooth && !prefersReducedMotion() ? 'smooth' : 'instant';
  scroller.scrollTo({ top: Math.max(0, top), behavior });
}
