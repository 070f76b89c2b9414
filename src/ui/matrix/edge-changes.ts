/**
 * For the canvas and the zone view: edges whose rows were added or changed
 * since the baseline ("Mark as implemented", or the file chosen with
 * "Compare with…"), as `edge id → kind`. The canvas gives such an
 * edge the class `diff-added` or `diff-changed` for any view to style.
 */
import { useMemo } from 'react';
import { changedEdges, diffMatrix, type ChangeKind } from '../../model/request/diff';
import { useBaseline } from '../../store/comparison-store';
import { useDesignStore } from '../../store/design-store';
import { useDerived } from '../../store/derived';

export function useEdgeChanges(): ReadonlyMap<string, ChangeKind> | undefined {
  const baseline = useBaseline(useDesignStore((s) => s.design.request?.baseline));
  const components = useDesignStore((s) => s.design.components);
  // The matrix is built only when there is a baseline to compare it with.
  const derived = useDerived();
  return useMemo(() => {
    if (!baseline) return undefined;
    const { rows } = derived;
    const nat = new Map(components.map((c) => [c.id, c.nat ?? '']));
    const withNat = rows.map((r) => ({
      ...r,
      sourceNat: nat.get(r.source.componentId) ?? '',
      destinationNat: nat.get(r.destination.componentId) ?? '',
    }));
    return changedEdges(diffMatrix(baseline.rows, withNat), rows);
  }, [baseline, components, derived]);
}
