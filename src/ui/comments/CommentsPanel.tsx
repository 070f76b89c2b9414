/**
 * The Comments panel (in the inspector's place while open; loaded on first
 * use): a new thread on what is selected (a component, an edge, or one of
 * the edge's matrix rows), the threads on it, and every thread of the design
 * (open ones first; orphaned ones marked), each of which selects its thing.
 */
import { useMemo, useState } from 'react';
import { sameTarget, targetExists, targetText } from '../../model/review/comment-sheet';
import { edgeTargetId, MAX_AUTHOR, MAX_COMMENT_TEXT, type CommentTarget } from '../../model/review/comments';
import { rowEdge, threadsOf, type Thread } from '../../model/review/threads';
import { applyComment, newCommentId } from '../../store/comment-actions';
import { designCatalogue, useDesignStore } from '../../store/design-store';
import { useDerived } from '../../store/derived';
import { useRoomStore } from '../../store/room-store';
import { useSessionStore } from '../../store/session-store';
import { ThreadView } from './ThreadView';
import './comments.css';

/** What the selection lets one comment on: the chosen thing and the choices beside it. */
function useTargets(): { choices: CommentTarget[]; chosen: CommentTarget | undefined } {
  const focus = useSessionStore((s) => s.comments.focus);
  const selectedNodes = useSessionStore((s) => s.selectedNodes);
  const selectedEdge = useSessionStore((s) => s.selectedEdge);
  const components = useDesignStore((s) => s.design.components);
  const { rows } = useDerived();
  return useMemo(() => {
    let pair: string | undefined;
    if (focus?.kind === 'edge') pair = edgeTargetId(focus.id);
    else if (focus?.kind === 'row') pair = rows.find((r) => r.id === focus.id) && rowEdge(rows.find((r) => r.id === focus.id)!);
    else if (focus?.kind === 'component') return { choices: [focus], chosen: focus };
    else if (selectedEdge) pair = edgeTargetId(selectedEdge.replace('>', '~'));
    else if (selectedNodes.length === 1 && components.some((c) => c.id === selectedNodes[0])) {
      const target: CommentTarget = { kind: 'component', id: selectedNodes[0]! };
      return { choices: [target], chosen: target };
    }
    if (!pair) return { choices: [], chosen: undefined };
    const choices: CommentTarget[] = [
      { kind: 'edge', id: pair },
      ...rows.filter((r) => rowEdge(r) === pair).map((r): CommentTarget => ({ kind: 'row', id: r.id })),
    ];
    return { choices, chosen: focus?.kind === 'row' ? focus : choices[0] };
  }, [focus, selectedNodes, selectedEdge, components, rows]);
}

/** Where the author's name is remembered (src/io/preferences.ts, handed in by the App). */
export interface AuthorMemory {
  read(): string | undefined;
  write(name: string): void;
}

