import { EXPORT_BACKGROUNDS, type ExportBackground } from '../../view/export/exportInstance';
import { IMAGE_LIMITS } from '../../model/export/imageSize';
import { AUTO_EDGE_LABELS, edgeLabelsOn, MIN_WIDTH, SCALES, type ExportOptions } from './exportOptions';
import type { ExportScope } from './useExportScopes';

const BACKGROUND_LABELS: Record<ExportBackground, string> = {
  light: 'White',
  dark: 'Dark',
  transparent: 'Transparent',
};

/** Size (PNG), background, legend, caption and relation labels. */
export function ImageOptions({
  options,
  scope,
  onChange,
}: {
  options: ExportOptions;
  scope: ExportScope;
  onChange: (patch: Partial<ExportOptions>) => void;
}) {
  const png = options.format === 'png';
  return (
    <fieldset className="export-image-options">
      <legend>Picture</legend>
      {png && (
        <div className="export-row" role="group" aria-label="Size">
          <span className="export-row-label">Size</span>
          {SCALES.map((s) => (
            <label key={s}>
              <input
                type="radio"
                name="export-size"
                checked={options.sizeMode === 'scale' && options.scale === s}
                onChange={() => onChange({ sizeMode: 'scale', scale: s })}
              />
              {s}x
            </label>
          ))}
          <label>
            <input
              type="radio"
              name="export-size"
              checked={options.sizeMode === 'width'}
              onChange={() => onChange({ sizeMode: 'width' })}
            />
            Width
          </label>
          <input
            type="number"
            aria-label="Width in pixels"
            min={MIN_WIDTH}
            max={IMAGE_LIMITS.maxSide}
            step={10}
            value={options.width}
            onFocus={() => onChange({ sizeMode: 'width' })}
            onChange={(e) => onChange({ sizeMode: 'width', width: Number(e.target.value) })}
          />
          <span aria-hidden="true">px</span>
        </div>
      )}
      <div className="export-row" role="group" aria-label="Background">
        <span className="export-row-label">Background</span>
        {EXPORT_BACKGROUNDS.filter((b) => b !== 'transparent' || options.format !== 'pdf').map((b) => (
          <label key={b}>
            <input
              type="radio"
              name="export-background"
              checked={options.background === b}
              onChange={() => onChange({ background: b })}
            />
            {BACKGROUND_LABELS[b]}
          </label>
        ))}
      </div>
      <div className="export-row">
        <label>
          <input
            type="checkbox"
            checked={options.legend}
            onChange={(e) => onChange({ legend: e.target.checked })}
          />
          Legend
        </label>
        <label>
          <input
            type="checkbox"
            checked={options.caption}
            onChange={(e) => onChange({ caption: e.target.checked })}
          />
          Sources caption
        </label>
        <label title={`Shown by default up to ${AUTO_EDGE_LABELS} relations`}>
          <input
            type="checkbox"
            checked={edgeLabelsOn(options, scope)}
            onChange={(e) => onChange({ edgeLabels: e.target.checked })}
          />
          Relation labels
        </label>
      </div>
    </fieldset>
  );
}
