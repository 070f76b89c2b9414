/** The zone-to-zone matrix: zones as rows (from) and columns (to), each cell the services allowed from row to column. */
import type { ZonePair, ZoneRef } from '../../model/zones/pairs';
import { pairServicesText } from '../../model/zones/pairs';

interface Matrix {
  zones: ZoneRef[];
  cell(from: string, to: string): ZonePair | undefined;
}

export function ZoneMatrix({ matrix, selected, onSelect }: { matrix: Matrix; selected: string; onSelect(key: string): void }) {
  const { zones } = matrix;
  if (zones.length === 0) return null;
  return (
    <div className="zone-matrix-wrap">
      <table className="zone-matrix" aria-label="Zone-to-zone matrix">
        <caption>Services allowed from row zone to column zone</caption>
        <thead>
          <tr>
            <th scope="col" className="corner">
              from ↓ to →
            </th>
            {zones.map((zone) => (
              <th key={zone.id} scope="col" className={`zone-kind-${zone.kind}`}>
                {zone.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {zones.map((from) => (
            <tr key={from.id}>
              <th scope="row" className={`zone-kind-${from.kind}`}>
                {from.name}
              </th>
              {zones.map((to) => {
                const pair = matrix.cell(from.id, to.id);
                if (!pair) return <td key={to.id} className={`empty${from.id === to.id ? ' inside' : ''}`} aria-label="nothing" />;
                const text = pairServicesText(pair);
                return (
                  <td key={to.id} className={from.id === to.id ? 'inside' : ''}>
                    <button
                      type="button"
                      className={`zone-cell${pair.key === selected ? ' selected' : ''}`}
                      aria-pressed={pair.key === selected}
                      aria-label={`${from.name} to ${to.name}: ${text}; ${pair.flows} flows`}
                      title={text}
                      data-pair={pair.key}
                      onClick={() => onSelect(pair.key)}
                    >
                      <span className="zone-cell-services">{pairServicesText(pair, 3)}</span>
                      <span className="zone-cell-count">
                        {pair.flows} flow{pair.flows === 1 ? '' : 's'}
                      </span>
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
