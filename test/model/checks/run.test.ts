import { describe, expect, it } from 'vitest';
import {
  acknowledge,
  checksSheetRows,
  countFindings,
  failsAt,
  runChecks,
  setZonePolicy,
  staleAcknowledgements,
  threeTierPolicy,
} from '../../../src/model/checks';
import { Design } from '../../../src/model/design/schema';
import { restoreDesignValue } from '../../../src/model/design/restore';
import { catalogue, restored } from './helpers';

const lone = () =>
  restored({
    components: [
      { id: 'sf', type: 'spotfire.spotfire-server' },
      { id: 'web', type: 'infra.browser' },
      { id: 'dc', type: 'infra.ad-domain-controller' },
    ],
  });

describe('runChecks', () => {
  it('runs every rule and orders findings by severity', () => {
    const findings = runChecks(lone(), catalogue);
    expect(findings.map((f) => f.rule)).toEqual(['missing-dependency', 'idle-component']);
    expect(findings.map((f) => f.severity)).toEqual(['error', 'warning']);
    expect(countFindings(findings)).toEqual({ error: 1, warning: 1, info: 0, acknowledged: 0 });
    expect(failsAt(findings, 'error')).toBe(true);
  });

  it('silences an acknowledged finding but still lists it, with its reason', () => {
    const d = acknowledge(
      lone(),
      'missing-dependency:sf:spotfire.server-to-database-oracle',
      'The database is provisioned by the DBA team.',
    );
    const findings = runChecks(d, catalogue);
    expect(findings).toHaveLength(2);
    const acked = findings.find((f) => f.rule === 'missing-dependency');
    expect(acked?.acknowledged).toEqual({ reason: 'The database is provisioned by the DBA team.' });
    expect(countFindings(findings)).toEqual({ error: 0, warning: 1, info: 0, acknowledged: 1 });
    expect(failsAt(findings, 'error')).toBe(false);
    expect(failsAt(findings, 'warning')).toBe(true);
  });

  it('withdraws an acknowledgement and reports stale ones', () => {
    const d = acknowledge(acknowledge(lone(), 'idle-component:dc', 'kept'), 'idle-component:dc', undefined);
    expect(d.acknowledgements).toBeUndefined();
    const stale = acknowledge(lone(), 'port-clash:a:b', 'gone');
    expect(staleAcknowledgements(stale, runChecks(stale, catalogue))).toEqual(['port-clash:a:b']);
  });

  it('keeps acknowledgements and the zone policy through a save and a restore', () => {
    const d = setZonePolicy(acknowledge(lone(), 'idle-component:dc', 'Used by a later phase'), threeTierPolicy([]));
    const back = restoreDesignValue(JSON.parse(JSON.stringify(d)), catalogue, 'saved');
    expect(back.ok && back.design.acknowledgements).toEqual([{ finding: 'idle-component:dc', reason: 'Used by a later phase' }]);
    expect(back.ok && back.design.zonePolicy).toEqual({ allow: [] });
    expect(Design.safeParse({ ...d, acknowledgements: [{ finding: 'x', reason: '  ' }] }).success).toBe(false);
  });

  it('writes the workbook rows with status and reason', () => {
    const d = acknowledge(lone(), 'idle-component:dc', 'Phase 2');
    const rows = checksSheetRows(runChecks(d, catalogue));
    expect(rows.map((r) => [r[0], r[5], r[6]])).toEqual([
      ['error', 'open', ''],
      ['warning', 'acknowledged', 'Phase 2'],
    ]);
  });
});
