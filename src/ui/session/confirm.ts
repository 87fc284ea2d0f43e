import { useSyncExternalStore } from 'react';

/** A yes/no question for the confirm dialog, with an optional extra action that does not answer it. */
export interface Question {
  title: string;
  body: string;
  confirm: string;
  cancel: string;
  extra?: { label: string; run(): void };
}

let pending: { question: Question; resolve(yes: boolean): void } | null = null;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

/**
 * Asks the person through the app's confirm dialog (never `window.confirm`); resolves with the
 * answer. A new question replaces one still open, which counts as "no".
 */
export function askToConfirm(question: Question): Promise<boolean> {
  pending?.resolve(false);
  return new Promise((resolve) => {
    pending = { question, resolve };
    emit();
  });
}

/** Answers the open question (if any) and closes the dialog. */
export function answerQuestion(yes: boolean): void {
  const open = pending;
  pending = null;
  emit();
  open?.resolve(yes);
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
/** The question open right now, or null. */
export const openQuestion = (): Question | null => pending?.question ?? null;

/** The question open right now, or null, as React state. */
export function useOpenQuestion(): Question | null {
  return useSyncExternalStore(subscribe, openQuestion);
}
