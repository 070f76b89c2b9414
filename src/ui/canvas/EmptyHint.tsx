/**
 * What an empty canvas says: a first-time user sees a blank pane and a long
 * list, and nothing that joins the two. Shown only while the design has no
 * component and no zone; it takes no pointer, so a drop lands through it.
 */
import { useDesignStore } from '../../store/design-store';

export function EmptyHint() {
  const empty = useDesignStore((s) => s.design.components.length === 0 && s.design.zones.length === 0);
  if (!empty) return null;
  return (
    <div className="empty-hint" role="note" data-testid="empty-hint">
      <p className="empty-hint-title">Start a design</p>
      <p>
        Drag a component from the list on the left onto the canvas, or click it to place it here. Add a zone to group components by network.
      </p>
      <p>Or open one of the Examples to see a finished design.</p>
    </div>
  );
}
