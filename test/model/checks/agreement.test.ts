import { describe, expect, it } from 'vitest';
import { clusterParams, clusterPortMismatch, membershipSchemeMismatch } from '../../../src/model/checks/agreement';
import { catalogue, restored, run } from './helpers';

describe('cluster ports', () => {
  it("knows the Spotfire clustering port as a cluster parameter, and node manager ports as each member's own", () => {
    const params = clusterParams(catalogue);
    expect(params.has('clustering-port')).toBe(true);
    expect(params.has('node-manager-registration-port')).toBe(false);
  });

  it('fires when two clustered Spotfire Servers have different clustering ports, quoting the document', () => {
    const d = restored({
      components: [
        { id: 'sf1', type: 'spotfire.spotfire-server' },
        { id: 'sf2', type: 'spotfire.spotfire-server', params: { 'clustering-port': 5801 } },
        { type: 'infra.postgresql' },
      ],
    });
    const findings = run(clusterPortMismatch, d);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'cluster-port-mismatch', severity: 'error' });
    expect(findings[0]!.message).toMatch(/same for all servers in the cluster/);
    expect(findings[0]!.fix).toMatch(/5701|5801/);
  });

  it('does not fire when they agree', () => {
    const d = restored({
      components: [
        { type: 'spotfire.spotfire-server', params: { 'clustering-port': 5801 } },
        { type: 'spotfire.spotfire-server', params: { 'clustering-port': 5801 } },
      ],
    });
    expect(run(clusterPortMismatch, d)).toEqual([]);
  });
});

describe('membership scheme', () => {
  it('fires when members of one WSO2 product use different schemes', () => {
    const d = restored({
      components: [
        { id: 'a', type: 'wso2.api-manager', options: { 'membership-scheme': 'wka' } },
        { id: 'b', type: 'wso2.api-manager', options: { 'membership-scheme': 'multicast' } },
        { id: 'c', type: 'wso2.api-manager', options: { 'membership-scheme': 'wka' } },
      ],
    });
    const findings = run(membershipSchemeMismatch, d);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ target: { kind: 'component', id: 'b' } });
    expect(findings[0]!.reference).toMatch(/^WSO2, .*", § /);
  });

  it('does not fire when they agree, or when the others are not clustered', () => {
    const d = restored({
      components: [
        { type: 'wso2.api-manager', options: { 'membership-scheme': 'wka' } },
        { type: 'wso2.api-manager', options: { 'membership-scheme': 'wka' } },
        { type: 'wso2.api-manager' },
      ],
    });
    expect(run(membershipSchemeMismatch, d)).toEqual([]);
  });
});
