import { importGraph } from '../model/formats/importGraph';
import type { ImportArchive, ImportFile, ImportResult } from '../model/formats/importTypes';
import { MAX_IMPORT_BYTES } from '../model/formats/limits';
import { isZip } from '../model/formats/zip';
import { forceAtlasSteps } from '../model/forceAtlasPositions';
import type { GraphData } from '../model/schema';
import { type ImportMessage, type ImportRequest, type ImportSource, tooBigMessage } from './importProtocol';

/** A file as read: text, or a zip's bytes (importGraph opens the graph files in it). */
type ReadFile = ImportFile | ImportArchive;
type Content = { text: string } | { bytes: Uint8Array };

/** A zip is told by its first four bytes. */
const ZIP_MAGIC_BYTES = 4;

function joined(chunks: readonly Uint8Array[]): Uint8Array {
  const all = new Uint8Array(chunks.reduce((sum, c) => sum + c.byteLength, 0));
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  return all;
}

/**
 * Reads a stream (a file's, a download's) in chunks, reporting the bytes read: as UTF-8 text,
 * decoded as it comes, or as bytes when it starts like a zip. Null, having stopped reading, once
 * more than MAX_IMPORT_BYTES came.
 */
async function readStream(
  stream: ReadableStream<Uint8Array>,
  onChunk: (read: number) => void,
): Promise<Content | null> {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  // The first chunks until a zip can be told, then all of a zip's.
  const kept: Uint8Array[] = [];
  let zip: boolean | undefined;
  let read = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    read += value.byteLength;
    if (read > MAX_IMPORT_BYTES) {
      await reader.cancel();
      return null;
    }
    if (zip === false) parts.push(decoder.decode(value, { stream: true }));
    else {
      kept.push(value);
      if (zip === undefined && read >= ZIP_MAGIC_BYTES) {
        zip = isZip(joined(kept));
        if (!zip) for (const chunk of kept.splice(0)) parts.push(decoder.decode(chunk, { stream: true }));
      }
    }
    onChunk(read);
  }
  if (zip) return { bytes: joined(kept) };
  // A file shorter than a zip's signature is still in `kept`.
  for (const chunk of kept) parts.push(decoder.decode(chunk, { stream: true }));
  parts.push(decoder.decode());
  return { text: parts.join('') };
}

/** Downloads a same-origin URL (text, or a zip), reporting the share read when the size is known. */
async function download(
  href: string,
  onChunk: (read: number, total: number | null) => void,
): Promise<({ ok: true } & Content) | { ok: false; message: string }> {
  const response = await fetch(href);
  if (!response.ok)
    return { ok: false, message: `the server answered ${response.status} ${response.statusText}` };
  const length = Number(response.headers.get('content-length'));
  const total = Number.isFinite(length) && length > 0 ? length : null;
  if (total !== null && total > MAX_IMPORT_BYTES) return { ok: false, message: tooBigMessage(total) };
  const body = response.body ?? new Blob([await response.arrayBuffer()]).stream();
  const content = await readStream(body, (read) => onChunk(read, total));
  return content === null ? { ok: false, message: tooBigMessage(null) } : { ok: true, ...content };
}

const refused = (path: string, message: string): ImportResult => ({ ok: false, issues: [{ path, message }] });

/** The files' or the URL's content, or why it could not be read. */
async function readSource(
  source: ImportSource,
  post: (m: ImportMessage) => void,
): Promise<{ ok: true; files: ReadFile[] } | { ok: false; result: ImportResult }> {
  if (source.kind === 'url') {
    try {
      const got = await download(source.href, (read, total) =>
        post({ kind: 'progress', stage: 'reading', ...(total ? { fraction: read / total } : {}) }),
      );
      if (!got.ok) return { ok: false, result: refused(source.path, got.message) };
      const { ok: _ok, ...content } = got;
      return { ok: true, files: [{ name: source.name, ...content }] };
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
  const files: ReadFile[] = [];
  for (const file of source.files) {
    // The files were measured above: they cannot run over the limit.
    const content = (await readStream(file.stream(), (read) =>
      post({ kind: 'progress', stage: 'reading', fraction: total > 0 ? (before + read) / total : 1 }),
    )) ?? { text: '' };
    before += file.size;
    files.push({ name: file.name, ...content });
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
