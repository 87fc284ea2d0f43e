import { useEffect, useRef, useState } from 'react';
import type { Dataset } from '../../model/dataset';
import { EXPORT_FORMATS, exportFormat } from '../../model/export/formats';
import type { ExportScopeKind } from '../../model/export/scope';
import { commandTargets } from '../commands/commandTargets';
import { canCopyImages, copyPng, saveBlob } from './download';
import { buildExport, DEFAULT_OPTIONS, fileNameFor, isImage, type ExportOptions } from './exportOptions';
import { ImageOptions } from './ImageOptions';
import { ScopePicker } from './ScopePicker';
import { useExportScopes } from './useExportScopes';
import { useImagePreview } from './useImagePreview';

// The last options used, so the next export starts from them (not persisted across visits).
const remembered: { options: ExportOptions } = { options: DEFAULT_OPTIONS };

type Status = { kind: 'busy' | 'done' | 'error'; text: string } | null;

export function ExportForm({
  dataset,
  initialScope,
  onDone,
}: {
  dataset: Dataset;
  initialScope: ExportScopeKind;
  onDone: () => void;
}) {
  const scopes = useExportScopes(dataset);
  const [scopeKind, setScopeKind] = useState<ExportScopeKind>(
    initialScope === 'selection' && scopes.selection.elements.nodes.size === 0 ? 'view' : initialScope,
  );
  const [options, setOptionsState] = useState(remembered.options);
  const [status, setStatus] = useState<Status>(null);
  const setOptions = (patch: Partial<ExportOptions>) => {
    const next = { ...options, ...patch };
    setOptionsState(next);
    setStatus(null);
  };
  useEffect(() => {
    remembered.options = options;
  }, [options]);
  const scope = scopes[scopeKind];
  const image = isImage(options.format);
  const preview = useImagePreview(dataset, scope, options, true);
  const name = fileNameFor(dataset, scope, options.format, new Date());
  const empty = scope.elements.nodes.size === 0;

  // While a file is being made the buttons say so (aria-disabled) but stay focusable: a disabled
  // button drops the focus out of the dialog, and Escape then no longer reaches it.
  const busy = useRef(false);
  const run = async (action: 'download' | 'copy') => {
    const view = commandTargets.view;
    if (!view || busy.current) return;
    busy.current = true;
    setStatus({ kind: 'busy', text: image ? 'Drawing…' : 'Writing…' });
    try {
      if (action === 'copy') {
        const file = buildExport(dataset, scope, { ...options, format: 'png' }, view);
        await copyPng(file.then((f) => f.blob));
        setStatus({ kind: 'done', text: 'Copied the image to the clipboard.' });
        return;
      }
      const file = await buildExport(dataset, scope, options, view);
      saveBlob(file.blob, file.name);
      const px =
        file.plan && options.format === 'png'
          ? ` (${file.plan.size.width.toLocaleString('en-US')} × ${file.plan.size.height.toLocaleString('en-US')} px)`
          : '';
      setStatus({ kind: 'done', text: `Saved ${file.name}${px}.` });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setStatus({
        kind: 'error',
        text:
          action === 'copy'
            ? `The image could not be copied (${reason}). Download it instead.`
            : `The export failed: ${reason}`,
      });
    } finally {
      busy.current = false;
    }
  };

  return (
    <form
      className="export-form"
      onSubmit={(e) => {
        e.preventDefault();
        void run('download');
      }}
    >
      <div className="export-columns">
        <div className="export-settings">
          <ScopePicker scopes={scopes} value={scopeKind} onChange={setScopeKind} />
          <fieldset className="export-formats">
            <legend>Format</legend>
            {(['image', 'data'] as const).map((kind) => (
              <div
                key={kind}
                className="export-format-group"
                role="group"
                aria-label={kind === 'image' ? 'Pictures' : 'Data'}
              >
                {EXPORT_FORMATS.filter((f) => f.kind === kind).map((f) => (
                  <label key={f.id}>
                    <input
                      type="radio"
                      name="export-format"
                      value={f.id}
                      checked={options.format === f.id}
                      onChange={() => setOptions({ format: f.id })}
                    />
                    {f.label}
                  </label>
                ))}
              </div>
            ))}
          </fieldset>
          {image && <ImageOptions options={options} scope={scope} onChange={setOptions} />}
        </div>
        <div className="export-side">
          {image ? (
            <figure className="export-preview" aria-label="Preview">
              {preview.url ? (
                <img src={preview.url} alt={`Preview of the ${exportFormat(options.format).label}`} />
              ) : (
                <div className="export-preview-empty">
                  {empty ? 'Nothing to draw' : 'Drawing the preview…'}
                </div>
              )}
              <figcaption>
                <span data-testid="export-size">{preview.size}</span>
              </figcaption>
            </figure>
          ) : (
            <DataNote format={options.format} />
          )}
          {preview.labels && image && (
            <p className="export-labels" data-testid="export-labels">
              {preview.labels}
            </p>
          )}
          {preview.capped && image && (
            <p className="export-cap" role="status">
              {preview.capped}
            </p>
          )}
          {preview.error && <p className="export-error">{preview.error}</p>}
        </div>
      </div>
      <p className="export-file">
        File: <output data-testid="export-file-name">{name}</output>
      </p>
      <div className="export-actions">
        <p
          className={`export-status ${status?.kind ?? ''}`}
          role={status?.kind === 'error' ? 'alert' : 'status'}
        >
          {status?.text}
        </p>
        {options.format === 'png' && (
          <button
            type="button"
            disabled={empty}
            aria-disabled={status?.kind === 'busy'}
            onClick={() => {
              if (canCopyImages()) void run('copy');
              else
                setStatus({
                  kind: 'error',
                  text: 'This browser does not let web pages copy images. Download the PNG instead.',
                });
            }}
          >
            Copy image
          </button>
        )}
        <button type="button" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={empty} aria-disabled={status?.kind === 'busy'}>
          Download
        </button>
      </div>
    </form>
  );
}

const DATA_NOTES: Record<string, string> = {
  json: 'The exported entities and relations with their passages, positions as on screen and the article texts they cite: it opens in Dossier on its own, laid out as now.',
  gexf: 'For Gephi: type, relation, dates, modality, the quoted passages and their articles as attributes; positions and colours as on screen.',
  graphml:
    'For yEd, Cytoscape desktop, NetworkX: every field as a typed attribute, including the quoted passages and their articles.',
  csv: 'Two tables in a zip: entities, and relations (one row each, with its quoted passages and their articles).',
  citations:
    'Each relation with its exact quoted passages and the article each comes from (title, publisher, date), as Markdown.',
};

function DataNote({ format }: { format: string }) {
  return <p className="export-note">{DATA_NOTES[format]}</p>;
}
