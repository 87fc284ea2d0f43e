import { describe, expect, it } from 'vitest';
import { setClass } from './classes';
import { headlessCy } from './headlessFixture';

describe('setClass', () => {
  it('restyles an element only when its classes change (toggleClass restyles it either way)', () => {
    const cy = headlessCy();
    const node = cy.nodes().first();
    let restyled = 0;
    cy.on('style', () => void restyled++);
    node.toggleClass('marked', false);
    expect(restyled).toBe(1);
    setClass(node, 'marked', false);
    expect(restyled).toBe(1);
    setClass(node, 'marked', true);
    expect([node.hasClass('marked'), restyled]).toEqual([true, 2]);
    setClass(node, 'marked', true);
    setClass(node, 'marked', false);
    expect([node.hasClass('marked'), restyled]).toEqual([false, 3]);
  });
});
