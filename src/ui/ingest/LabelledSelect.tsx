import { RELATIONS } from '../../model/vocabulary';

/** Every relation of the vocabulary, as options of a select (value and text alike). */
export const RELATION_OPTIONS = RELATIONS.map((v) => [v.relation, v.relation] as const);

/** One choice of the candidate editor: a label around a select of `options` (value, shown text). */
export function LabelledSelect({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string;
  options: readonly (readonly [value: string, text: string])[];
  onChange(value: string): void;
}) {
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}
