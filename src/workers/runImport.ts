import { importGraph } from '../model/formats/importGraph';
import type { ImportResult } from '../model/formats/importTypes';
import { placeWithForceAtlas } from '../model/forceAtlasPositions';
import { MAX_IMPORT_BYTES, type ImportMessage, type ImportRequest } from './importProtocol';

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;

/** Reads a file as UTF-8 text in chunks, reporting the share read. */
async function readText(file: File, onChunk: (read: number) => void): Promise<string> {
  const reader = file.stream().getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let read = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    read += value.byteLength;
    parts.push(decoder.decode(value, { stream: true }));
    onChunk(read);
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/**
 * The whole import, off the main thread: size check, reading, parsing and validation, then a
 * ForceAtlas2 layout when the file gave no positions. Posts progress, then the result.
 */
export async function runImport(request: ImportRequest, post: (m: ImportMessage) => void): Promise<void> {
  const total = request.files.reduce((sum, f) => sum + f.size, 0);
  if (total > MAX_IMPORT_BYTES) {
    const names = request.files.map((f) => f.name).join(', ');
    post({
      kind: 'done',
      result: {
        ok: false,
        issues: [
          {
            path: names,
            message: `${megabytes(total)} is more than the ${megabytes(MAX_IMPORT_BYTES)} the explorer opens`,
          },
        ],
      },
    });
    return;
  }
  let before = 0;
  const files = [];
  for (const file of request.files) {
    const text = await readText(file, (read) =>
      post({ kind: 'progress', stage: 'reading', fraction: total > 0 ? (before + read) / total : 1 }),
    );
    before += file.size;
    files.push({ name: file.name, text });
  }
  const result: ImportResult = importGraph(files, {
    ...(request.columns ? { columns: request.columns } : {}),
    onStage: (stage) => post({ kind: 'progress', stage }),
  });
  const target = result.ok ? result : result.validPart;
  if (target && target.positions === 'none' && target.data.nodes.length > 0) {
    post({ kind: 'progress', stage: 'laying out', fraction: 0 });
    placeWithForceAtlas(target.data, (fraction) => post({ kind: 'progress', stage: 'laying out', fraction }));
    target.positions = 'computed';
  }
  post({ kind: 'done', result });
}
