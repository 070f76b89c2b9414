/**
 * Issue 13 in the exports: peer traffic within a group of machines (host rule
 * sets keep it, network rule sets leave it out and say so), local-segment
 * discovery marked on its rules, and endpoints known only by AS or name in
 * their own column, never in an IP column.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { bundledCatalogue } from '../../src/model/catalogue/bundled';
import { restoreDesignValue } from '../../src/model/design/restore';
import type { Design } from '../../src/model/design/schema';
import { matrixToCsv } from '../../src/model/export/csv';
import { contextFor, runFormat, text } from './helpers';
import { readWorkbook } from './workbook';

const catalogue = bundledCatalogue();
function restored(doc: Record<string, unknown>): Design {
  const result = restoreDesignValue({ schemaVersion: 1, ...doc }, catalogue, 'test design');
  if (!result.ok) throw new Error(result.problem.message);
  return result.design;
}

/** The CSV as records by header (the delimiter named: a purpose's semicolons must not look like one). */
const csvRows = (design: Design) =>
  Papa.parse<Record<string, string>>(matrixToCsv(contextFor(design).rows, { design }), {
    header: true,
    delimiter: ',',
    skipEmptyLines: true,
  }).data;

const zones = [
  { id: 'lan', name: 'LAN', kind: 'internal' },
  { id: 'srv', name: 'Servers', kind: 'internal' },
  { id: 'inet', name: 'Internet', kind: 'internet' },
];

/** A 1E Client group (one component, a CIDR) and a Tachyon Catalog server with 1E Cloud. */
const clientGroup = restored({
  meta: { title: 'group' },
  zones,
  components: [
    { id: 'clients', type: 'tachyon.1e-client', label: 'Clients', zone: 'lan', ip: '10.20.0.0/16' },
    { id: 'cat', type: 'tachyon.catalog-server', label: 'Catalog', host: 'cat1', zone: 'srv', ip: '10.30.0.5' },
    { id: 'cloud', type: 'infra.1e-cloud-services', zone: 'inet' },
  ],
});

describe('peer traffic within a group of machines', () => {
  it('is a Windows rule on the members, and left out of ASA and nftables with a note', async () => {
    const windows = text((await runFormat('windows', contextFor(clientGroup))).files[0]!);
    expect(windows).toMatch(/-LocalPort '7766' -RemoteAddress '10\.20\.0\.0\/16'/);
    expect(windows).toMatch(/WITHIN GROUP 10\.20\.0\.0\/16/);
    for (const id of ['asa', 'nftables', 'iptables']) {
      const result = await runFormat(id, contextFor(clientGroup));
      const all = result.files.map(text).join('\n');
      expect(all, id).not.toMatch(/7766/);
      expect(result.warnings.join('\n'), id).toMatch(/between the members of one group of machines.*Clients \(10\.20\.0\.0\/16\)/);
    }
  });

  it('is kept in AWS security groups, which are enforced on each instance', async () => {
    const aws = (await runFormat('aws', contextFor(clientGroup))).files.map(text).join('\n');
    expect(aws).toMatch(/from_port\s*=\s*7766/);
  });

  it('is marked in the CSV and the workbook note says why it is not in the network rule sets', async () => {
    const csv = csvRows(clientGroup);
    const peer = csv.find((r) => r.Port === '7766')!;
    expect(peer['Local segment or group']).toBe('within group 10.20.0.0/16 (host firewalls only)');
    const book = await readWorkbook((await runFormat('xlsx', contextFor(clientGroup))).files[0]!.data as Uint8Array);
    const [header, ...rows] = book.rows('Flows');
    const row = rows.find((r) => r[header!.indexOf('Port')] === '7766')!;
    expect(row[header!.indexOf('Action')]).toBe('Host firewalls only');
    expect(row[header!.indexOf('Note')]).toMatch(/^Host firewalls only: between the members of the group 10\.20\.0\.0\/16/);
  });
});

describe('endpoints known only by AS or by name', () => {
  const mobile = restored({
    meta: { title: 'mobile' },
    zones,
    components: [
      { id: 'android', type: 'wso2.android-device', label: 'Android', zone: 'lan', ip: '10.61.0.0/16' },
      { id: 'fcm', type: 'infra.fcm', zone: 'inet' },
    ],
  });

  it('go in their own CSV column with a note on how to express them, never in the IP column', () => {
    const rows = csvRows(mobile).filter((r) => r.ID);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row['Destination IP']).toBe('');
      expect(row['Destination (AS or name)']).toMatch(/^AS15169\. .*published ranges/);
      expect(row['Source IP']).toBe('10.61.0.0/16');
      expect(row['Source (AS or name)']).toBe('');
    }
    const named = csvRows(clientGroup);
    const cloud = named.filter((r) => r['Destination component'] === '1E Cloud Services');
    expect(cloud.length).toBeGreaterThan(0);
    for (const row of cloud) {
      expect(row['Destination IP']).toBe('');
      expect(row['Destination (AS or name)']).toMatch(/^1E Cloud Services\. Known by name only/);
    }
  });

  it('go in their own workbook columns, on the Flows and the Hosts sheets', async () => {
    const book = await readWorkbook((await runFormat('xlsx', contextFor(mobile))).files[0]!.data as Uint8Array);
    const [header, ...rows] = book.rows('Flows');
    const ip = header!.indexOf('Destination IP');
    const known = header!.indexOf('Destination (AS or name)');
    expect(ip).toBeGreaterThan(-1);
    expect(known).toBeGreaterThan(-1);
    const toFcm = rows.filter((r) => r[known]?.startsWith('AS15169'));
    expect(toFcm.length).toBeGreaterThan(0);
    expect(toFcm.every((r) => r[ip] === '')).toBe(true);
    const hosts = book.rows('Hosts');
    const fcm = hosts.find((r) => r.includes('AS15169'))!;
    expect(fcm[hosts[0]!.indexOf('IP')]).toBe('');
    expect(fcm[hosts[0]!.indexOf('AS or name (no IP)')]).toBe('AS15169');
  });
});

describe('local-segment discovery in the rule sets', () => {
  it('marks the CRQT broadcast rule and explains local-segment rules in the header', async () => {
    const cobalt = restored({
      meta: { title: 'cobalt' },
      zones,
      components: [
        { id: 'a', type: 'open-cobalt.app', host: 'a', zone: 'lan', ip: '10.1.1.5' },
        { id: 'b', type: 'open-cobalt.app', host: 'b', zone: 'lan', ip: '10.1.1.6' },
      ],
    });
    const nft = text((await runFormat('nftables', contextFor(cobalt))).files[0]!);
    expect(nft).toMatch(/udp dport 43215 .*LOCAL SEGMENT \(BROADCAST\)/);
    expect(nft).toMatch(/LOCAL SEGMENT rules carry broadcast or multicast discovery/);
  });
});
