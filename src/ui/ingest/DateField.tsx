/** A date typed by the reviewer, as the vocabulary takes it (checked where it is used). */
export function DateField({
  value,
  onChange,
  optional = false,
}: {
  value: string;
  onChange(value: string): void;
  optional?: boolean;
}) {
  return (
    <label>
      Date
      <input
        type="text"
        inputMode="numeric"
        placeholder={`${optional ? 'optional: ' : ''}YYYY-MM-DD, YYYY-MM or YYYY`}
        value={value}
        onChange={(e) => onChange(e.target.value.trim())}
      />
    </label>
  );
}
