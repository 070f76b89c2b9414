/**
 * Every catalogue component, grouped by product, with a search box. Drag an
 * item onto the canvas to place it there; a click or Enter places it in view.
 */
import { useReactFlow } from '@xyflow/react';
import { lazy, Suspense, useMemo, useRef, useState, type DragEvent } from 'react';
import type { Catalogue } from '../../model/catalogue/load';
import { builtInCatalogue, useCatalogue } from '../../store/design-store';
import { PALETTE_MIME } from '../canvas/Canvas';
import { placeComponent } from '../commands';
import { useCatalogueText, type CatalogueText } from '../catalogue-text';
import './palette-packs.css';

// Loaded when first opened: most sessions never define a component of their own.
const CustomComponentDialog = lazy(() => import('../dialogs/CustomComponentDialog').then((m) => ({ default: m.CustomComponentDialog })));

interface Item {
  id: string;
  name: string;
  description: string;
  product: string;
}

/** One group per product; the user's own (packs, custom components) first, where a new one is seen at once. */
function groupsOf(catalogue: Catalogue, text: CatalogueText | undefined) {
  const groups = [...catalogue.products.values()].map((product) => ({
    product,
    fromPack: !builtInCatalogue.products.has(product.id),
    items: [...catalogue.components.values()]
      .filter((c) => c.product === product.id)
      .map((c): Item => ({ id: c.id, name: c.name, description: c.description ?? text?.descriptions[c.id] ?? '', product: product.name })),
  }));
  return [...groups.filter((g) => g.fromPack), ...groups.filter((g) => !g.fromPack)];
}

export function Palette() {
  const [query, setQuery] = useState('');
  const [defining, setDefining] = useState<{ x: number; y: number } | undefined>();
  const { screenToFlowPosition } = useReactFlow();
  const placed = useRef(0);
  const catalogue = useCatalogue();
  // Descriptions (tooltips, and words the search matches) follow once the design has opened, or with the first search.
  const text = useCatalogueText(query ? 'now' : 'after-opening');
  const groups = useMemo(() => groupsOf(catalogue, text), [catalogue, text]);
  const shown = useMemo(() => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    if (words.length === 0) return groups;
    return groups
      .map((g) => ({
        ...g,
        items: g.items.filter((i) => words.every((w) => `${i.name} ${i.product} ${i.description} ${i.id}`.toLowerCase().includes(w))),
      }))
      .filter((g) => g.items.length > 0);
  }, [query, groups]);

  /** The centre of the view, nudged for each new component so repeated clicks do not stack them exactly. */
  const pointInView = () => {
    const canvas = document.querySelector('.canvas')?.getBoundingClientRect();
    const centre = canvas ? screenToFlowPosition({ x: canvas.left + canvas.width / 2, y: canvas.top + canvas.height / 2 }) : { x: 0, y: 0 };
    const jitter = (placed.current++ % 7) * 24;
    return { x: centre.x - 110 + jitter, y: centre.y - 40 + jitter };
  };
  const placeInView = (type: string) => placeComponent(type, pointInView());

  const onDragStart = (event: DragEvent, type: string) => {
    event.dataTransfer.setData(PALETTE_MIME, type);
    event.dataTransfer.effectAllowed = 'copy';
  };

  return (
    <nav className="palette" aria-label="Component palette">
      <h2>Components</h2>
      <div className="palette-actions">
        <button type="button" onClick={() => setDefining(pointInView())} title="Define a component the catalogue does not list">
          Custom component…
        </button>
        <button
          type="button"
          onClick={() => void import('./pack-commands').then((m) => m.importPackFile())}
          title="Add the components of a catalogue pack file"
        >
          Import pack…
        </button>
      </div>
      <label className="palette-search">
        <span className="visually-hidden">Search components</span>
        <input type="search" placeholder="Search components" value={query} onChange={(e) => setQuery(e.target.value)} />
      </label>
      <div className="palette-groups">
        {shown.map(({ product, items, fromPack }) => (
          <section key={product.id} className="palette-group" aria-label={product.name}>
            <h3 style={{ ['--product' as string]: product.colour }}>
              <span className="product-tag">{product.tag}</span> {product.name}
              {fromPack && (
                <span className="pack-mark" title="From a pack or defined in this design; saved with the design">
                  pack
                </span>
              )}
            </h3>
            <ul>
              {items.map((item) => (
                <li key={item.id}>
                  <button
                    type="button"
                    className="palette-item"
                    draggable
                    onDragStart={(e) => onDragStart(e, item.id)}
                    onClick={() => placeInView(item.id)}
                    title={item.description || `${item.product}: ${item.name}`}
                    data-type={item.id}
                  >
                    {item.name}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ))}
        {shown.length === 0 && <p className="muted">No component matches “{query}”.</p>}
      </div>
      {defining && (
        <Suspense fallback={null}>
          <CustomComponentDialog at={defining} onClose={() => setDefining(undefined)} />
        </Suspense>
      )}
    </nav>
  );
}
