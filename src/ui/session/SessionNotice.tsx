import { useAppStore } from '../../state/store';
import { selectSessionNotice, selectSetSessionNotice } from '../../state/persistence/noticeSlice';
import './session.css';

/** What the person should know about their saved session, until they dismiss it. */
export function SessionNotice() {
  const notice = useAppStore(selectSessionNotice);
  const setNotice = useAppStore(selectSetSessionNotice);
  if (!notice) return null;
  return (
    <div role="status" className="session-notice">
      <p>{notice}</p>
      <button type="button" onClick={() => setNotice(null)}>
        Dismiss
      </button>
    </div>
  );
}