export function CommentsPanel({ memory }: { memory: AuthorMemory }) {
  const design = useDesignStore((s) => s.design);
  const threads = useMemo(() => threadsOf(design.comments), [design.comments]);
  const { rows } = useDerived();
  const { choices, chosen } = useTargets();
  const [picked, setPicked] = useState<string | undefined>(undefined);
  const target = choices.find((c) => `${c.kind}:${c.id}` === picked) ?? chosen;
  const [text, setText] = useState('');
  const [showResolved, setShowResolved] = useState(false);
  const selfName = useRoomStore((s) => s.peers.find((p) => p.clientId === s.selfId)?.name);
  const [named, setNamed] = useState(memory.read() !== undefined);
  const [name, setName] = useState(memory.read() ?? selfName ?? '');
  const names = useMemo(() => ({ components: design.components, catalogue: designCatalogue(design) }), [design]);
  const describe = (on: CommentTarget | undefined) => targetText(on, names, rows);

  /** The author: the name given once, remembered in this browser (and used as the room name). */
  const author = (): string | undefined => {
    const trimmed = name.trim().slice(0, MAX_AUTHOR);
    if (!trimmed) return undefined;
    if (!named) {
      memory.write(trimmed);
      setNamed(true);
      useRoomStore.getState().setDisplayName(trimmed);
    }
    return trimmed;
  };
  const post = () => {
    const by = author();
    if (!target || !by || text.trim() === '') return;
    const label = describe(target)
      .replace(/^[^:]*: /, '')
      .slice(0, 200);
    applyComment({
      type: 'add',
      comment: { id: newCommentId(), on: { ...target, label }, author: by, at: new Date().toISOString(), text: text.trim() },
    });
    setText('');
  };

  const here = target
    ? threads.filter((t) => t.on && choices.some((c) => sameTarget(c, t.on!)) && (target.kind !== 'component' || sameTarget(target, t.on)))
    : [];
  const open = threads.filter((t) => t.open);
  const listed = showResolved ? threads : open;
  const orphaned = (t: Thread) => !targetExists(t.on, design, rows);

  return (
    <div className="comments-panel">
      <header className="comments-head">
        <h2>Comments</h2>
        <span className="muted" aria-live="polite">
          {open.length} open
        </span>
        <span className="toolbar-gap" />
        <button
          type="button"
          aria-label="Show inspector"
          title="Close the comments and show the inspector"
          onClick={() => useSessionStore.getState().setComments({ open: false })}
        >
          Close
        </button>
      </header>
      {!named && (
        <label className="comment-name">
          Your name (shown with your comments)
          <input value={name} maxLength={MAX_AUTHOR} onChange={(e) => setName(e.target.value)} />
        </label>
      )}
      {target ? (
        <section className="comment-new" aria-label="Comments on the selection">
          <label>
            Comment on
            <select
              value={`${target.kind}:${target.id}`}
              onChange={(e) => setPicked(e.target.value)}
              disabled={choices.length < 2}
              aria-label="Comment on"
            >
              {choices.map((c) => (
                <option key={`${c.kind}:${c.id}`} value={`${c.kind}:${c.id}`}>
                  {describe(c)}
                </option>
              ))}
            </select>
          </label>
          <textarea
            aria-label="New comment"
            placeholder="Ask, note or request a change…"
            value={text}
            maxLength={MAX_COMMENT_TEXT}
            rows={3}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) post();
              e.stopPropagation();
            }}
          />
          <div className="comment-actions">
            <button type="button" className="primary" onClick={post} disabled={text.trim() === '' || name.trim() === ''}>
              Comment
            </button>
          </div>
          {here.map((t) => (
            <ThreadView key={t.id} thread={t} title={describe(t.on)} orphaned={false} author={author} />
          ))}
        </section>
      ) : (
        <p className="muted">Select a component, an edge or a matrix row to comment on it.</p>
      )}
      <section className="comment-list" aria-label="All comment threads">
        <div className="comment-list-head">
          <h3>{showResolved ? 'All threads' : 'Open threads'}</h3>
          <label>
            <input type="checkbox" checked={showResolved} onChange={(e) => setShowResolved(e.target.checked)} /> show resolved
          </label>
        </div>
        {listed.length === 0 && <p className="muted">{showResolved ? 'No comments yet.' : 'No open threads.'}</p>}
        <ul>
          {listed.map((t) => (
            <li key={t.id}>
              <button
                type="button"
                className={`thread-link${t.open ? '' : ' resolved'}`}
                onClick={() => select(t.on, rows)}
                title={orphaned(t) ? 'What this thread is about is no longer in the design' : 'Select what this thread is about'}
              >
                <span className="thread-on">
                  {describe(t.on)}
                  {orphaned(t) && <span className="tag orphaned">orphaned</span>}
                  {!t.open && <span className="tag">resolved</span>}
                </span>
                <span className="thread-first">
                  {t.root.author}: {t.root.text.slice(0, 120)}
                </span>
                {t.replies.length > 0 && (
                  <span className="muted">
                    {t.replies.length} repl{t.replies.length === 1 ? 'y' : 'ies'}
                  </span>
                )}
              </button>
              {orphaned(t) && <ThreadView thread={t} title={describe(t.on)} orphaned author={author} />}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

/** Selects what a thread is about, and keeps the panel on it. */
function select(on: CommentTarget | undefined, rows: ReturnType<typeof useDerived>['rows']) {
  if (!on) return;
  const session = useSessionStore.getState();
  if (on.kind === 'component') session.selectNodes([on.id]);
  else {
    const [a, b] = edgeTargetId(on.id).split('~');
    const row = on.kind === 'row' ? rows.find((r) => r.id === on.id) : rows.find((r) => rowEdge(r) === `${a}~${b}`);
    if (!row) return;
    session.selectEdge(`${row.source.componentId}>${row.destination.componentId}`);
  }
  session.setComments({ open: true, focus: on });
}
