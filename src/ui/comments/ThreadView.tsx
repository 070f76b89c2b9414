/** One comment thread: its first comment, the replies, a reply box, Resolve or Reopen. */
import { useState } from 'react';
import { MAX_COMMENT_TEXT } from '../../model/review/comments';
import type { Thread } from '../../model/review/threads';
import { applyComment, newCommentId } from '../../store/comment-actions';

const when = (at: string) => {
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? at : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
};

function CommentBody({ author, at, text }: { author: string; at: string; text: string }) {
  return (
    <div className="comment">
      <div className="comment-head">
        <strong>{author}</strong> <time dateTime={at}>{when(at)}</time>
      </div>
      <p className="comment-text">{text}</p>
    </div>
  );
}

export function ThreadView({
  thread,
  title,
  orphaned,
  author,
}: {
  thread: Thread;
  title: string;
  orphaned: boolean;
  /** The name to reply and resolve with; undefined until the person has given one. */
  author: () => string | undefined;
}) {
  const [reply, setReply] = useState('');
  const [replying, setReplying] = useState(false);
  const send = () => {
    const name = author();
    if (!name || reply.trim() === '') return;
    applyComment({
      type: 'add',
      comment: { id: newCommentId(), replyTo: thread.id, author: name, at: new Date().toISOString(), text: reply.trim() },
    });
    setReply('');
    setReplying(false);
  };
  const resolve = () => {
    const name = author();
    if (name) applyComment({ type: 'resolve', thread: thread.id, by: name, at: new Date().toISOString() });
  };
  return (
    <article className={`comment-thread${thread.open ? '' : ' resolved'}`} aria-label={`Comment thread on ${title}`}>
      <div className="thread-status">
        {orphaned && (
          <span className="tag orphaned" title="What this thread is about is no longer in the design; the thread is kept">
            orphaned
          </span>
        )}
        {thread.root.resolved ? <span className="tag">resolved by {thread.root.resolved.by}</span> : <span className="tag open">open</span>}
      </div>
      <CommentBody {...thread.root} />
      {thread.replies.map((c) => (
        <div className="comment-reply" key={c.id}>
          <CommentBody {...c} />
        </div>
      ))}
      {replying ? (
        <div className="comment-form">
          <textarea
            aria-label="Reply"
            value={reply}
            maxLength={MAX_COMMENT_TEXT}
            rows={2}
            autoFocus
            onChange={(e) => setReply(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) send();
              e.stopPropagation();
            }}
          />
          <div className="comment-actions">
            <button type="button" onClick={send} disabled={reply.trim() === ''}>
              Send reply
            </button>
            <button type="button" onClick={() => setReplying(false)}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <div className="comment-actions">
          <button type="button" onClick={() => setReplying(true)}>
            Reply
          </button>
          {thread.on &&
            (thread.open ? (
              <button type="button" onClick={resolve}>
                Resolve
              </button>
            ) : (
              <button type="button" onClick={() => applyComment({ type: 'reopen', thread: thread.id })}>
                Reopen
              </button>
            ))}
        </div>
      )}
    </article>
  );
}
