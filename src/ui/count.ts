/** "1 article", "3 articles", "1,285 nodes": a count and its noun, in the right number. */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}
