/**
 * The right-hand panel: edits whatever is selected on the canvas (or in the
 * matrix), else the design's own details. Each view is keyed by what it
 * shows, so a half-typed draft never leaks from one component to another.
 */
import { useDesignStore } from '../../store/design-store';
import { useDerived } from '../../store/derived';
import { deleteSelection } from '../commands';
import { CommentsButton } from '../comments/CommentsButton';
import { Suspense, useEffect } from 'react';
import { afterOpening } from '../../store/after-opening';
import { usePaintedSelection } from '../deferred';
import { onDemand } from '../on-demand';
import { DesignSummary } from './DesignSummary';
import './inspector.css';

// What a selection shows is not needed to open a design: its code loads once the design has opened (or with the first selection).
const component = onDemand(() => import('./ComponentInspector').then((m) => m.ComponentInspector));
const edge = onDemand(() => import('./EdgeInspector').then((m) => m.EdgeInspector));
const zone = onDemand(() => import('./ZoneInspector').then((m) => m.ZoneInspector));
const ComponentInspector = component.View;
const EdgeInspector = edge.View;
const ZoneInspector = zone.View;

/** Fetches the selection views ahead of the first selection. */
export const preloadSelectionViews = () => Promise.all([component.preload(), edge.preload(), zone.preload()]);

export function Inspector() {
  useEffect(() => void afterOpening().then(preloadSelectionViews), []);
  return (
    <div className="inspector">
      <div className="inspector-title">
        <h2>Inspector</h2>
        <CommentsButton />
      </div>
      <Suspense fallback={null}>
        <Selected />
      </Suspense>
    </div>
  );
}

function Selected() {
  // A frame behind the canvas: the click's frame draws the selection's ring alone (deferred.ts).
  const { selectedNodes, selectedEdge } = usePaintedSelection();
  const { pairById } = useDerived();
  // What kind each selected id is; ids that no longer exist (after undo) count as nothing.
  const kinds = useDesignStore((s) =>
    selectedNodes
      .map((id) => (s.design.components.some((c) => c.id === id) ? 'c' : s.design.zones.some((z) => z.id === id) ? 'z' : '-'))
      .join(''),
  );

  if (selectedEdge) {
    const pair = pairById.get(selectedEdge);
    // The canvas draws both directions of a pair as one edge: show both.
    // A group's flows to itself are one direction only.
    const reverse = pair && pair.from !== pair.to ? pairById.get(`${pair.to}>${pair.from}`) : undefined;
    if (pair)
      return (
        <>
          <EdgeInspector key={pair.id} pair={pair} />
          {reverse && <EdgeInspector key={reverse.id} pair={reverse} />}
        </>
      );
    return <DesignSummary />;
  }
  const present = selectedNodes.filter((_, i) => kinds[i] !== '-');
  const realKinds = kinds.replaceAll('-', '');
  if (present.length === 0) return <DesignSummary />;
  if (present.length === 1) {
    const id = present[0]!;
    return realKinds === 'c' ? <ComponentInspector key={id} id={id} /> : <ZoneInspector key={id} id={id} />;
  }
  const allComponents = !realKinds.includes('z');
  return (
    <div className="inspector-section">
      <h3>
        {present.length} {allComponents ? 'components' : 'items'} selected
      </h3>
      <button type="button" className="danger" onClick={deleteSelection}>
        Delete
      </button>
    </div>
  );
}
