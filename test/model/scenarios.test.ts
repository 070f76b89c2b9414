/**
 * The scenarios the core issue says must hold, written from the vendor
 * documents, through the model (derivation and matrix). The CLI runs the same
 * designs in test/cli.
 */
import { describe, expect, it } from 'vitest';
import { bundledCatalogue } from '../../src/model/catalogue/bundled';
import { buildMatrix, type MatrixRow } from '../../src/model/matrix';
import { design } from './design-helpers';

const catalogue = bundledCatalogue();
const matrix = (doc: Record<string, unknown>) => buildMatrix(design(catalogue, doc), catalogue);
const between = (rows: MatrixRow[], from: string, to: string) =>
  rows.filter((r) => r.source.componentId === from && r.destination.componentId === to).map((r) => `${r.port}/${r.protocol}`);

describe('scenario 1: client and Tarantella server', () => {
  it('has 3144/tcp from client to server, and 5307/tcp only with the Security Pack', () => {
    const base = {
      components: [
        { id: 'pc', type: 'infra.workstation' },
        { id: 'tta', type: 'tarantella.tarantella-host' },
      ],
    };
    const plain = between(matrix(base), 'pc', 'tta');
    expect(plain).toContain('3144/tcp');
    expect(plain).not.toContain('5307/tcp');
    const secured = matrix({ components: [base.components[0], { ...base.components[1], options: { 'security-pack': true } }] });
    expect(between(secured, 'pc', 'tta')).toContain('5307/tcp');
    expect(between(secured, 'tta', 'pc')).toEqual([]);
  });
});

describe('scenario 3: WSO2 API Manager with port offset 1', () => {
  it('serves its NIO/PT transports on 8281 and 8244 instead of 8280 and 8243', () => {
    const flows = [{ id: 'u', from: 'pc', to: 'apim', service: 'wso2.api-manager#nio-pt-8280-8243' }];
    const shifted = matrix({
      components: [
        { id: 'pc', type: 'infra.workstation' },
        { id: 'apim', type: 'wso2.api-manager', params: { 'port-offset': 1 } },
      ],
      flows,
    });
    expect(between(shifted, 'pc', 'apim')).toEqual(['8244/tcp', '8281/tcp']);
    const unshifted = matrix({
      components: [
        { id: 'pc', type: 'infra.workstation' },
        { id: 'apim', type: 'wso2.api-manager' },
      ],
      flows,
    });
    expect(between(unshifted, 'pc', 'apim')).toEqual(['8243/tcp', '8280/tcp']);
  });
});

describe('scenario 5: Spotfire Server and its database', () => {
  it('reaches PostgreSQL on 5432/tcp, or Oracle on 1521/tcp when Oracle is placed instead', () => {
    const postgres = matrix({
      components: [
        { id: 'sf', type: 'spotfire.spotfire-server' },
        { id: 'db', type: 'infra.postgresql' },
      ],
    });
    expect(between(postgres, 'sf', 'db')).toEqual(['5432/tcp']);
    const oracle = matrix({
      components: [
        { id: 'sf', type: 'spotfire.spotfire-server' },
        { id: 'db', type: 'infra.oracle' },
      ],
    });
    expect(between(oracle, 'sf', 'db')).toEqual(['1521/tcp']);
  });
});

describe('scenario 6: a Tarantella array of three members behind the Netlet', () => {
  it('opens 4000, 4002, 4004/tcp and 4001, 4003, 4005/tcp on the Netlet', () => {
    const rows = matrix({
      components: [
        { id: 'pc', type: 'infra.workstation' },
        { id: 'netlet', type: 'tarantella.netlet-applet', params: { 'array-members': 3 } },
      ],
    });
    expect(between(rows, 'pc', 'netlet').sort()).toEqual(['4000/tcp', '4001/tcp', '4002/tcp', '4003/tcp', '4004/tcp', '4005/tcp']);
  });
});

describe('scenario 2: Tachyon Master Stack and Response Stack', () => {
  const stacks = (hostA: string, hostB: string) => ({
    components: [
      { id: 'master', type: 'tachyon.master-stack-server', host: hostA },
      { id: 'response', type: 'tachyon.response-stack-server', host: hostB },
    ],
  });

  it('on one host: no rows between them', () => {
    const rows = matrix(stacks('tachyon01', 'TACHYON01'));
    expect(between(rows, 'master', 'response')).toEqual([]);
    expect(between(rows, 'response', 'master')).toEqual([]);
  });

  it('on two hosts: 443/tcp Master to Response and 3901/tcp Response to Master', () => {
    const rows = matrix(stacks('tachyon01', 'tachyon02'));
    expect(between(rows, 'master', 'response')).toEqual(['443/tcp']);
    expect(between(rows, 'response', 'master')).toEqual(['3901/tcp']);
  });
});

describe('scenario 4: Tachyon Switch port set to 4100', () => {
  it('clients reach 4100/tcp; the Response Stack reaches the DMZ server poke port 4101/tcp', () => {
    const rows = matrix({
      components: [
        { id: 'client', type: 'tachyon.1e-client' },
        { id: 'roaming', type: 'tachyon.internet-facing-client' },
        { id: 'response', type: 'tachyon.response-stack-server', params: { 'switch-port': 4100 } },
        { id: 'dmz', type: 'tachyon.dmz-server', params: { 'switch-port': 4100 } },
      ],
    });
    expect(between(rows, 'client', 'response')).toContain('4100/tcp');
    expect(between(rows, 'client', 'response')).not.toContain('4000/tcp');
    expect(between(rows, 'roaming', 'dmz')).toContain('4100/tcp');
    expect(between(rows, 'response', 'dmz')).toEqual(['4101/tcp']);
  });
});
