/** The shared room's strip under the toolbar: connection, who is here, links to hand out, Leave. */
import { useState } from 'react';
import { useRoomStore } from '../../store/room-store';
import { leaveRoom } from './room-commands';

const STATUS = { connecting: 'Connecting…', online: 'Live', offline: 'Offline', refused: 'Refused', reload: 'Reload needed' } as const;

function LinkField({ label, url }: { label: string; url: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <label className="room-link">
      {label}
      <input readOnly value={url} onFocus={(e) => e.currentTarget.select()} aria-label={label} />
      <button
        type="button"
        onClick={() =>
          void navigator.clipboard?.writeText(url).then(
            () => setCopied(true),
            () => setCopied(false),
          )
        }
      >
        {copied ? 'Copied' : 'Copy'}
      </button>
    </label>
  );
}

export default function RoomBar() {
  const status = useRoomStore((s) => s.status);
  const readOnly = useRoomStore((s) => s.readOnly);
  const links = useRoomStore((s) => s.links);
  const problem = useRoomStore((s) => s.problem);
  const peers = useRoomStore((s) => s.peers);
  const selfId = useRoomStore((s) => s.selfId);
  const [name, setName] = useState('');
  const rename = (value: string) => {
    setName(value);
    useRoomStore.getState().setDisplayName(value);
  };
  return (
    <div className="room-bar" role="region" aria-label="Shared room">
      <span className={`room-status ${status}`} role="status">
        {STATUS[status]}
        {readOnly && ' · read-only'}
      </span>
      <ul className="room-peers" aria-label="People in the room">
        {peers.map((p) => (
          <li
            key={p.clientId}
            style={{ borderColor: p.color }}
            title={p.selection.length ? `selected: ${p.selection.join(', ')}` : undefined}
          >
            <span className="room-dot" style={{ background: p.color }} />
            {p.name}
            {p.clientId === selfId && ' (you)'}
          </li>
        ))}
      </ul>
      <label className="room-name">
        Your name <input value={name} maxLength={40} placeholder="Guest" onChange={(e) => rename(e.target.value)} />
      </label>
      {links.edit && <LinkField label="Edit link" url={links.edit} />}
      {links.read && <LinkField label="Read-only link" url={links.read} />}
      <button type="button" onClick={() => void leaveRoom()} title="Stop sharing here; the design stays open as a local design">
        Leave room
      </button>
      {status === 'offline' && (
        <p className="room-banner" role="alert">
          You are offline. Keep working: your edits are kept in this browser and merge with the room when the connection returns.
        </p>
      )}
      {problem && (
        <p className="room-banner" role="alert">
          {problem}{' '}
          {status === 'reload' && (
            <button type="button" onClick={() => location.reload()}>
              Reload
            </button>
          )}
        </p>
      )}
    </div>
  );
}
