/** The stable id of an edge: its ends, relation and date, e.g. "kim-jong-un--leader-of--north-korea". */
export function edgeId(edge: { source: string; relation: string; target: string; date?: string }): string {
  const slug = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
  const parts = [edge.source, slug(edge.relation), edge.target];
  if (edge.date !== undefined) parts.push(slug(edge.date));
  return parts.join('--');
}
