import { describe, expect, it } from 'vitest';
import { idleComponent, missingDependency } from '../../../src/model/checks/dependencies';
import { restored, run } from './helpers';

describe('missing dependency', () => {
  it('fires for a Spotfire Server without its database, naming the three database kinds', () => {
    const findings = run(missingDependency, restored({ components: [{ id: 'sf', type: 'spotfire.spotfire-server' }] }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'missing-dependency', severity: 'error', target: { kind: 'component', id: 'sf' } });
    expect(findings[0]!.fix).toMatch(/Oracle.*SQL Server.*PostgreSQL|PostgreSQL.*SQL Server/);
    expect(findings[0]!.reference).toMatch(/^TIBCO, .*", § /);
  });

  it('fires for Tachyon without SQL Server, once per database connection', () => {
    const findings = run(missingDependency, restored({ components: [{ id: 't', type: 'tachyon.server' }] }));
    expect(findings.map((f) => f.message).join('\n')).toMatch(/SQL Server/);
    expect(findings.every((f) => f.target.kind === 'component')).toBe(true);
  });

  it('does not fire once any of the database kinds is placed', () => {
    expect(run(missingDependency, restored({ components: [{ type: 'spotfire.spotfire-server' }, { type: 'infra.postgresql' }] }))).toEqual(
      [],
    );
    expect(run(missingDependency, restored({ components: [{ type: 'tachyon.server' }, { type: 'infra.sql-server' }] }))).toEqual([]);
  });

  it('fires as a warning for a directory an option needs (LDAPS chosen, no directory), and names the option', () => {
    const findings = run(
      missingDependency,
      restored({ components: [{ id: 'sf', type: 'spotfire.spotfire-server', options: { ldap: 'ldaps' } }, { type: 'infra.postgresql' }] }),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('warning');
    expect(findings[0]!.fix).toMatch(/Active Directory|LDAP directory/);
    expect(findings[0]!.fix).toMatch(/switch off/);
  });

  it('does not count optional data sources as needs', () => {
    const findings = run(missingDependency, restored({ components: [{ type: 'spotfire.spotfire-server' }, { type: 'infra.oracle' }] }));
    expect(findings).toEqual([]);
  });
});

describe('idle component', () => {
  it('fires for an AD domain controller whose users have the options that use it off, and names those options', () => {
    const findings = run(
      idleComponent,
      restored({
        components: [
          { id: 'dc', type: 'infra.ad-domain-controller' },
          { id: 'sf', type: 'spotfire.spotfire-server' },
          { type: 'infra.postgresql' },
        ],
      }),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'idle-component', target: { kind: 'component', id: 'dc' } });
    expect(findings[0]!.message).toMatch(/Kerberos/);
    expect(findings[0]!.message).toMatch(/"sf"/);
  });

  it('names the component types that would connect a lone component', () => {
    const [finding] = run(idleComponent, restored({ components: [{ type: 'infra.sql-server' }] }));
    expect(finding!.fix).toMatch(/Tachyon/);
  });

  it('does not fire once an option connects it', () => {
    const d = restored({
      components: [
        { type: 'infra.ad-domain-controller' },
        { type: 'spotfire.spotfire-server', options: { kerberos: true } },
        { type: 'infra.postgresql' },
      ],
    });
    expect(run(idleComponent, d)).toEqual([]);
  });
});
