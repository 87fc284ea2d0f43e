import { NODE_TYPES, NODE_TYPE_DESCRIPTORS } from '../model/nodeTypes';
import { NODE_TYPE_STYLES } from '../view/palette';

export function Legend() {
  return (
    <div className="legend" role="group" aria-label="Legend">
      <ul>
        {NODE_TYPES.map((type) => (
          <li key={type} title={NODE_TYPE_DESCRIPTORS[type].description}>
            <TypeSwatch type={type} />
            {NODE_TYPE_DESCRIPTORS[type].plural}
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

export function TypeSwatch({ type }: { type: keyof typeof NODE_TYPE_STYLES }) {
  const style = NODE_TYPE_STYLES[type];
  return (
    <span
      className={`type-swatch shape-${style.shape}`}
      style={{ background: style.color, borderColor: style.border }}
      aria-hidden="true"
    />
  );
}
