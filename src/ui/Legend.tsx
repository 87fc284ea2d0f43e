import { typeDescriptor } from '../model/nodeTypes';
import { useNodeTypes, useTypeStyle } from './useNodeTypes';

export function Legend() {
  const types = useNodeTypes();
  return (
    <div className="legend" role="group" aria-label="Legend">
      <ul>
        {types.map((type) => (
          <li key={type} title={typeDescriptor(type).description}>
            <TypeSwatch type={type} />
            {typeDescriptor(type).plural}
          </li>
        ))}
        <li title="A relation stated as planned or possible is drawn dashed">
          <span className="edge-swatch dashed" aria-hidden="true" />
          Planned / possible
        </li>
      </ul>
    </div>
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
