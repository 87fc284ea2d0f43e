import { unzipSync, type UnzipFileInfo } from 'fflate';
import type { DataIssue } from '../validate';
import type { ImportArchive, ImportFile } from './importTypes';
import { isGraphTable } from './csv';
import { MAX_IMPORT_BYTES, megabytes } from './limits';
import { sniff } from './sniff';

/** A zip's first bytes: a file's local header, or the end record of an empty archive. */
export const isZip = (bytes: Uint8Array): boolean =>
  bytes[0] === 0x50 &&
  bytes[1] === 0x4b &&
  ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6));

// Entries are chosen by name, the one thing a zip tells before they are unpacked: whatever is
// unpacked has been counted against the limit. Files named as graph files are opened as they are,
// so a broken one is named like a file picked alone; a .txt or .xml (a readme, an Office part) is
// opened only when its content is a graph: GEXF, GraphML, JSON, or a table with a graph's columns.
const GRAPH_NAME = /\.(csv|tsv|tab|json|gexf|graphml)$/i;
const MAYBE_GRAPH_NAME = /(\.(txt|xml)|(^|\/)[^./]+)$/i;
/** Folders, macOS resource forks, hidden files, Windows thumbnails. */
const NOT_A_FILE = /\/$|(^|\/)__MACOSX\/|(^|\/)\.[^/]*$|(^|\/)(Thumbs\.db|desktop\.ini)$/i;
/** Deflate and stored: the methods fflate unpacks (and every zip tool writes by default). */
const READABLE_METHODS = new Set([0, 8]);
const LISTED = 8;

/** A .txt or .xml file's content is a graph file's. */
function maybeGraph(text: string): boolean {
  // A name without ".xml" keeps sniff from sending any XML document to the GEXF reader.
  const kind = sniff(text, '').kind;
  return kind === 'csv' ? isGraphTable(text) : kind !== 'refused';
}

export type Unzipped = { ok: true; files: ImportFile[] } | { ok: false; issues: DataIssue[] };

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** What a zip holds, for a message: its first few names and how many more. */
function contents(names: readonly string[]): string {
  const shown = names.slice(0, LISTED).join(', ');
  return names.length > LISTED ? `${shown} and ${names.length - LISTED} more` : shown;
}

/** Office files are zips of XML: named as such, with what to do. */
function officeFile(names: readonly string[]): string | undefined {
  if (names.includes('[Content_Types].xml')) return 'an Excel, Word or PowerPoint file';
  if (names.includes('mimetype')) return 'an OpenDocument file (LibreOffice)';
  return undefined;
}

/**
 * The graph files in a ZIP archive, unpacked and decoded as UTF-8 text, each named "<entry> in
 * <archive>" so every message says which file inside the zip is wrong and where. Refuses, before
 * unpacking anything, an archive that cannot be read, holds no graph file (listing what it holds),
 * or whose graph files would unpack to more than `maxBytes` (a zip can hold far more than its size).
 */
export function unzipGraphFiles(archive: ImportArchive, maxBytes = MAX_IMPORT_BYTES): Unzipped {
  const refuse = (message: string, path = archive.name): Unzipped => ({
    ok: false,
    issues: [{ path, message }],
  });
  const entries: UnzipFileInfo[] = [];
  try {
    // Lists the entries from the central directory; unpacks nothing.
    unzipSync(archive.bytes, {
      filter: (info) => {
        entries.push(info);
        return false;
      },
    });
  } catch (error) {
    return refuse(`a ZIP archive that cannot be read (${reason(error)}): it may be damaged or cut short`);
  }
  const files = entries.filter((e) => !NOT_A_FILE.test(e.name));
  const names = files.map((e) => e.name);
  if (files.length === 0)
    return refuse('the ZIP archive holds no files: expected CSV tables, or a JSON, GEXF or GraphML file');
  const office = officeFile(names);
  if (office) return refuse(`this looks like ${office}, not a graph: save the sheet as CSV`);
  const candidates = files.filter((e) => GRAPH_NAME.test(e.name) || MAYBE_GRAPH_NAME.test(e.name));
  const nothing = () =>
    refuse(
      `the ZIP archive holds no graph file (CSV tables, or a JSON, GEXF or GraphML file); it holds ${contents(names)}`,
    );
  if (candidates.length === 0) return nothing();
  const total = candidates.reduce((sum, e) => sum + e.originalSize, 0);
  if (total > maxBytes)
    return refuse(
      `its files come to ${megabytes(total)} unpacked, more than the ${megabytes(maxBytes)} the explorer opens`,
    );
  const opened: ImportFile[] = [];
  for (const entry of candidates) {
    const name = `${entry.name} in ${archive.name}`;
    if (!READABLE_METHODS.has(entry.compression))
      return refuse(
        `packed with a compression method the explorer does not read (method ${entry.compression}): zip it again with ordinary (Deflate) compression`,
        name,
      );
    let bytes: Uint8Array | undefined;
    try {
      // One entry at a time, so a broken one is named. fflate writes into a buffer of the declared
      // size: an entry that unpacks to more is cut there, never grows past the limit.
      bytes = unzipSync(archive.bytes, { filter: (info) => info.name === entry.name })[entry.name];
    } catch (error) {
      return refuse(
        `could not be unpacked (${reason(error)}): the archive may be damaged or encrypted`,
        name,
      );
    }
    const text = new TextDecoder().decode(bytes ?? new Uint8Array(0));
    if (GRAPH_NAME.test(entry.name) || maybeGraph(text)) opened.push({ name, text });
  }
  return opened.length > 0 ? { ok: true, files: opened } : nothing();
}

/** Files as read, zips replaced by the graph files they hold (`unzipGraphFiles`). */
export function openArchives(
  files: readonly (ImportFile | ImportArchive)[],
  maxBytes = MAX_IMPORT_BYTES,
): Unzipped {
  const opened: ImportFile[] = [];
  for (const file of files) {
    if (!('bytes' in file)) {
      opened.push(file);
      continue;
    }
    const unzipped = unzipGraphFiles(file, maxBytes);
    if (!unzipped.ok) return unzipped;
    opened.push(...unzipped.files);
  }
  return { ok: true, files: opened };
}
