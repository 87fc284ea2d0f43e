import { describe, expect, it } from 'vitest';
import type { Display } from '../model/neighbourhood';
import { EDGE_FADED, EDGE_HIDDEN, EDGE_ON_PATH, EDGE_SHOWN, edgeStates } from './edgeStates';

const part = (nodes: string[], edges: string[]) => ({ nodes: new Set(nodes), edges: new Set(edges) });
const ids = ['e1', 'e2', 'e3', 'e4'];

describe('edgeStates (how the large-graph edge layer draws each edge)', () => {
  it('shows every edge without filters, focus or paths', () => {
    expect([...edgeStates(ids, null)]).toEqual([EDGE_SHOWN, EDGE_SHOWN, EDGE_SHOWN, EDGE_SHOWN]);
  });

  it('hides what the filters leave out and fades what a fade-mode focus leaves out', () => {
    const display: Display = {
      shown: part([], ['e1', 'e2', 'e3']),
      inside: part([], ['e1']),
      path: null,
    };
    expect([...edgeStates(ids, display)]).toEqual([EDGE_SHOWN, EDGE_FADED, EDGE_FADED, EDGE_HIDDEN]);
  });

  it('draws a traced path over the rest, which fades, and never shows a hidden edge', () => {
    const display: Display = {
      shown: part([], ['e1', 'e2', 'e3']),
      inside: null,
      path: part([], ['e2', 'e4']),
    };
    expect([...edgeStates(ids, display)]).toEqual([EDGE_FADED, EDGE_ON_PATH, EDGE_FADED, EDGE_HIDDEN]);
  });
});
