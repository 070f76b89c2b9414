/**
 * A view whose code loads on demand, like React's `lazy`, that renders at
 * once (no Suspense fallback, no flash) once its code is here: `preload`
 * fetches it ahead of need, once the design has opened.
 */
import { lazy, type ComponentType } from 'react';

export function onDemand<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | undefined;
  const preload = () => load().then((component) => (loaded = component));
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  function View(props: P) {
    const Loaded = loaded ?? Lazy;
    return <Loaded {...props} />;
  }
  return { View, preload };
}
