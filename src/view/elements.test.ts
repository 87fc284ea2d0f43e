import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { edgeElement } from './elements';
import { buildStylesheet } from './stylesheet';

describe('edgeElement', () => {
  it('labels a relation the text denies as denied, and draws it dotted', () => {
    const evidence = [{ source: 'a1', start: 0, end: 5 }];
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: buildStylesheet(),
      elements: [
        { group: 'nodes', data: { id: 'kim' } },
        { group: 'nodes', data: { id: 'nk' } },
        edgeElement('denied', { relation: 'threatened', modality: 'negated', evidence }, 'kim', 'nk'),
        edgeElement('done', { relation: 'met with', evidence }, 'kim', 'nk'),
      ],
    });
    expect(cy.$id('denied').style('label')).toBe('not threatened');
    expect(cy.$id('denied').style('line-style')).toBe('dotted');
    expect(cy.$id('done').style('label')).toBe('met with');
    expect(cy.$id('denied').data('relation')).toBe('threatened'); // filters and panels read the relation
  });
});
