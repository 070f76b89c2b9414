/** The matrix filters; their values live in the session store, so they survive the panel closing. */
import { useMemo } from 'react';
import type { MatrixRow } from '../../model/matrix';
import { emptyFilter, useSessionStore } from '../../store/session-store';
import { filterChoices, isFiltered } from './rows';

/** A select whose current value stays listed even when no row has it any more (after an edit). */
function ChoiceFilter({
  label,
  value,
  choices,
  onChange,
}: {
  label: string;
  value: string;
  choices: [string, string][];
  onChange(value: string): void;
}) {
  const listed = value === '' || choices.some(([v]) => v === value) ? choices : [...choices, [value, value] as [string, string]];
  return (
    <label className="filter">
      <span>{label}</span>
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">All</option>
        {listed.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

export function MatrixFilters({ rows }: { rows: readonly MatrixRow[] }) {
  const filter = useSessionStore((s) => s.filter);
  const setFilter = useSessionStore((s) => s.setFilter);
  const choices = useMemo(() => filterChoices(rows), [rows]);
  return (
    <div className="matrix-filters" role="search" aria-label="Filter the flow matrix">
      <label className="filter filter-text">
        <span>Search rows</span>
        <input type="search" value={filter.text} placeholder="any cell" onChange={(event) => setFilter({ text: event.target.value })} />
      </label>
      <ChoiceFilter label="Zones" value={filter.zonePair} choices={choices.zonePairs} onChange={(zonePair) => setFilter({ zonePair })} />
      <ChoiceFilter label="Product" value={filter.product} choices={choices.products} onChange={(product) => setFilter({ product })} />
      <ChoiceFilter
        label="Protocol"
        value={filter.protocol}
        choices={choices.protocols.map((p) => [p, p.toUpperCase()])}
        onChange={(protocol) => setFilter({ protocol })}
      />
      <label className="filter filter-port">
        <span>Port</span>
        <input
          value={filter.port}
          placeholder="e.g. 443"
          inputMode="numeric"
          onChange={(event) => setFilter({ port: event.target.value })}
        />
      </label>
      <label className="filter filter-check">
        <input type="checkbox" checked={filter.firewallOnly} onChange={(event) => setFilter({ firewallOnly: event.target.checked })} />
        <span>Firewall-relevant only</span>
      </label>
      {isFiltered(filter) && (
        <button type="button" onClick={() => setFilter(emptyFilter)}>
          Clear filters
        </button>
      )}
    </div>
  );
}
