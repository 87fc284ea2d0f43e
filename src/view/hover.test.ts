import { describe, expect, it } from 'vitest';
import { highlight } from './highlight';
import { applyHover, createHoverTracker } from './hover';
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
