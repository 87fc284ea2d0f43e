import type { Modality } from '../../model/vocabulary';
import { LabelledSelect } from './LabelledSelect';

/** How a passage may state a relation, as the reviewer chooses it ('' is as happening). */
const STATED_AS = [
  ['', 'As happening'],
  ['planned', 'Planned (will, agreed to)'],
  ['possible', 'Possible (may, if)'],
  ['negated', 'Denied (did not, would not)'],
] as const;

/** The reviewer's say on how the text states a relation, so "would not suspend" is never a suspension. */
export function ModalityField({
  value,
  onChange,
}: {
  value: Modality | '';
  onChange(value: Modality | ''): void;
}) {
  return (
    <LabelledSelect
      label="Stated as"
      value={value}
      options={STATED_AS}
      onChange={(v) => onChange(v as Modality | '')}
    />
  );
}
