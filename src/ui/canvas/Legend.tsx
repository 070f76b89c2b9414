/** How edges look, and what each look means. */
import { useContext } from 'react';
import { Overview } from './overview';

import { EDGE_KINDS } from '../../model/theme';
import { edgeClasses } from './FlowEdge';

export function Legend() {
  const overview = useContext(Overview);
  return (
    <section className="legend" aria-label="Legend">
      <details>
        <summary className="legend-title">Legend</summary>
        {EDGE_KINDS.map(({ kind, label, flags }) => (
          <div key={kind} className="legend-row">
            <svg width="36" height="10" aria-hidden="true">
              <line x1="2" y1="5" x2="34" y2="5" className={edgeClasses(flags)} />
            </svg>
            <span>{label}</span>
          </div>
        ))}
        <div className="legend-row">
          <span className="legend-arrows" aria-hidden="true">
            ◀──▶
          </span>
          <span>Both ways: arrow at each listener</span>
        </div>
        <div className="legend-row">
          <span className="edge-label-cue legend-cue" aria-hidden="true">
            ⋯
          </span>
          <span>Label left out for room: hover</span>
        </div>
        {overview && <div className="legend-note">Zoomed out: no labels, options shown fainter; zoom in for details</div>}
      </details>
    </section>
  );
}
