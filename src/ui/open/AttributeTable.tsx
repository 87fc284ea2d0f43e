import type { ExtraAttributes } from '../../model/dataset';

/** An imported element's attributes as the file gave them, as text. */
export function AttributeTable({ attributes }: { attributes: ExtraAttributes | undefined }) {
  const entries = Object.entries(attributes ?? {});
  if (entries.length === 0) return null;
  return (
    <section aria-label="Attributes" className="attributes">
      <h3>Attributes</h3>
      <table className="attribute-table">
        <tbody>
          {entries.map(([key, value]) => (
            <tr key={key}>
              <th scope="row">{key}</th>
              <td>{value === null ? '—' : String(value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
