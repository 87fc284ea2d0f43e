import { useRef } from 'react';
import { useAppStore } from '../../state/store';
import { ModalDialog } from '../ModalDialog';
import { openBundledCorpus, openFiles } from './openGraph';
import './open.css';

const ACCEPT =
  '.json,.gexf,.graphml,.xml,.csv,.tsv,.txt,.zip,application/json,text/csv,text/xml,application/zip';

/** The Open dialog: choose files (or drop them anywhere), or go back to the bundled corpus. */
export function OpenDialog() {
  const open = useAppStore((s) => s.openDialog);
  const setOpen = useAppStore((s) => s.setOpenDialog);
  const origin = useAppStore((s) => s.origin);
  const input = useRef<HTMLInputElement>(null);

  return (
    <ModalDialog
      open={open}
      onClose={() => setOpen(false)}
      title="Open a graph"
      closeLabel="Close the Open dialog"
      className="open-dialog"
    >
      <p>
        <button type="button" className="open-primary" autoFocus onClick={() => input.current?.click()}>
          Choose files…
        </button>{' '}
        or drop them anywhere on the window.
      </p>
      <input
        ref={input}
        type="file"
        multiple
        accept={ACCEPT}
        hidden
        aria-label="Graph files"
        data-testid="open-file-input"
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          setOpen(false);
          void openFiles(files);
        }}
      />
      <dl className="open-formats">
        <dt>Dossier bundle (.json)</dt>
        <dd>A graph exported from this explorer, with its sources and passages.</dd>
        <dt>graphology JSON</dt>
        <dd>As sigma.js and graphology write it; positions, sizes and colours kept.</dd>
        <dt>GEXF 1.1–1.3 (Gephi)</dt>
        <dd>Attributes, and viz positions, colours and sizes.</dd>
        <dt>GraphML (yEd, Cytoscape, Gephi)</dt>
        <dd>Keys and data; yEd labels, positions and fill colours.</dd>
        <dt>CSV</dt>
        <dd>
          An edge list (source, target, optional relation or label, date, …), with its node list (id, label,
          type, …) if you have one: pick or drop both together.
        </dd>
        <dt>ZIP</dt>
        <dd>The CSV tables this explorer exports, or any zip of such tables or of one graph file above.</dd>
      </dl>
      <p className="hint">
        The format is read from the content. Files up to 100 MB; big ones load in the background.
      </p>
      {origin.kind !== 'bundled' && (
        <p>
          <button
            type="button"
            onClick={() => {
              setOpen(false);
              void openBundledCorpus();
            }}
          >
            Open the bundled corpus
          </button>{' '}
          <span className="hint">
            Inter-Korean relations, 2014–2021, with its articles (and those you added to it).
          </span>
        </p>
      )}
    </ModalDialog>
  );
}
