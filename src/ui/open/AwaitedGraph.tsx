/**
 * The side panel while a graph opened from the address (`?graph=`) is on its way: what is coming,
 * instead of the stand-in graph's overview, which is not drawn.
 */
export function AwaitedGraph({ names }: { names: string }) {
  return (
    <article className="details overview" aria-label="Opening">
      <h2>{names}</h2>
      <p className="hint">
        Opening the graph from the address. A graph of over a thousand elements shows first as a picture; its
        nodes and relations can be clicked once it is drawn.
      </p>
    </article>
  );
}
