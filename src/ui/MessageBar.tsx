/** Messages to the user: load problems, warnings, confirmations. Errors are announced to screen readers. */
import { useSessionStore } from '../store/session-store';
import { keepThisTabVersion, takeOtherTabVersion } from './autosave';

export function MessageBar() {
  const messages = useSessionStore((s) => s.messages);
  const storageProblem = useSessionStore((s) => s.storageProblem);
  const otherTab = useSessionStore((s) => s.otherTabDesign !== undefined);
  if (messages.length === 0 && !storageProblem && !otherTab) return null;
  return (
    <div className="messages">
      {storageProblem && (
        <div className="message warning" role="alert">
          {storageProblem}
        </div>
      )}
      {otherTab && (
        <div className="message warning" role="alert">
          This design was changed in another Portolan tab. This tab stops autosaving until you choose which version to keep.
          <button type="button" onClick={takeOtherTabVersion}>
            Load the other tab's version
          </button>
          <button type="button" onClick={keepThisTabVersion}>
            Keep this tab's version
          </button>
        </div>
      )}
      {messages.map((m) => (
        <div key={m.id} className={`message ${m.tone}`} role={m.tone === 'error' ? 'alert' : 'status'}>
          <span className="message-text">{m.text}</span>
          {m.details && m.details.length > 0 && (
            <ul className="message-details">
              {m.details.slice(0, 6).map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          )}
          {m.action && (
            <button
              type="button"
              onClick={() => {
                m.action!.run();
                useSessionStore.getState().dismiss(m.id);
              }}
            >
              {m.action.label}
            </button>
          )}
          <button
            type="button"
            className="dismiss"
            onClick={() => useSessionStore.getState().dismiss(m.id)}
            aria-label={`Dismiss: ${m.text}`}
          >
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}
