/**
 * fast-check arbitraries for the export property tests: hostile text (the
 * fragments that end comments and strings or inject lines in one format or
 * another, mixed with any Unicode), addresses and whole random designs.
 */
import fc from 'fast-check';
import type { z } from 'zod';
import { DESIGN_SCHEMA_VERSION, type DesignInput } from '../../src/model/design/schema';

const FRAGMENTS = [
  '"',
  "'",
  '`',
  '\\',
  '\n',
  '\r\n',
  '\r',
  '\t',
  '${',
  '%{',
  '}',
  '{',
  '$(',
  '*/',
  '/*',
  '#',
  '<#',
  '#>',
  ';',
  '--',
  '!',
  '?',
  '\u2028',
  '\u2029',
  '\u0085',
  '\u0000',
  '\u007f',
  '\u202e',
  '\u202c',
  '\u2066',
  '\u200b',
  '\ufeff',
  '\ud800',
  '‘',
  '’',
  '“',
  '”',
  '🚀',
  '👩‍💻',
  'עברית',
  'العربية',
  '日本語',
  'é',
  'COMMIT',
  '-A FORWARD -j ACCEPT',
  '---',
  '...',
  ': ',
  '- ',
  '&anchor',
  '*alias',
  '|',
  '>',
  '@',
  '%',
  '=HYPERLINK("x")',
  '+1',
  '-1',
  '§',
];

/** Text built from fragments that break formats and arbitrary Unicode. */
export function hostile(maxLength = 8): fc.Arbitrary<string> {
  return fc
    .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: 'grapheme', maxLength: 6 }), fc.string({ maxLength: 6 })), {
      maxLength,
    })
    .map((parts) => parts.join(''));
}

const ipv4 = fc.ipV4();
const ipv6 = fc.ipV6().filter((ip) => !ip.includes('%'));

/** An address as a user may type it: IPv4 or IPv6, host or CIDR (host bits possibly set), or none. */
export const address: fc.Arbitrary<string | undefined> = fc.oneof(
  { weight: 5, arbitrary: ipv4 },
  { weight: 2, arbitrary: fc.tuple(ipv4, fc.integer({ min: 8, max: 32 })).map(([ip, p]) => `${ip}/${p}`) },
  { weight: 1, arbitrary: ipv6 },
  { weight: 1, arbitrary: fc.tuple(ipv6, fc.integer({ min: 16, max: 128 })).map(([ip, p]) => `${ip}/${p}`) },
  { weight: 1, arbitrary: fc.constant(undefined) },
);

/** Component types whose catalogue flows connect to each other, plus the documented Internet services. */
const TYPES = [
  'infra.workstation',
  'infra.ldap-directory',
  'infra.google-public-dns',
  'infra.apns',
  'infra.fcm',
  'infra.jmx-client',
  'tarantella.tarantella-host',
  'tarantella.application-host',
  'wso2.api-manager',
  'wso2.identity-server',
  'wso2.ios-device',
  'wso2.android-device',
  'wso2.emm',
];

const port = fc.integer({ min: 1, max: 65535 });

/** A random design: hostile names everywhere, random addresses, random custom flows with ports and ranges. */
export const design: fc.Arbitrary<z.input<typeof DesignInput>> = fc
  .record({
    title: hostile(),
    owner: fc.option(hostile(), { nil: undefined }),
    ticket: fc.option(hostile(), { nil: undefined }),
    zones: fc.array(
      hostile(4).map((n) => n || 'z'),
      { minLength: 1, maxLength: 4 },
    ),
    components: fc.array(
      fc.record({
        type: fc.constantFrom(...TYPES),
        label: fc.option(hostile(), { nil: undefined }),
        host: fc.option(hostile(3), { nil: undefined }),
        ip: address,
        zone: fc.nat(4),
        offset: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
      }),
      { minLength: 2, maxLength: 7 },
    ),
    flows: fc.array(
      fc.record({
        from: fc.nat(6),
        to: fc.nat(6),
        protocol: fc.constantFrom('tcp' as const, 'udp' as const),
        ports: fc.tuple(port, port).map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a })),
        single: fc.boolean(),
        purpose: fc.option(hostile(), { nil: undefined }),
      }),
      { minLength: 1, maxLength: 10 },
    ),
  })
  .map((d) => {
    const zones = d.zones.map((name, i) => ({ id: `z${i}`, name }));
    const components = d.components.map((c, i) => ({
      id: `c${i}`,
      type: c.type,
      options: {},
      servedBy: {},
      params: (c.offset !== undefined && c.type.startsWith('wso2.') && !c.type.endsWith('-device')
        ? { 'port-offset': c.offset }
        : {}) as Record<string, number>,
      ...(c.label !== undefined && { label: c.label }),
      // Host names are made unique so co-location never makes two components disagree on an address.
      ...(c.host !== undefined && { host: `${c.host}-${i}` }),
      ...(c.ip !== undefined && { ip: c.ip }),
      ...(c.zone < zones.length && { zone: zones[c.zone]!.id }),
    }));
    const flows = d.flows
      .filter((f) => f.from < components.length && f.to < components.length && f.from !== f.to)
      .map((f, i) => ({
        id: `f${i}`,
        from: `c${f.from}`,
        to: `c${f.to}`,
        protocol: f.protocol,
        ports: f.single ? { from: f.ports.from, to: f.ports.from } : f.ports,
        ...(f.purpose !== undefined && { purpose: f.purpose }),
      }));
    return {
      schemaVersion: DESIGN_SCHEMA_VERSION,
      meta: { title: d.title, ...(d.owner !== undefined && { owner: d.owner }), ...(d.ticket !== undefined && { changeTicket: d.ticket }) },
      zones: zones.map((z) => ({ ...z, kind: 'internal' as const })),
      components,
      flows,
      excluded: [],
    };
  });
