import type { TextRange } from '../../model/text/sourceSegments';

/**
 * The offsets in `text` of the words selected inside `root`, an element that renders `text` whole
 * and in order (the article viewer). Null when nothing there is selected, or when the count does
 * not land on the selected words (the element holds other text too).
 */
export function selectionOffsets(root: Element | null, text: string): TextRange | null {
  const sel = window.getSelection();
  if (!root || !sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.setStart(root, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const words = range.toString();
  const start = before.toString().length;
  const end = start + words.length;
  return words.trim() !== '' && text.slice(start, end) === words ? { start, end } : null;
}
