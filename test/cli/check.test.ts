/** `portolan check`: the same findings as the Checks panel, and exit codes a pipeline can use. */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './harness';

const dir = mkdtempSync(join(tmpdir(), 'portolan-check-'));
const examples = resolve(__dirname, '../../examples');

function designFile(name: string, doc: Record<string, unknown>): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify({ schemaVersion: 1, ...doc }));
  return path;
}

interface Report {
  counts: { error: number; warning: number; info: number; acknowledged: number };
  findings: { id: string; rule: string; severity: string; acknowledged?: { reason: string } }[];
  staleAcknowledgements: string[];
}

describe('portolan check on every example', () => {
  const files = readdirSync(examples).filter((f) => f.endsWith('.portolan.json'));
  it.each(files)('%s is clean or every remaining finding is acknowledged with a reason', async (file) => {
    const { code, out } = await cli('check', join(examples, file), '--json', '--fail-on', 'info');
    const report = JSON.parse(out) as Report;
    expect(report.counts).toMatchObject({ error: 0, warning: 0, info: 0 });
    expect(report.staleAcknowledgements).toEqual([]);
    for (const f of report.findings) expect(f.acknowledged?.reason.length).toBeGreaterThan(20);
    expect(code).toBe(0);
  });
});

describe('portolan check', () => {
  const spotfireAlone = () =>
    designFile('alone.json', {
      components: [
        { id: 'sf', type: 'spotfire.spotfire-server' },
        { id: 'web', type: 'infra.browser' },
        { id: 'dc', type: 'infra.ad-domain-controller' },
      ],
    });

  it('prints each finding with its rule, fix and id, and exits 3 on an error', async () => {
    const { code, out } = await cli('check', spotfireAlone());
    expect(code).toBe(3);
    expect(out).toMatch(/^ERROR Missing dependency\n/m);
    expect(out).toMatch(/fix: Place Oracle Database/);
    expect(out).toMatch(/id: missing-dependency:sf:/);
    expect(out).toMatch(/1 error, 1 warning, 0 info, 0 acknowledged\.\n$/);
  });

  it('passes at --fail-on error when only warnings are open, and fails at --fail-on warning', async () => {
    const path = designFile('warn.json', { components: [{ id: 'dc', type: 'infra.ad-domain-controller' }] });
    expect((await cli('check', path)).code).toBe(0);
    expect((await cli('check', path, '--fail-on', 'warning')).code).toBe(3);
  });

  it('does not fail on an acknowledged finding, and reports one that matches nothing', async () => {
    const path = designFile('acked.json', {
      components: [{ id: 'dc', type: 'infra.ad-domain-controller' }],
      acknowledgements: [
        { finding: 'idle-component:dc', reason: 'Placed for phase 2' },
        { finding: 'port-clash:x:y', reason: 'old' },
      ],
    });
    const { code, out } = await cli('check', path, '--fail-on', 'warning', '--json');
    expect(code).toBe(0);
    const report = JSON.parse(out) as Report;
    expect(report.findings).toMatchObject([{ id: 'idle-component:dc', acknowledged: { reason: 'Placed for phase 2' } }]);
    expect(report.staleAcknowledgements).toEqual(['port-clash:x:y']);
  });

  it('refuses a bad --fail-on with exit 2 and a bad design with exit 1', async () => {
    const bad = await cli('check', spotfireAlone(), '--fail-on', 'sometimes');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--fail-on takes error, warning or info/);
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{');
    expect((await cli('check', broken)).code).toBe(1);
  });
});
