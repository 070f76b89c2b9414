/**
 * The canvas: zones and components from the design, edges derived from the
 * catalogue. React Flow holds the view nodes (with their measured sizes and
 * drag positions); the design changes only when a drag ends, a node is
 * dropped, connected or deleted, so a drag is one undo step. Zoomed out past
 * readable text (the overview), nodes are drawn without details and edges on
 * one canvas, which keeps thousands of them cheap to draw and to drag.
 */
import { Controls, Panel, ReactFlow, getViewportForBounds, useReactFlow, useStore, useStoreApi, type Edge } from '@xyflow/react';
import { lazy, Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useEdgeChanges } from '../matrix/edge-changes';
import type { Design } from '../../model/design/schema';
import { useDesignStore } from '../../store/design-store';
import { derivedOf, useDerived } from '../../store/derived';
import { useSessionStore } from '../../store/session-store';
import { ComponentNode } from './ComponentNode';
import { unorderedPairId } from '../../model/diagram';
import { useDiagramState } from './diagram-state';
import { FlowEdge } from './FlowEdge';
import { usePaintedSelection } from '../deferred';
import { focusOf } from './focus';
import { FocusVeil } from './FocusVeil';
import { labelLayoutTakes, scheduleLabelLayout } from './label-layout';
import { EdgeLabelLayer, findEdgeLabelLayer } from './edge-labels';
import { controlsFitOptions, FIT_MAX_ZOOM, fitOptions, measuredFit, overlaysOnPage, sameView } from './fit';
import { Legend } from './Legend';
import { ArrowMarkers } from './markers';
import { BoxSelect } from './BoxSelect';
import { MiniMap } from './MiniMap';
import { EmptyHint } from './EmptyHint';
import { Overview } from './overview';
import { OVERVIEW_MIN_COMPONENTS, OVERVIEW_ZOOM } from './overview-limits';
import { flowEdgesFor } from './flow-edges';
import { DotGrid } from './DotGrid';
import { designBounds, draggedAsTheyAre, mergeNodes, viewNodes, type ViewNode } from './view-nodes';
import { nodesUnaffected, selectionApplied } from './node-sync';
import { inView, Reveal, type ViewRect } from './reveal';
import { contains, useEdgeReveal, widened } from './edge-reveal';
import { useComponentDrag, useComponentDragging } from './component-drag';
import { useZoneTitlesAboveEdges } from './zone-title-press';
import { usePanLayer } from './pan-layer';
import { rehearseLabels, useDetailRehearsal, type Rehearsal } from './rehearsal';
import { useNoSelectionListener } from './selection-listener';
import { useLeavingDetail } from './leave-detail';
import { useOverviewCrossing } from './crossing';
import { dragTogether, onConnect, onDragOver, onEdgeClick, onNodeClick, useCanvasKeys, useDragAndDrop } from './canvas-handlers';
export { PALETTE_MIME } from './canvas-handlers';
import { loadOverviewZoneEdges, overviewChunk } from './overview-chunk';
import { ZoneNode } from './ZoneNode';
import './canvas.css';
import './node-observer';

const nodeTypes = { component: ComponentNode, zone: ZoneNode };

// The overview's zone-to-zone arrows, loaded when a large estate is first zoomed out.
const LazyOverviewZoneEdges = lazy(() => loadOverviewZoneEdges().then((m) => ({ default: m.OverviewZoneEdges })));
const edgeTypes = { flow: FlowEdge };

const isLarge = () => useDesignStore.getState().design.components.length > OVERVIEW_MIN_COMPONENTS;
/** Whether the view at `zoom` is the overview (a picture in progress draws everything in full). */
const overviewAt = (zoom: number) => zoom < OVERVIEW_ZOOM && isLarge() && !useSessionStore.getState().renderAll;

// Handlers that never change: a new function on each render would re-render every mounted edge.
const onEdgeMouseEnter = (_: unknown, edge: Edge) => useDiagramState.setState({ hovered: edge.id });
const onEdgeMouseLeave = () => useDiagramState.setState({ hovered: undefined });
const onPaneClick = () => useSessionStore.getState().clearSelection();

/** Where a fit puts the view, from the design's own coordinates (nothing measured yet): undefined before the canvas has a size. */
function fittedViewport({ width, height, minZoom }: { width: number; height: number; minZoom: number }, design: Design) {
  const bounds = designBounds(design);
  return bounds && width > 0 && height > 0
    ? getViewportForBounds(bounds, width, height, minZoom, FIT_MAX_ZOOM, fitOptions().padding)
    : undefined;
}

