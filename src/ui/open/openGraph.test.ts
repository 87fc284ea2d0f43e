import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImportResult } from '../../model/formats/importTypes';
import { graphDataSchema } from '../../model/schema';
import { useAppStore } from '../../state/store';
import type { ImportMessage } from '../../workers/importProtocol';
import type { EarlyImport } from './earlyImport';

const harbour = graphDataSchema.parse({
  sources: [],
  nodes: [
    { id: 'a', label: 'Harbour master', type: 'person' },
    { id: 'b', label: 'Port authority', type: 'organization' },
  ],
  edges: [{ id: 'e', source: 'a', target: 'b', relation: 'leader of' }],
});

const result: ImportResult = {
  ok: true,
  format: 'bundle',
  data: harbour,
  skipped: [],
  columns: { typeColumn: null, relationColumn: null },
  positions: 'computed',
};

const ORIGIN = 'http://127.0.0.1:4173';
const PATH = '/data/harbour.json';

/** An early import (earlyImport.ts) whose worker already said everything before the app adopted it. */
function finishedEarlyImport(): EarlyImport & { terminated: boolean } {
  const said: ImportMessage[] = [
    { kind: 'progress', stage: 'reading', fraction: 1 },
    { kind: 'progress', stage: 'laying out', fraction: 1 },
    { kind: 'done', result },
  ];
  const early = {
    terminated: false,
    worker: {
      postMessage() {},
      terminate() {
        early.terminated = true;
      },
    } as unknown as Worker,
    source: { kind: 'url', href: ORIGIN + PATH, name: 'harbour.json', path: PATH } as const,
    adopt(handler: (message: ImportMessage) => void) {
      for (const message of said.splice(0)) handler(message);
    },
  };
  return early;
}

// The page's address (earlyImport.ts reads it when loaded: without ?graph= it starts no worker).
const page = () => vi.stubGlobal('location', new URL(`${ORIGIN}/`));
page();
const { openUrl } = await import('./openGraph');

describe('openUrl with the early worker', () => {
  beforeEach(() => {
    page();
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => setTimeout(callback, 0));
  });
  afterEach(() => vi.unstubAllGlobals());

  it('opens a file the worker finished before the app adopted it', async () => {
    const early = finishedEarlyImport();
    openUrl(PATH, Promise.resolve(), early);
    await vi.waitFor(() => expect(useAppStore.getState().importProgress).toBeNull());
    const { dataset, origin, importProblem } = useAppStore.getState();
    expect(importProblem).toBeNull();
    expect(dataset?.graph.order).toBe(2);
    expect(dataset?.graph.size).toBe(1);
    expect(origin).toEqual({ kind: 'url', url: PATH, format: expect.any(String) });
    expect(early.terminated).toBe(true);
  });
});
