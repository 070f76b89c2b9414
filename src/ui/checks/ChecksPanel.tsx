/**
 * The Checks panel (in place of the flow matrix while open): every finding,
 * grouped by severity, acknowledged ones silenced but still listed in their
 * group. It follows the design: each edit recomputes the findings.
 */
import { lazy, Suspense, useMemo } from 'react';
import { SEVERITIES, type Severity } from '../../model/checks';
import { useChecksView, type Checks } from '../../store/checks';
import { useDeferredChecks } from '../deferred';
import { designCatalogue, useDesignStore } from '../../store/design-store';
import { FindingItem } from './FindingItem';
import './checks.css';

const ZonePolicyDialog = lazy(() => import('./ZonePolicyDialog').then((m) => ({ default: m.ZonePolicyDialog })));

/** Before the first run ends (the rules load in idle time once the design is on screen). */
const NOT_YET_RUN: Checks = { findings: [], counts: { error: 0, warning: 0, info: 0, acknowledged: 0 }, stale: [] };

const GROUP: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Information' };

export function ChecksPanel() {
  const checks = useDeferredChecks(true);
  const { findings, counts, stale } = checks ?? NOT_YET_RUN;
  const components = useDesignStore((s) => s.design.components);
  const zones = useDesignStore((s) => s.design.zones);
  const hasPolicy = useDesignStore((s) => s.design.zonePolicy !== undefined);
  const { setOpen, policyOpen, setPolicyOpen } = useChecksView();
  const name = useMemo(() => {
    const names = new Map<string, string>([
      ...components.map((c): [string, string] => [c.id, c.label?.trim() || designCatalogue().components.get(c.type)?.name || c.id]),
      ...zones.map((z): [string, string] => [z.id, z.name]),
    ]);
    return (id: string) => `"${names.get(id) ?? id}"`;
  }, [components, zones]);

  return (
    <div className="checks-panel">
      <header className="checks-head">
        <h2>Checks</h2>
        <p className="checks-counts" aria-live="polite">
          {checks === undefined ? (
            'Running…'
          ) : (
            <>
              {counts.error} error{counts.error === 1 ? '' : 's'} · {counts.warning} warning{counts.warning === 1 ? '' : 's'} ·{' '}
              {counts.info} info
              {counts.acknowledged > 0 && ` · ${counts.acknowledged} acknowledged`}
            </>
          )}
        </p>
        <span className="toolbar-gap" />
        <button type="button" onClick={() => setPolicyOpen(true)}>
          {hasPolicy ? 'Zone policy…' : 'Set a zone policy…'}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          Show flow matrix
        </button>
      </header>
      <div className="checks-body">
        {!hasPolicy && zones.length > 1 && (
          <p className="checks-note muted">
            No zone policy is stated, so flows between zones are not checked against one. Set one to say which zones may talk.
          </p>
        )}
        {stale.length > 0 && (
          <p className="checks-note muted">
            {stale.length} acknowledgement{stale.length === 1 ? '' : 's'} in this design no longer match{stale.length === 1 ? 'es' : ''} a
            finding (the design changed since).
          </p>
        )}
        {!checks ? (
          <p className="checks-empty muted">Running the checks…</p>
        ) : findings.length === 0 ? (
          <p className="checks-empty">No findings: nothing missing, clashing or risky that the checks know of.</p>
        ) : (
          SEVERITIES.map((severity) => {
            const group = findings.filter((f) => f.severity === severity);
            if (group.length === 0) return null;
            // The counts above leave acknowledged findings out; the heading says why its list is longer.
            const acknowledged = group.filter((f) => f.acknowledged).length;
            return (
              <section key={severity} className="checks-group" aria-label={GROUP[severity]}>
                <h3>
                  {GROUP[severity]} (
                  {acknowledged === 0
                    ? group.length
                    : acknowledged === group.length
                      ? `${group.length}, all acknowledged`
                      : `${group.length}, ${acknowledged} acknowledged`}
                  )
                </h3>
                <ul>
                  {group.map((f) => (
                    <FindingItem key={f.id} finding={f} name={name} />
                  ))}
                </ul>
              </section>
            );
          })
        )}
      </div>
      {policyOpen && (
        <Suspense fallback={null}>
          <ZonePolicyDialog />
        </Suspense>
      )}
    </div>
  );
}
