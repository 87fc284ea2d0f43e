import { memo, type CSSProperties, type KeyboardEvent } from 'react';
import type { NodeAttributes } from '../../model/dataset';
import { formatIsoDate } from '../../model/dates';
import { typeDescriptor } from '../../model/nodeTypes';
import { useAppStore } from '../../state/store';
import { useTypeStyle } from '../useNodeTypes';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** "Kim Jong Un, actor"; when the text words it otherwise: "Seoul (South Korea, actor)". */
export function mentionName(words: string, entity: Pick<NodeAttributes, 'label' | 'type'>): string {
  const type = typeDescriptor(entity.type).label.toLowerCase();
  return squash(words) === squash(entity.label)
    ? `${entity.label}, ${type}`
    : `${words.trim()} (${entity.label}, ${type})`;
}

function mentionTitle(entity: NodeAttributes): string {
  const type = typeDescriptor(entity.type).label;
  const kind = entity.kind ? ` · ${entity.kind}` : '';
  const date = entity.date ? ` · event date ${formatIsoDate(entity.date)}` : '';
  return `${entity.label} (${type}${kind})${date}: select in the graph`;
}

interface MentionMarkProps {
  node: string;
  entity: NodeAttributes;
  /** The mention's whole wording, for its name (this piece may be part of it). */
  words: string;
  /** The words of this piece. */
  children: string;
  selected: boolean;
}

/**
 * A name in the article that is a graph entity: a keyboard-focusable button that selects it.
 * A span with role="button" rather than a <button>, because a button cannot wrap across lines
 * the way running text does.
 */
export const MentionMark = memo(function MentionMark({
  node,
  entity,
  words,
  children,
  selected,
}: MentionMarkProps) {
  const typeColor = useTypeStyle(entity.type).color;
  const pick = () => useAppStore.getState().select({ kind: 'node', id: node });
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault(); // Space would scroll the article
    pick();
  };
  return (
    <span
      role="button"
      tabIndex={0}
      className={`mention${selected ? ' is-selected' : ''}`}
      style={{ '--type-color': typeColor } as CSSProperties}
      aria-label={mentionName(words, entity)}
      title={mentionTitle(entity)}
      onClick={pick}
      onKeyDown={onKeyDown}
    >
      {children}
    </span>
  );
});
