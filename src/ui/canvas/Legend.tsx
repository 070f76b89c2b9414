/** How edges look, and what each look means. */
import { Panel } from '@xyflow/react';
import { useContext } from 'react';
import { Overview } from './overview';

import { EDGE_KINDS } from '../../model/theme';
import { edgeClasses } from './FlowEdge';

export function Legend() {
  const overview = useContext(Overview);
  return (
    <Panel position="bottom-left" className="legend" aria-label="Legend">
      <details open>
      <summary className="legend-title">Legend</summary>
      {EDGE_KINDS.map(({ kind, label, flags }) => (
        <div key={kind} className="legend-row">
          <svg width="36" height="10" aria-hidden="true">
            <line x1="2" y1="5" x2="34" y2="5" className={edgeClasses(flags)} />
          </svg>
          <span>{label}</span>
        </div>
      ))}
      {overview && <div className="legend-note">Zoomed out: no labels, options shown fainter; zoom in for details</div>}
      </details>
    </Panel>
  );
}