export function Canvas() {
  const design = useDesignStore((s) => s.design);
  const { pairs, edges: drawn } = useDerived();
  const selectedNodes = useSessionStore((s) => s.selectedNodes);
  const selectedEdge = useSessionStore((s) => s.selectedEdge);
  const renderAll = useSessionStore((s) => s.renderAll);
  const zoomedOut = useStore((s) => s.transform[2] < OVERVIEW_ZOOM);
  const large = useDesignStore((s) => s.design.components.length > OVERVIEW_MIN_COMPONENTS);
  const { fitView, setNodes, setViewport } = useReactFlow<ViewNode, Edge>();
  const store = useStoreApi<ViewNode, Edge>();
  useNoSelectionListener(store);
  const fitRequest = useSessionStore((s) => s.fitRequest);
  // A design opened before the canvas mounted (the autosave) is still to be fitted: fitRequest 0 is none.
  const synced = useRef({ design, selectedNodes, fitRequest: 0 });
  const sized = useStore((s) => s.width > 0 && s.height > 0);
  // A design just opened is drawn at the view its fit will give (set before paint, below): an estate
  // that opens in the overview never has its edges handed to React Flow at the old zoom first. Until
  // the canvas has a size, a large design waiting for its fit is kept in the overview (zoom 0 here):
  // it almost always opens there, and otherwise is revealed a chunk per task once the fit is known.
  const fitPending = large && fitRequest !== synced.current.fitRequest;
  // Worked out here, and applied as it is by the layout effect below unless the pane or the overlays
  // changed in this commit (the mini map comes with a large design): measured again there, after this
  // render's changes to the page, the overlays forced a layout of the whole page (20–50 ms at 2000).
  const fitAtRender = useMemo(() => {
    if (!fitPending || !sized) return undefined;
    const { width, height, minZoom } = store.getState();
    return { width, height, overlays: overlaysOnPage(), viewport: fittedViewport({ width, height, minZoom }, design) };
  }, [fitPending, sized, store, design]);
  const fitZoom = fitPending ? (sized ? fitAtRender?.viewport?.zoom : 0) : undefined;
  // A picture is taken of the full drawing, never of the overview.
  const overview = (fitZoom !== undefined ? fitZoom < OVERVIEW_ZOOM : zoomedOut) && large && !renderAll;
  // The overview's layers stay mounted (drawing nothing) once a large estate has been in the overview.
  const [overviewShown, setOverviewShown] = useState(false);
  // Already fetched (a large design's open fetches it): drawn in this render, not a lazy one's later one.
  const OverviewZoneEdges = overviewChunk()?.OverviewZoneEdges ?? LazyOverviewZoneEdges;
  if (overview && large && !overviewShown) setOverviewShown(true);
  if (!large && overviewShown) setOverviewShown(false);
  // A large design joins the canvas a chunk per frame (reveal.ts).
  const [reveal] = useState(() => new Reveal());
  useEffect(() => () => reveal.stop(), [reveal]);
  // Fit after a design is loaded, once React Flow has measured its nodes (all of them shown). The view
  // set at render from the design's own coordinates is most often the fit already (an estate in the
  // overview always): then nothing moves, and React Flow is not handed its nodes again (measuredFit).
  useEffect(() => {
    if (fitRequest === 0) return;
    let timer = setTimeout(function fit() {
      if (reveal.revealing) {
        timer = setTimeout(fit, 60);
        return;
      }
      const state = store.getState();
      const measured = measuredFit(state);
      if (!measured) void fitView(fitOptions());
      else if (!sameView(measured, { x: state.transform[0], y: state.transform[1], zoom: state.transform[2] })) void setViewport(measured);
    }, 60);
    return () => clearTimeout(timer);
  }, [fitRequest, fitView, setViewport, store, reveal]);

  // React Flow owns the view nodes (uncontrolled), so a drag frame never round-trips through React
  // state here; they follow the design and the selection, synced before paint whenever either changes.
  // A loaded design opens already (nearly) fitted, from its own coordinates, so nothing is drawn
  // first at the old viewport; the fit above then corrects for measured sizes.
  // The view nodes for the design and selection now: components hidden in the overview (drawn there
  // by OverviewBoxes) or while a large change is revealed a chunk per task (reveal.ts).
  // Only the components in view count against a reveal's chunk: React Flow culls the others.
  // On a large estate only the components near the view are shown (reveal.ts): the window is the view
  // widened by one view each side, placed again when the view leaves it; none in the overview.
  const nodeWindow = useRef<ViewRect | undefined>(undefined);
  // Whether anything is being dragged, by React Flow or by the mouse outside it (set by the drag
  // handlers below): the nodes dragged keep the positions they have in React Flow until the drop.
  const dragging = useRef(false);
  // Components shown, invisibly, in the overview while the detail view is rehearsed (rehearsal.ts).
  const rehearsed = useRef<ReadonlySet<string> | undefined>(undefined);
  // Or while the overview's first frame is drawn over the detail view it leaves (leave-detail.ts).
  const { leaving, kept: keptLeaving, begin: beginLeaving, cancel: cancelLeaving } = useLeavingDetail();
  const nodesFor = useCallback(
    (current: readonly ViewNode[], zoom: number, again: () => void) => {
      const designed = viewNodes(useDesignStore.getState().design);
      const next = dragging.current ? draggedAsTheyAre(designed, current) : designed;
      const { transform, width, height } = store.getState();
      const [x, y] = transform;
      const view =
        width > 0 && height > 0 && !useSessionStore.getState().renderAll
          ? { x: -x / zoom, y: -y / zoom, width: width / zoom, height: height / zoom }
          : undefined;
      const inOverview = overviewAt(zoom);
      if (!view || !isLarge() || inOverview) nodeWindow.current = undefined;
      else if (!nodeWindow.current || !contains(nodeWindow.current, view)) nodeWindow.current = widened(view);
      const selected = dragTogether(useSessionStore.getState().selectedNodes);
      const near = nodeWindow.current ? inView(next, nodeWindow.current) : undefined;
      return mergeNodes(
        reveal.limit(
          next,
          current,
          inOverview,
          again,
          inView(next, view),
          near && ((node) => selected.has(node.id) || near(node)),
          rehearsed.current ?? keptLeaving(),
        ),
        current,
        selected,
      );
    },
    [reveal, store, keptLeaving],
  );
  // The view nodes for React Flow's view now, handed straight to its store when they differ: from a
  // reveal's timer (its next chunk), a crossing, the node window or a rehearsal. Its setNodes would
  // diff all 2000 nodes into changes for onNodesChange, which only a drag's end needs.
  const syncViewNodes = useCallback(
    function sync() {
      const state = store.getState();
      const next = nodesFor(state.nodes, state.transform[2], sync);
      if (next !== state.nodes) state.setNodes(next);
    },
    [nodesFor, store],
  );
  const syncNodes = useCallback(() => {
    // React Flow re-adopts every node on any setNodes, even an unchanged list: a selection it has
    // already applied itself (the usual case) must not pay for that again.
    const { nodes, transform } = store.getState();
    if (!reveal.revealing && nodesFor(nodes, transform[2], syncViewNodes) === nodes) return;
    setNodes((current) => nodesFor(current, store.getState().transform[2], syncViewNodes));
  }, [nodesFor, reveal, syncViewNodes, setNodes, store]);
  // Rehearsing the detail view while the overview is idle: its components and edges are handed to
  // React Flow, or taken away again, in one go (rehearsal.ts).
  const rehearse = useCallback(
    (rehearsal: Rehearsal | undefined) => {
      rehearsed.current = rehearsal?.ids;
      const state = store.getState();
      if (!overviewAt(state.transform[2])) return;
      syncViewNodes();
      state.setEdges(rehearsal ? (rehearsal.edges as Edge[]) : []);
      // Its labels in a task of their own, while it lasts (it ends a frame later).
      if (rehearsal)
        setTimeout(() => {
          if (rehearsed.current === rehearsal.ids) rehearseLabels(store.getState(), derivedOf(useDesignStore.getState().design).edges);
        }, 0);
    },
    [syncViewNodes, store],
  );
  const [initialNodes] = useState(() =>
    fitZoom === undefined ? mergeNodes(viewNodes(design), [], dragTogether(selectedNodes)) : nodesFor([], fitZoom, syncViewNodes),
  );
  useLayoutEffect(() => {
    const last = synced.current;
    if (last.design === design && last.selectedNodes === selectedNodes && last.fitRequest === fitRequest) return;
    let fitted: ReturnType<typeof fittedViewport>;
    if (last.fitRequest !== fitRequest) {
      // No size yet (a design opened before the canvas mounted): the fit waits until React Flow has
      // measured the canvas, so no component is culled or measured at a view the fit then leaves.
      if (!sized) return;
      const { width, height } = store.getState();
      const atRender = fitAtRender?.width === width && fitAtRender.height === height && fitAtRender.overlays === overlaysOnPage();
      fitted = atRender ? fitAtRender.viewport : fittedViewport(store.getState(), design);
    }
    synced.current = { design, selectedNodes, fitRequest };
    if (fitted) void setViewport(fitted);
    // An option change, a rename or a selection React Flow has applied itself: nothing to hand it (node-sync.ts).
    if (
      last.fitRequest === fitRequest &&
      !reveal.revealing &&
      nodesUnaffected(last.design, design) &&
      selectionApplied(store.getState().nodes, dragTogether(selectedNodes))
    )
      return;
    syncNodes();
  }, [design, selectedNodes, fitRequest, sized, syncNodes, setViewport, store, reveal, fitAtRender]);

  // One edge per component pair: an arrowhead at each end that listens (the edge runs from `a` to `b`).
  const selectedPair = selectedEdge ? unorderedPairId(...(selectedEdge.split('>') as [string, string])) : undefined;
  const edgeChanges = useEdgeChanges();
  // An edge whose pair, selection and change mark are as before keeps its object, so React Flow
  // re-renders only the edges an edit changed.
  // The same edges as before stay the same array: React Flow re-indexes every edge whenever the
  // array changes, and an edit that changes no flow (a rename) would pay for that.
  const edges = useMemo(() => flowEdgesFor(store, drawn, selectedPair, edgeChanges), [drawn, selectedPair, edgeChanges, store]);
  // Leaving the overview, the edges in view join after their components, a chunk per task; on a large
  // estate React Flow then has the edges of a window around the view (edge-reveal.ts).
  const {
    shown: edgesOutsideRehearsal,
    hidden: edgesJoining,
    start: revealEdges,
    leave: leaveEdges,
  } = useEdgeReveal(edges as Edge[], overview, large && !renderAll, store, dragging, overviewAt, labelLayoutTakes);
  const rehearsing = useDetailRehearsal(overview && zoomedOut && large && !renderAll && !leaving, store, edges as Edge[], rehearse);
  const shownEdges = useMemo(
    () => (leaving && overview ? leaving.edges : rehearsing && overview ? rehearsing.edges : edgesOutsideRehearsal),
    [leaving, rehearsing, overview, edgesOutsideRehearsal],
  );

  // Crossing into or out of the overview, and the node window following the view (crossing.ts).
  useOverviewCrossing(store, {
    overviewAt,
    nodeWindow,
    syncViewNodes,
    revealEdges,
    leaveEdges,
    leaving: { begin: beginLeaving, cancel: cancelLeaving },
  });

  // One component selected: everything not connected to it is dimmed under a veil, with holes for
  // those that stay and its edges drawn again above it (FocusVeil.tsx), so nothing under it changes.
  // The focus follows the selection a frame later, its ring at once (FocusVeil.tsx, deferred.ts).
  const paintedNodes = usePaintedSelection().selectedNodes;
  const focus = useMemo(() => focusOf(paintedNodes, design.components, drawn), [paintedNodes, design.components, drawn]);
  const [ringAt] = selectedNodes.length === 1 ? selectedNodes : [];
  // Several selected since the veil was drawn: their own rings show at once, the veil goes a frame later.
  const focused = focus !== null && ringAt !== undefined;
  // No veil while a component is dragged outside React Flow, as canvas.css lifts it for React Flow's drags.
  const dragged = useComponentDrag((s) => s.drag !== undefined);
  const focusEdges = useMemo(() => {
    if (!focus) return [];
    const kept = new Set(focus.edges);
    return edges.filter((edge) => kept.has(edge.id));
  }, [focus, edges]);

  // Labels are laid out off the drag path: after the design changes (a drag ends in one), after
  // React Flow measures nodes, and after a layout's routes arrive; never while a node is dragged.
  // On a large estate: none in the overview (no label shows there), and only near the view, again
  // when the view moves past what was laid out (onMoveEnd).
  const relayout = useCallback(
    () =>
      scheduleLabelLayout(() => {
        const { nodeLookup, transform, width, height } = store.getState();
        const [x, y, zoom] = transform;
        const culled = isLarge() && !useSessionStore.getState().renderAll;
        return {
          nodeLookup,
          edges: derivedOf(useDesignStore.getState().design).edges,
          // And while components join a chunk per frame: the reveal's end asks again.
          busy: dragging.current || (culled && zoom < OVERVIEW_ZOOM) || reveal.revealing,
          ...(culled && width > 0 && { view: { x: -x / zoom, y: -y / zoom, width: width / zoom, height: height / zoom } }),
        };
      }),
    [store, reveal],
  );
  useEffect(relayout, [design, relayout]);
  useEffect(() => {
    reveal.onDone = relayout;
    return () => {
      reveal.onDone = undefined;
    };
  }, [reveal, relayout]);
  useEffect(() => useDiagramState.subscribe((s, previous) => s.routes !== previous.routes && relayout()), [relayout]);
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        if (!dragging.current && state.nodes !== previous.nodes) relayout();
      }),
    [store, relayout],
  );

  const { onNodesChange, onNodeDragStart, onNodeDragStop, onDrop } = useDragAndDrop(dragging, relayout);
  const onCanvasKeyDown = useCanvasKeys();
  // One component dragged by the mouse: outside React Flow's store (component-drag.ts).
  const canvasRef = useRef<HTMLDivElement>(null);
  useComponentDragging(canvasRef, dragging, relayout);
  // A press on an edge where it crosses a zone's title is the title's (zone-title-press.ts).
  useZoneTitlesAboveEdges(canvasRef);
  // The user pans: the pane dragged, or anything dragged (a component, a zone, a selection) that pans the
  // view along at the border (pan-layer.ts).
  const panning = useCallback(() => store.getState().paneDragging || dragging.current, [store]);
  usePanLayer(store, canvasRef, panning);

  // React Flow's edge label layer, found once when the canvas mounts (see edge-labels.tsx).
  // Looked up after the first commit rather than in it (a ref callback): a state update during a
  // commit is synchronous, and it pulled the first render's effects, React Flow's measuring and the
  // fit into that commit's task, one long task while a large estate opens.
  const [labelLayer, setLabelLayer] = useState<HTMLElement | null>(null);
  useEffect(() => setLabelLayer(findEdgeLabelLayer(canvasRef.current)), []);

  return (
    <div
      className={`canvas${overview ? ' overview' : ''}${rehearsing ? ' rehearsal' : ''}${leaving && overview ? ' leaving' : ''}${edgesJoining && !overview ? ' joining' : ''}${focused ? ' focus' : ''}${large ? ' large' : ''}`}
      onDragOver={onDragOver}
      onDrop={onDrop}
      onKeyDown={onCanvasKeyDown}
      data-testid="canvas"
      ref={canvasRef}
    >
      <EdgeLabelLayer.Provider value={labelLayer}>
        <Overview.Provider value={overview}>
          <ReactFlow<ViewNode, Edge>
            defaultNodes={initialNodes}
            edges={shownEdges as Edge[]}
            nodeTypes={nodeTypes}
            edgeTypes={edgeTypes}
            onNodesChange={onNodesChange}
            onNodeDragStart={onNodeDragStart}
            onNodeDragStop={onNodeDragStop}
            onEdgeMouseEnter={onEdgeMouseEnter}
            onEdgeMouseLeave={onEdgeMouseLeave}
            // The selection is the session's (canvas-handlers.ts): clicks, keys, Shift+drag (BoxSelect.tsx).
            elementsSelectable={false}
            onNodeClick={onNodeClick}
            onEdgeClick={onEdgeClick}
            onMoveEnd={relayout}
            onConnect={onConnect}
            onPaneClick={onPaneClick}
            deleteKeyCode={null}
            multiSelectionKeyCode={null}
            selectionKeyCode={null}
            onlyRenderVisibleElements={!renderAll}
            minZoom={0.05}
            maxZoom={2.5}
            defaultViewport={{ x: 40, y: 40, zoom: 1 }}
            proOptions={{ hideAttribution: true }}
            // No stacking of React Flow's own: it raises a selected component and every edge touching a
            // component in a zone, and each raise repaints what it covers (FocusVeil.tsx, canvas.css).
            zIndexMode="manual"
          >
            <DotGrid />
            <EmptyHint />
            <ArrowMarkers />
            <BoxSelect />
            {focus && !overview && !dragged && <FocusVeil focus={focus} edges={focusEdges} ringAt={ringAt} />}
            {/* The overlays never cover one another: legend and zoom in a row at the top right, the mini
                map (large estates only) at the bottom right; Fit view keeps the design clear of them (fit.ts). */}
            <Panel position="top-right" className="overlays">
              <div className="overlay-row">
                <Legend />
                <Controls showInteractive={false} orientation="horizontal" fitViewOptions={controlsFitOptions} />
              </div>
            </Panel>
            {large && <MiniMap />}
            {overviewShown && (
              <Suspense fallback={null}>
                <OverviewZoneEdges pairs={pairs} selectedEdge={selectedEdge} active={overview} />
              </Suspense>
            )}
          </ReactFlow>
        </Overview.Provider>
      </EdgeLabelLayer.Provider>
    </div>
  );
}
