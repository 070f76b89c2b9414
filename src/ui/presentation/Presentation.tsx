/**
 * Presentation mode: the canvas fills the window (App hides the panels), and
 * the design is shown one product, or one zone pair, at a time. Each step
 * brings its components into view, dims every other edge and component, and
 * filters the flow matrix to its rows. →, PageDown and space move forward;
 * ←, PageUp and Shift+space back; Home and End jump; Escape leaves and puts
 * back the matrix filter the user had.
 */
import { useReactFlow } from '@xyflow/react';
import { useEffect, useMemo } from 'react';
import { productSteps, zonePairSteps, type PresentationStep } from '../../model/zones/steps';
import { designCatalogue, useDesignStore } from '../../store/design-store';
import { unorderedPairId } from '../../model/diagram';
import { useDerived } from '../../store/derived';
import { emptyFilter, useSessionStore, type Presentation as Running } from '../../store/session-store';
import { dimmingCss } from './dimming';
import './presentation.css';

const FORWARD = new Set(['ArrowRight', 'PageDown', ' ']);
const BACK = new Set(['ArrowLeft', 'PageUp']);

function typing(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

export function Presentation() {
  const presentation = useSessionStore((s) => s.presentation);
  return presentation ? <Run presentation={presentation} /> : null;
}

function Run({ presentation }: { presentation: Running }) {
  const design = useDesignStore((s) => s.design);
  const { flows } = useDerived();
  const steps = useMemo<PresentationStep[]>(
    () =>
      presentation.by === 'product'
        ? productSteps(flows, (id) => designCatalogue(design).products.get(id)?.name ?? 'Custom flows')
        : zonePairSteps(design, flows),
    [presentation.by, flows, design],
  );
  const index = Math.max(0, Math.min(presentation.step, steps.length - 1));
  const step = steps[index];
  const { fitView } = useReactFlow();

  // Keys move through the steps; they are caught before the editor's own shortcuts and React Flow's.
  // Each key reads the step from the store, not from this render: a second key can come before the
  // effect that would hand this listener the first key's step has run.
  useEffect(() => {
    const { setPresentationStep, stopPresentation } = useSessionStore.getState();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        stopPresentation();
        return;
      }
      if (typing(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
      const current = Math.max(0, Math.min(useSessionStore.getState().presentation?.step ?? 0, steps.length - 1));
      let next: number | undefined;
      if (event.key === ' ' && event.shiftKey) next = current - 1;
      else if (FORWARD.has(event.key)) next = current + 1;
      else if (BACK.has(event.key)) next = current - 1;
      else if (event.key === 'Home') next = 0;
      else if (event.key === 'End') next = steps.length - 1;
      if (next === undefined) return;
      event.preventDefault();
      event.stopPropagation();
      setPresentationStep(Math.max(0, Math.min(next, steps.length - 1)));
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [steps.length]);

  // The matrix lists the step's rows: a product's, or a zone pair's.
  useEffect(() => {
    if (!step) return;
    const { setFilter } = useSessionStore.getState();
    setFilter(presentation.by === 'product' ? { ...emptyFilter, product: step.id } : { ...emptyFilter, zonePair: step.id });
  }, [step, presentation.by]);

  // Bring the step's components into view, once the panels have made way for the canvas.
  useEffect(() => {
    if (!step || step.components.length === 0) return;
    const timer = setTimeout(
      () => void fitView({ nodes: step.components.map((id) => ({ id })), padding: 0.2, maxZoom: 1.2, duration: 350 }),
      80,
    );
    return () => clearTimeout(timer);
  }, [step, fitView]);

  const css = useMemo(() => {
    if (!step) return '';
    const keys = new Set(step.flowKeys);
    // The canvas draws one edge per unordered pair, and names it so.
    const edges = new Set(flows.filter((f) => keys.has(f.key)).map((f) => unorderedPairId(f.from, f.to)));
    return dimmingCss([...edges], step.components);
  }, [step, flows]);

  const go = (to: number) => useSessionStore.getState().setPresentationStep(Math.max(0, Math.min(to, steps.length - 1)));
  // Buttons never keep the focus, so space and the arrows always step rather than press a button twice.
  const noFocus = (event: { preventDefault(): void }) => event.preventDefault();

  return (
    <>
      <style>{css}</style>
      <div className="presentation-caption" role="status" aria-label="Presentation step">
        <button type="button" onMouseDown={noFocus} onClick={() => go(index - 1)} disabled={index === 0} aria-label="Previous step">
          ←
        </button>
        <span className="presentation-title" data-testid="presentation-step">
          {step ? `${step.title} — ${index + 1} of ${steps.length}` : 'No flows to present'}
        </span>
        <button
          type="button"
          onMouseDown={noFocus}
          onClick={() => go(index + 1)}
          disabled={index >= steps.length - 1}
          aria-label="Next step"
        >
          →
        </button>
        <button
          type="button"
          className="presentation-leave"
          onMouseDown={noFocus}
          onClick={() => useSessionStore.getState().stopPresentation()}
        >
          Leave (Esc)
        </button>
      </div>
    </>
  );
}
