import { Fragment } from 'react';
import type { KnowledgeGraph } from '../../model/dataset';
import type { PathLink, PathStep } from '../../model/paths';
import { TypeSwatch } from '../Legend';

/** An entity's name with its type marker, as plain text: inside the Paths panel a name is not a link away. */
export function EntityName({ graph, id }: { graph: KnowledgeGraph; id: string }) {
  const attrs = graph.getNodeAttributes(id);
  return (
    <span className="path-entity">
      <TypeSwatch type={attrs.type} />
      {attrs.label}
    </span>
  );
}

/**
 * The relations of one step as arrows in the walking direction: "—praised→" when the relation reads
 * from the step's start, "←leader of—" when it reads from its end. Parallel relations that read the
 * same way share one arrow.
 */
function StepArrows({ graph, links }: { graph: KnowledgeGraph; links: PathLink[] }) {
  const names = (forward: boolean) => [
    ...new Set(
      links.filter((l) => l.forward === forward).map((l) => graph.getEdgeAttribute(l.edge, 'relation')),
    ),
  ];
  const ahead = names(true);
  const back = names(false);
  return (
    <span className="path-arrows">
      {ahead.length > 0 && <span className="path-arrow">—{ahead.join(', ')}→</span>}
      {back.length > 0 && <span className="path-arrow">←{back.join(', ')}—</span>}
    </span>
  );
}

/** A whole path on one line: "Moon Jae-in —praised→ Donald Trump —participated in→ Hanoi summit". */
export function PathChain({ graph, steps }: { graph: KnowledgeGraph; steps: PathStep[] }) {
  const first = steps[0];
  if (!first) return null;
  return (
    <span className="path-chain">
      <EntityName graph={graph} id={first.from} />
      {steps.map((step, i) => (
        <Fragment key={i}>
          {' '}
          <StepArrows graph={graph} links={step.links} /> <EntityName graph={graph} id={step.to} />
        </Fragment>
      ))}
    </span>
  );
}
