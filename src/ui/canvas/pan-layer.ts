/**
 * While the user pans, React Flow's viewport is a composited layer of its
 * own, so a pan frame moves what is already rastered instead of painting and
 * rastering every component, edge and label in view again. Without it a pan
 * at 100 % over a 2000-component estate missed a quarter to a third of its
 * frames in software raster (p95 33–50 ms a frame).
 *
 * Only while the zoom stays as it is: a layer keeps the scale it was
 * rastered at, so zooming it would blur the text. The layer goes as soon as
 * the zoom changes and once the view has been still for a moment, and the
 * view is rastered anew, sharp, at its zoom. (The overview's viewport is a
 * layer throughout: canvas.css.)
 *
 * Only while the user pans (`panning`: the pane dragged, or a dragged
 * component panning the view along), never for a move the editor makes
 * (Fit view, centring on a component): the raster a layer gets differs from
 * the page's by a shade of antialiasing, and a picture taken as the fit ends
 * would change once more 150 ms later.
 */
import { useEffect, type RefObject } from 'react';

/** How long the view stays still before the pan is taken as ended. */
const STILL_MS = 150;

interface TransformStore {
  subscribe(listener: (state: { transform: readonly number[] }, previous: { transform: readonly number[] }) => void): () => void;
}

export function usePanLayer(store: TransformStore, canvas: RefObject<HTMLElement | null>, panning: () => boolean): void {
  useEffect(() => {
    let layered: HTMLElement | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unlayer = () => {
      clearTimeout(timer);
      if (layered) layered.style.willChange = '';
      layered = undefined;
    };
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.transform === previous.transform) return;
      if (state.transform[2] !== previous.transform[2]) return unlayer();
      if (!layered && !panning()) return;
      if (!layered) {
        layered = canvas.current?.querySelector<HTMLElement>('.react-flow__viewport') ?? undefined;
        if (layered) layered.style.willChange = 'transform';
      }
      clearTimeout(timer);
      timer = setTimeout(unlayer, STILL_MS);
    });
    return () => {
      unsubscribe();
      unlayer();
    };
  }, [store, canvas, panning]);
}
