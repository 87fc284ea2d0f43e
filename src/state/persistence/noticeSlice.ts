import type { StateCreator } from 'zustand';

/** What the person should know about their saved session (it could not be restored, or not saved). */
export interface SessionNoticeState {
  sessionNotice: string | null;
}

export interface SessionNoticeActions {
  /** Shows a notice; null dismisses it. */
  setSessionNotice(notice: string | null): void;
}

export const createSessionNoticeSlice: StateCreator<
  SessionNoticeState & SessionNoticeActions,
  [],
  [],
  SessionNoticeState & SessionNoticeActions
> = (set) => ({
  sessionNotice: null,
  setSessionNotice: (sessionNotice) => set({ sessionNotice }),
});

export const selectSessionNotice = (s: SessionNoticeState) => s.sessionNotice;
export const selectSetSessionNotice = (s: SessionNoticeActions) => s.setSessionNotice;
