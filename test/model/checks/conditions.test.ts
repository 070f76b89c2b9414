import { describe, expect, it } from 'vitest';
import { conditionNotMet } from '../../../src/model/checks/conditions';
import { restored, run } from './helpers';

const wso2 = (options: Record<string, unknown>, flow: Record<string, unknown>) =>
  restored({
    components: [
      { id: 'client', type: 'infra.workstation' },
      { id: 'am', type: 'wso2.api-manager', options },
    ],
    flows: [{ id: 'drawn', from: 'client', to: 'am', ...flow }],
  });

describe('condition not met', () => {
  it('fires for a drawn flow to the wka port 4000 of a member using multicast', () => {
    const findings = run(conditionNotMet, wso2({ 'membership-scheme': 'multicast' }, { service: 'wso2.carbon#clustering-wka-4000' }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'condition-not-met', severity: 'error', target: { kind: 'edge', from: 'client', to: 'am' } });
    expect(findings[0]!.message).toMatch(/WKA/);
  });

  it('fires for 7611 without the Thrift publisher, also when the port is typed by hand', () => {
    expect(run(conditionNotMet, wso2({}, { service: 'wso2.api-manager#throttling-thrift-7611' }))).toHaveLength(1);
    const typed = run(conditionNotMet, wso2({}, { protocol: 'tcp', ports: { from: 7611, to: 7611 } }));
    expect(typed).toHaveLength(1);
    expect(typed[0]!.fix).toMatch(/Thrift/);
  });

  it('does not fire when the condition holds, or for a port nothing conditional opens', () => {
    expect(run(conditionNotMet, wso2({ 'membership-scheme': 'wka' }, { service: 'wso2.carbon#clustering-wka-4000' }))).toEqual([]);
    expect(run(conditionNotMet, wso2({ 'throttling-publisher': 'thrift' }, { protocol: 'tcp', ports: { from: 7611, to: 7611 } }))).toEqual(
      [],
    );
    expect(run(conditionNotMet, wso2({}, { protocol: 'tcp', ports: { from: 12345, to: 12345 } }))).toEqual([]);
  });
});
