import { afterEach, describe, expect, it, vi } from 'vitest';
import { highlight } from './highlight';
import { HOVER_REST_MS, applyHover, createHoverTracker } from './hover';
import { elementIds, headlessCy as headless } from './headlessFixture';

const ids = elementIds;

describe('applyHover', () => {
  it('marks the node, its shown neighbourhood, dims the rest, and clears it all', () => {
    const cy = headless();
    cy.$('#nk, #lead').addClass('filtered-out'); // as the filters hide a node: with its edges
    applyHover(cy, cy.$id('kim'));
    expect(ids(cy, '.hover')).toEqual(['kim']);
    expect(ids(cy, '.hover-neighbour')).toEqual(['summit', 'went']);
    expect(ids(cy, '.hover-dim')).toEqual(['lead', 'met', 'nk', 'trump']);
    expect(Number(cy.$id('trump').style('opacity'))).toBeGreaterThan(0.2);
    applyHover(cy, null);
    expect(cy.$('.hover, .hover-neighbour, .hover-dim').length).toBe(0);
  });

  it('only names the hovered node while a selection is emphasised, even a faded one', () => {
    const cy = headless();
    highlight(cy, { kind: 'node', id: 'trump' });
    expect(cy.$id('nk').style('label')).toBe('');
    applyHover(cy, cy.$id('nk'));
    expect(ids(cy, '.hover')).toEqual(['nk']);
    expect(cy.$('.hover-neighbour, .hover-dim').length).toBe(0);
    expect(cy.$id('nk').style('label')).toBe('NK');
    expect(Number(cy.$id('nk').style('opacity'))).toBe(1);
  });
});

