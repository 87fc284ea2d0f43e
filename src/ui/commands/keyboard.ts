const NOT_TYPED_INTO = new Set([
  'checkbox',
  'radio',
  'button',
  'submit',
  'reset',
  'range',
  'color',
  'file',
  'image',
]);

/** True when keys pressed in `element` are text being typed, so "/" or "f" is a character there. */
export function isTextField(element: EventTarget | null): boolean {
  if (!(element instanceof Element)) return false;
  if (element instanceof HTMLInputElement) return !NOT_TYPED_INTO.has(element.type);
  return element.closest('textarea, select, [contenteditable=""], [contenteditable="true"]') !== null;
}

/** A shortcut as people read it ("?", "Esc", "+") and how a key event is tested against it. */
export interface Shortcut {
  label: string;
  matches(event: KeyboardEvent): boolean;
}

/** A single key with no Ctrl/Alt/Meta (Shift is part of the character: "?" and "+"). */
export function key(label: string, ...keys: string[]): Shortcut {
  const accepted = new Set(keys.length > 0 ? keys : [label]);
  return {
    label,
    matches: (e) => !e.ctrlKey && !e.metaKey && !e.altKey && accepted.has(e.key),
  };
}
