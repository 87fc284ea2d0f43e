import { useMemo } from 'react';
import { typeDescriptor } from '../model/nodeTypes';
import { selectDataset, useAppStore } from '../state/store';
import { MAX_TYPE_SLOTS, OTHER_TYPE } from '../view/palette';
import { useNodeTypes, useTypeStyle } from './useNodeTypes';

export function Legend() {
  const types = useNodeTypes();
  const dataset = useAppStore(selectDataset);
  const dashed = useMemo(
    () => dataset?.graph.someEdge((_e, a) => a.modality === 'planned' || a.modality === 'possible') ?? false,
    [dataset],
  );
  const dotted = useMemo(
    () => dataset?.graph.someEdge((_e, a) => a.modality === 'negated') ?? false,
    [dataset],
  );
  const shown = types.slice(0, MAX_TYPE_SLOTS);
  const others = types.slice(MAX_TYPE_SLOTS);
  return (
    <div className="legend" role="group" aria-label="Legend">
      <ul>
        {shown.map((type) => (
          <LegendType key={type} type={type} />
        ))}
        {others.length > 0 && (
          <li title={others.join(', ')}>
            <span
              className="type-swatch shape-ellipse"
              style={{ background: OTHER_TYPE.color, borderColor: OTHER_TYPE.border }}
              aria-hidden="true"
            />
            {others.length} other types
          </li>
        )}
        {dashed && (
          <li title="A relation stated as planned or possible is drawn dashed">
            <span className="edge-swatch dashed" aria-hidden="true" />
            Planned / possible
          </li>
        )}
        {dotted && (
          <li title="A relation the text denies (“did not threaten”) is drawn dotted in red, its label starting “not”">
            <span className="edge-swatch negated" aria-hidden="true" />
            Denied
          </li>
        )}
      </ul>
    </div>
  );
}

function LegendType({ type }: { type: string }) {
  const { fileColour } = useTypeStyle(type);
  const note =
    fileColour && !fileColour.uniform ? ' (colours from the file, which vary: the most common is shown)' : '';
  return (
    <li title={`${typeDescriptor(type).description}${note}`}>
      <TypeSwatch type={type} />
      {typeDescriptor(type).label}
    </li>
  );
}

export function TypeSwatch({ type }: { type: string }) {
  const style = useTypeStyle(type);
  return (
    <span
      className={`type-swatch shape-${style.shape}`}
      style={{ background: style.color, borderColor: style.border }}
      aria-hidden="true"
    />
  );
}