describe('createHoverTracker', () => {
  it('follows mouseover and mouseout on nodes, and re-marks after a change of emphasis', async () => {
    const cy = headless();
    const tracker = createHoverTracker(cy);
    cy.$id('trump').emit('mouseover');
    expect(ids(cy, '.hover-neighbour')).toEqual(['met', 'summit']);
    highlight(cy, { kind: 'node', id: 'kim' });
    tracker.refresh();
    expect(cy.$('.hover-neighbour').length).toBe(0);
    expect(ids(cy, '.hover')).toEqual(['trump']);
    cy.$id('trump').emit('mouseout');
    // Cleared once the task that reported it ends (another node may be entered in it).
    await Promise.resolve();
    expect(cy.$('.hover').length).toBe(0);
    tracker.destroy();
    cy.$id('trump').emit('mouseover');
    expect(cy.$('.hover').length).toBe(0);
  });

  it('moving straight from one node to the next restyles only what changes, then clears', async () => {
    const cy = headless();
    createHoverTracker(cy);
    cy.$id('trump').emit('mouseover');
    const restyled = new Set<string>();
    cy.on('style', (event) => void restyled.add((event.target as { id(): string }).id()));
    // As Cytoscape reports a move from one node onto another: out of the first, into the second.
    cy.$id('trump').emit('mouseout');
    cy.$id('kim').emit('mouseover');
    await Promise.resolve();
    expect(ids(cy, '.hover')).toEqual(['kim']);
    expect(ids(cy, '.hover-neighbour')).toEqual(['lead', 'nk', 'summit', 'went']);
    // "summit", a neighbour of both, is not touched (nor undimmed and dimmed in between).
    expect(restyled.has('summit')).toBe(false);
    expect(restyled.has('kim')).toBe(true);
    cy.$id('kim').emit('mouseout');
    await Promise.resolve();
    expect(cy.$('.hover, .hover-neighbour, .hover-dim').length).toBe(0);
  });

  describe('dims the rest only once the pointer rests', () => {
    afterEach(() => void vi.useRealTimers());

    it('marks a node at once and dims the rest after HOVER_REST_MS', () => {
      vi.useFakeTimers();
      const cy = headless();
      createHoverTracker(cy);
      cy.$id('trump').emit('mouseover');
      expect(ids(cy, '.hover')).toEqual(['trump']);
      expect(ids(cy, '.hover-neighbour')).toEqual(['met', 'summit']);
      expect(cy.$('.hover-dim').length).toBe(0);
      vi.advanceTimersByTime(HOVER_REST_MS - 1);
      expect(cy.$('.hover-dim').length).toBe(0);
      vi.advanceTimersByTime(1);
      expect(ids(cy, '.hover-dim')).toEqual(['kim', 'lead', 'nk', 'went']);
    });

    it('a node the pointer only passes over is never dimmed around', async () => {
      vi.useFakeTimers();
      const cy = headless();
      createHoverTracker(cy);
      const restyled = new Set<string>();
      cy.on('style', (event) => void restyled.add((event.target as { id(): string }).id()));
      cy.$id('kim').emit('mouseover');
      vi.advanceTimersByTime(HOVER_REST_MS / 2);
      cy.$id('kim').emit('mouseout');
      await Promise.resolve();
      expect(cy.$('.hover, .hover-neighbour').length).toBe(0);
      vi.advanceTimersByTime(HOVER_REST_MS * 2);
      expect(cy.$('.hover, .hover-neighbour, .hover-dim').length).toBe(0);
      // Nothing outside kim's neighbourhood was restyled (dimmed and undimmed) on the way.
      expect(restyled.has('trump')).toBe(false);
    });

    it('once dimmed, the dimming follows the pointer across a gap to the next node, and lifts after it leaves', async () => {
      vi.useFakeTimers();
      const cy = headless();
      createHoverTracker(cy);
      cy.$id('trump').emit('mouseover');
      vi.advanceTimersByTime(HOVER_REST_MS);
      cy.$id('trump').emit('mouseout');
      await Promise.resolve();
      // Over the gap: still dimmed around trump.
      vi.advanceTimersByTime(HOVER_REST_MS - 1);
      expect(ids(cy, '.hover-dim')).toEqual(['kim', 'lead', 'nk', 'went']);
      const restyled = new Set<string>();
      cy.on('style', (event) => void restyled.add((event.target as { id(): string }).id()));
      cy.$id('kim').emit('mouseover');
      // At once around kim, without waiting for a rest: only what changes is restyled.
      expect(ids(cy, '.hover')).toEqual(['kim']);
      expect(ids(cy, '.hover-dim')).toEqual(['met', 'trump']);
      expect(restyled.has('summit')).toBe(false);
      cy.$id('kim').emit('mouseout');
      await Promise.resolve();
      vi.advanceTimersByTime(HOVER_REST_MS - 1);
      expect(ids(cy, '.hover-dim')).toEqual(['met', 'trump']);
      vi.advanceTimersByTime(1);
      expect(cy.$('.hover, .hover-neighbour, .hover-dim').length).toBe(0);
    });
  });

  describe('a node moved from under a still pointer', () => {
    /** Hovers `id` with the pointer at its centre, as Cytoscape reports a move onto it. */
    const pointAt = (cy: ReturnType<typeof headless>, id: string) => {
      const node = cy.$id(id);
      node.emit('mouseover');
      cy.emit({ type: 'mousemove', renderedPosition: { ...node.renderedPosition() } } as never);
    };

    it('is no longer marked once the camera moves it away, but stays marked for a move it stays under', async () => {
      const cy = headless();
      createHoverTracker(cy);
      pointAt(cy, 'trump');
      cy.panBy({ x: 2, y: 0 });
      await Promise.resolve();
      expect(ids(cy, '.hover')).toEqual(['trump']);
      cy.panBy({ x: 300, y: 0 });
      await Promise.resolve();
      expect(cy.$('.hover, .hover-neighbour').length).toBe(0);
    });

    it('is no longer marked once a layout moves it away', async () => {
      const cy = headless();
      createHoverTracker(cy);
      pointAt(cy, 'kim');
      cy.$id('kim').position({ x: 500, y: 500 });
      await Promise.resolve();
      expect(cy.$('.hover, .hover-neighbour').length).toBe(0);
      // Another node moving does not end the hover of the one under the pointer.
      pointAt(cy, 'trump');
      cy.$id('kim').position({ x: 900, y: 900 });
      await Promise.resolve();
      expect(ids(cy, '.hover')).toEqual(['trump']);
    });
  });

  it('names a relation under the mouse even when its label was hidden to make room', () => {
    const cy = headless();
    const tracker = createHoverTracker(cy);
    const met = cy.$id('met');
    met.data('caption', 'met at').addClass('label-hidden');
    expect(met.style('label')).toBe('');
    met.emit('mouseover');
    expect(ids(cy, '.hover')).toEqual(['met']);
    expect(met.style('label')).toBe('met at');
    met.emit('mouseout');
    expect(cy.$('.hover').length).toBe(0);
    tracker.destroy();
  });
});
