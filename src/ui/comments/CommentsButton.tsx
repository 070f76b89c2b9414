/** Open comment counts: the Comments button at the top of the inspector (the total; opens the panel in the inspector's place) and the small badge on components, edges and rows. */
import { openCountsOf } from '../../store/comments';
import { useDesignStore } from '../../store/design-store';
import { useSessionStore } from '../../store/session-store';
import './badges.css';

export function CommentsButton() {
  const total = useDesignStore((s) => openCountsOf(s.design).total);
  const open = useSessionStore((s) => s.comments.open);
  const toggle = () => {
    // The panel takes the inspector's place: bring the inspector back if it was collapsed.
    if (!open && useSessionStore.getState().panels.inspector.collapsed)
      useSessionStore.getState().setPanel('inspector', { collapsed: false });
    useSessionStore.getState().setComments({ open: !open });
  };
  return (
    <button
      type="button"
      className="comments-button"
      aria-pressed={open}
      aria-label={`Comments: ${total} open`}
      title={`${total} open comment thread${total === 1 ? '' : 's'}; comment on what is selected`}
      onClick={toggle}
    >
      Comments <span className={`comment-badge${total ? '' : ' zero'}`}>{total}</span>
    </button>
  );
}

/** `at`: a point on the canvas (edge badges sit in the label layer, at a label's corner). */
export function CommentBadge({ count, what, at }: { count: number; what: string; at?: { x: number; y: number } }) {
  if (count === 0) return null;
  return (
    <span
      className={`comment-badge${at ? ' on-edge' : ''}`}
      style={at && { transform: `translate(${at.x}px, ${at.y}px) translate(-50%, -50%)` }}
      title={`${count} open comment thread${count === 1 ? '' : 's'} on ${what}`}
      data-testid="comment-badge"
    >
      {count}
    </span>
  );
}
