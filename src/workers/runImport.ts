import { importGraph } from '../model/formats/importGraph';
import type { ImportResult } from '../model/formats/importTypes';
import { MAX_IMPORT_BYTES } from '../model/formats/limits';
import { forceAtlasSteps } from '../model/forceAtlasPositions';
import type { GraphData } from '../model/schema';
import { type ImportMessage, type ImportRequest, type ImportSource, tooBigMessage } from './importProtocol';

/**
 * Reads a stream (a file's, a download's) as UTF-8 text in chunks, reporting the bytes read; null,
 * having stopped reading, once more than MAX_IMPORT_BYTES came.
 */
async function readStream(
  stream: ReadableStream<Uint8Array>,
  onChunk: (read: number) => void,
): Promise<string | null> {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let read = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    read += value.byteLength;
    if (read > MAX_IMPORT_BYTES) {
      await reader.cancel();
      return null;
    }
    parts.push(decoder.decode(value, { stream: true }));
    onChunk(read);
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/** Downloads a same-origin URL as text, reporting the share read when the size is known. */
async function download(
  href: string,
  onChunk: (read: number, total: number | null) => void,
): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  const response = await fetch(href);
  if (!response.ok)
    return { ok: false, message: `the server answered ${response.status} ${response.statusText}` };
  const length = Number(response.headers.get('content-length'));
  const total = Number.isFinite(length) && length > 0 ? length : null;
  if (total !== null && total > MAX_IMPORT_BYTES) return { ok: false, message: tooBigMessage(total) };
  if (!response.body) return { ok: true, text: await response.text() };
  const text = await readStream(response.body, (read) => onChunk(read, total));
  return text === null ? { ok: false, message: tooBigMessage(null) } : { ok: true, text };
}

const refused = (path: string, message: string): ImportResult => ({ ok: false, issues: [{ path, message }] });

/** The files' or the URL's text, or why it could not be read. */
async function readSource(
  source: ImportSource,
  post: (m: ImportMessage) => void,
): Promise<{ ok: true; files: { name: string; text: string }[] } | { ok: false; result: ImportResult }> {
  if (source.kind === 'url') {
    try {
      const got = await download(source.href, (read, total) =>
        post({ kind: 'progress', stage: 'reading', ...(total ? { fraction: read / total } : {}) }),
      );
      return got.ok
        ? { ok: true, files: [{ name: source.name, text: got.text }] }
        : { ok: false, result: refused(source.path, got.message) };
    } catch (error) {
      return {
        ok: false,
        result: refused(source.path, error instanceof Error ? error.message : String(error)),
      };
    }
  }
  const total = source.files.reduce((sum, f) => sum + f.size, 0);
  if (total > MAX_IMPORT_BYTES)
    return { ok: false, result: refused(source.files.map((f) => f.name).join(', '), tooBigMessage(total)) };
  let before = 0;
  const files = [];
  for (const file of source.files) {
    // The files were measured above: they cannot run over the limit.
    const text =
      (await readStream(file.stream(), (read) =>
        post({ kind: 'progress', stage: 'reading', fraction: total > 0 ? (before + read) / total : 1 }),
      )) ?? '';
    before += file.size;
    files.push({ name: file.name, text });
  }
  return { ok: true, files };
}

/**
 * The whole import, off the main thread: size check, reading (or downloading), parsing and
 * validation, then a ForceAtlas2 layout when the file gave no positions (`onLayoutStep` can draw
 * it forming). Posts progress and returns the result (the worker posts it, after the first
 * picture where there is one).
 */
export async function runImport(
  request: ImportRequest,
  post: (m: ImportMessage) => void,
  /** After each step of the layout, with the document's positions the layout so far. */
  onLayoutStep: (data: GraphData) => Promise<void> = async () => {},
): Promise<ImportResult> {
  const read = await readSource(request.source, post);
  if (!read.ok) return read.result;
  const result: ImportResult = importGraph(read.files, {
    ...(request.columns ? { columns: request.columns } : {}),
    onStage: (stage) => post({ kind: 'progress', stage }),
  });
  const target = result.ok ? result : result.validPart;
  if (target && target.positions === 'none' && target.data.nodes.length > 0) {
    post({ kind: 'progress', stage: 'laying out', fraction: 0 });
    for (const fraction of forceAtlasSteps(target.data)) {
      post({ kind: 'progress', stage: 'laying out', fraction });
      if (fraction < 1 && result.ok) await onLayoutStep(target.data);
    }
    target.positions = 'computed';
  }
  return result;
}
