import { describe, expect, it } from 'vitest';
import { isAllowed, threeTierPolicy, withPair, zonePolicy } from '../../../src/model/checks/policy';
import { restored, run } from './helpers';

const zones = [
  { id: 'net', name: 'Internet', kind: 'internet' },
  { id: 'dmz', name: 'DMZ', kind: 'dmz' },
  { id: 'app', name: 'Application', kind: 'internal' },
  { id: 'data', name: 'Data', kind: 'internal' },
  { id: 'mgmt', name: 'Management', kind: 'management' },
] as const;

describe('three-tier starting policy', () => {
  const policy = threeTierPolicy(zones.map((z) => ({ ...z })));
  it.each([
    ['net', 'dmz', true],
    ['dmz', 'app', true],
    ['app', 'data', true],
    ['mgmt', 'data', true],
    ['mgmt', 'net', true],
    ['net', 'app', false],
    ['net', 'data', false],
    ['dmz', 'data', false],
    ['data', 'app', false],
    ['app', 'net', false],
  ])('%s → %s allowed: %s', (from, to, allowed) => {
    expect(isAllowed(policy, from, to)).toBe(allowed);
  });
});

describe('zone policy rule', () => {
  const doc = (allow: { from: string; to: string }[] | undefined) =>
    restored({
      zones,
      components: [
        { id: 'ms', type: 'tachyon.master-stack-server', zone: 'app' },
        { id: 'db', type: 'infra.sql-server', zone: 'data' },
        { id: 'ws', type: 'infra.browser', zone: 'dmz' },
      ],
      ...(allow && { zonePolicy: { allow } }),
    });

  it('fires for a crossing flow outside the policy, once per edge', () => {
    const findings = run(zonePolicy, doc([{ from: 'app', to: 'data' }]));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ id: 'zone-policy:ws>ms', severity: 'error', target: { kind: 'edge', from: 'ws', to: 'ms' } });
    expect(findings[0]!.message).toMatch(/DMZ → Application/);
  });

  it('does not fire when the pair is ticked, or when no policy is stated', () => {
    expect(
      run(
        zonePolicy,
        doc([
          { from: 'app', to: 'data' },
          { from: 'dmz', to: 'app' },
        ]),
      ),
    ).toEqual([]);
    expect(run(zonePolicy, doc(undefined))).toEqual([]);
  });

  it('ticks and unticks pairs in zone order', () => {
    const d = doc([{ from: 'dmz', to: 'app' }]);
    const ticked = withPair(d, 'net', 'dmz', true);
    expect(ticked.allow).toEqual([
      { from: 'net', to: 'dmz' },
      { from: 'dmz', to: 'app' },
    ]);
    expect(withPair({ ...d, zonePolicy: ticked }, 'net', 'dmz', false).allow).toEqual([{ from: 'dmz', to: 'app' }]);
  });
});
