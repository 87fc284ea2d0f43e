import { strToU8, zipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GraphData } from '../model/schema';
import { MAX_IMPORT_BYTES } from '../model/formats/limits';
import type { ImportMessage } from './importProtocol';
import { runImport } from './runImport';

/** A graphology JSON graph: a ring of `n` nodes, with or without positions. */
function ringJson(n: number, positions: boolean): string {
  return JSON.stringify({
    attributes: { title: 'Ring' },
    nodes: Array.from({ length: n }, (_, i) => ({
      key: `n${i}`,
      attributes: { label: `Node ${i}`, ...(positions ? { x: Math.cos(i), y: Math.sin(i) } : {}) },
    })),
    edges: Array.from({ length: n }, (_, i) => ({ source: `n${i}`, target: `n${(i + 1) % n}` })),
  });
}

const url = {
  kind: 'url',
  href: 'http://dossier.test/data/ring.json',
  name: 'ring.json',
  path: '/data/ring.json',
} as const;

afterEach(() => vi.unstubAllGlobals());

describe('the import worker’s run', () => {
  it('reads picked files with progress, parses and validates them', async () => {
    const posted: ImportMessage[] = [];
    const file = new File([ringJson(12, true)], 'ring.json');
    const result = await runImport({ source: { kind: 'files', files: [file] } }, (m) => posted.push(m));
    expect(result.ok && result.data.nodes.length).toBe(12);
    expect(result.ok && result.positions).toBe('file');
    const stages = posted.map((m) => (m.kind === 'progress' ? m.stage : m.kind));
    expect(stages).toEqual(expect.arrayContaining(['reading', 'parsing', 'validating']));
    expect(
      posted.find((m) => m.kind === 'progress' && m.stage === 'reading' && m.fraction === 1),
    ).toBeDefined();
  });

  it('downloads a URL itself, and names the address when the server refuses it', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (href: string) =>
        href === url.href
          ? new Response(ringJson(8, true), { headers: { 'content-length': '100' } })
          : new Response('nope', { status: 404, statusText: 'Not Found' }),
      ),
    );
    const ok = await runImport({ source: url }, () => {});
    expect(ok.ok && ok.data.nodes.map((n) => n.label).slice(0, 2)).toEqual(['Node 0', 'Node 1']);
    const missing = await runImport(
      { source: { ...url, href: 'http://dossier.test/data/gone.json', path: '/data/gone.json' } },
      () => {},
    );
    expect(missing).toEqual({
      ok: false,
      issues: [{ path: '/data/gone.json', message: 'the server answered 404 Not Found' }],
    });
  });

  it('refuses a download whose announced size is over the limit without reading it', async () => {
    const body = { read: 0 };
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        body.read += 1;
        controller.enqueue(new Uint8Array(16));
      },
    });
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () => new Response(stream, { headers: { 'content-length': String(MAX_IMPORT_BYTES + 1) } }),
      ),
    );
    const result = await runImport({ source: url }, () => {});
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues[0]).toMatchObject({
      path: '/data/ring.json',
      message: /is more than the 100 MB/,
    });
    expect(body.read).toBeLessThanOrEqual(1);
  });

  it('lays out a graph without positions, showing each step of the layout but the last', async () => {
    const steps: GraphData[] = [];
    const result = await runImport(
      { source: { kind: 'files', files: [new File([ringJson(30, false)], 'ring.json')] } },
      () => {},
      async (data) => void steps.push(structuredClone(data)),
    );
    expect(result.ok && result.positions).toBe('computed');
    expect(steps).toHaveLength(9);
    for (const step of steps)
      expect(step.nodes.every((n) => Number.isFinite(n.x) && Number.isFinite(n.y))).toBe(true);
    expect(result.ok && result.data.nodes.every((n) => Number.isFinite(n.x))).toBe(true);
  });

  it('reads a zip, picked or downloaded, as its bytes and opens the tables in it', async () => {
    const zip = zipSync({
      'edges.csv': strToU8('\uFEFFsource,target,relation\na,b,knows\nb,c,knows\n'),
      'nodes.csv': strToU8('\uFEFFid,label\na,Ann\nb,Bo\nc,Cy\n'),
    });
    const picked = await runImport(
      { source: { kind: 'files', files: [new File([zip], 'tables.zip')] } },
      () => {},
    );
    expect(picked.ok && picked.data.nodes.map((n) => n.label)).toEqual(['Ann', 'Bo', 'Cy']);
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(zip, { headers: { 'content-length': String(zip.length) } })),
    );
    const downloaded = await runImport(
      { source: { ...url, href: 'http://dossier.test/t.zip', name: 't.zip', path: '/t.zip' } },
      () => {},
    );
    expect(downloaded.ok && [downloaded.format, downloaded.data.edges.length]).toEqual(['csv', 2]);
    const tiny = await runImport({ source: { kind: 'files', files: [new File(['a,'], 'a.csv')] } }, () => {});
    expect(!tiny.ok && tiny.issues[0]?.message).toContain('its columns are "a"');
  });
});
