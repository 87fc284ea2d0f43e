import type { Ref } from 'react';
import type { KnowledgeGraph } from '../../model/dataset';
import type { SourceBlock, SourceRun, SourceSegment } from '../../model/text/sourceSegments';
import { CandidateMarkView } from './CandidateMarkView';
import { FurnitureBlock } from './FurnitureBlock';
import { MentionMark } from './MentionMark';

interface TextProps {
  text: string;
  graph: KnowledgeGraph;
  /** Entities to emphasise: the selected node, or both ends of the selected relation. */
  selected: ReadonlySet<string>;
}

function Segment({ segment, text, graph, selected }: TextProps & { segment: SourceSegment }) {
  const words = text.slice(segment.start, segment.end);
  const m = segment.mention;
  if (m?.candidate)
    return (
      <CandidateMarkView mark={m.candidate} node={m.node} type={m.type} selected={selected.has(m.node)}>
        {words}
      </CandidateMarkView>
    );
  if (!m || !graph.hasNode(m.node)) return words;
  return (
    <MentionMark
      node={m.node}
      entity={graph.getNodeAttributes(m.node)}
      words={text.slice(m.start, m.end)}
      selected={selected.has(m.node)}
    >
      {words}
    </MentionMark>
  );
}

function Run({ run, passageRef, ...props }: TextProps & { run: SourceRun; passageRef: Ref<HTMLElement> }) {
  const pieces = run.segments.map((s) => <Segment key={s.start} segment={s} {...props} />);
  if (!run.passage) return pieces;
  return (
    <mark className="source-passage" ref={passageRef} tabIndex={-1} data-testid="source-passage">
      {pieces}
    </mark>
  );
}

/**
 * The whole article text from prepared blocks, in one pass: plain strings for ordinary words,
 * a button per mention, one <mark> for the passage, folded blocks for site furniture. Line
 * breaks are the text's own (the container keeps white space).
 */
export function SourceText({
  blocks,
  passageRef,
  ...props
}: TextProps & { blocks: SourceBlock[]; passageRef: Ref<HTMLElement> }) {
  // Only the first passage run gets the ref (a passage is one run unless it crosses furniture).
  let refGiven = false;
  const runs = (block: SourceBlock) =>
    block.runs.map((run) => {
      const ref = run.passage && !refGiven ? passageRef : null;
      if (run.passage) refGiven = true;
      return <Run key={run.start} run={run} passageRef={ref} {...props} />;
    });
  return blocks.map((block, i) => {
    if (!block.furniture) return <span key={block.start}>{runs(block)}</span>;
    if (block.blank) {
      // The line breaks next to a folded block would only add empty lines around its box.
      const nextToBox = [blocks[i - 1], blocks[i + 1]].some((b) => b?.furniture && !b.blank);
      return nextToBox ? null : props.text.slice(block.start, block.end);
    }
    return (
      <FurnitureBlock
        key={block.start}
        text={props.text.slice(block.start, block.end)}
        forceOpen={block.runs.some((r) => r.passage)}
      >
        {runs(block)}
      </FurnitureBlock>
    );
  });
}
