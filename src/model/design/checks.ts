/**
 * Checks a schema cannot make: ids unique, references resolvable, component
 * types known, values (addresses, options, parameters) valid, and hosts
 * consistent when several components share one.
 */
import { checkAddress } from '../address';
import type { Catalogue } from '../catalogue/load';
import { instanceProblems } from './instance';
import { fail, type RestoreFailure } from './problems';
import type { Design } from './schema';
import { serviceOf } from './services';

export function checkReferences(design: Design, catalogue: Catalogue, source: string): { ok: true } | RestoreFailure {
  // One id space: zones and components are both nodes on the canvas, flows are named by id in exclusions.
  const seen = new Map<string, string>();
  for (const [what, items] of [
    ['zone', design.zones],
    ['component', design.components],
    ['flow', design.flows],
  ] as const) {
    for (const item of items) {
      const earlier = seen.get(item.id);
      if (earlier) {
        const as = earlier === what ? `the ${what} id "${item.id}" twice` : `"${item.id}" as both a ${earlier} id and a ${what} id`;
        return fail('duplicate-id', `${source} uses ${as}; ids must be unique.`);
      }
      seen.set(item.id, what);
    }
  }

  const unknown = [...new Set(design.components.filter((c) => !catalogue.components.has(c.type)).map((c) => c.type))];
  if (unknown.length > 0) {
    const failure = fail(
      'unknown-types',
      `${source} names component types this catalogue lacks: ${unknown.map((t) => `"${t}"`).join(', ')}.`,
      unknown.map((t) => `unknown type "${t}" (${design.components.filter((c) => c.type === t).length} component(s))`),
    );
    return { ...failure, withoutUnknown: withoutComponents(design, new Set(unknown)) };
  }

  const zones = new Set(design.zones.map((z) => z.id));
  const components = new Map(design.components.map((c) => [c.id, c]));
  const missing: string[] = [];
  for (const c of design.components) {
    if (c.zone !== undefined && !zones.has(c.zone)) missing.push(`component "${c.id}" is in zone "${c.zone}", which does not exist`);
    for (const [role, ids] of Object.entries(c.servedBy)) {
      for (const id of ids) {
        if (!components.has(id)) missing.push(`component "${c.id}" has ${role} served by "${id}", which does not exist`);
      }
    }
  }
  for (const f of design.flows) {
    for (const end of [f.from, f.to]) {
      if (!components.has(end)) missing.push(`flow "${f.id}" connects component "${end}", which does not exist`);
    }
    const listener = components.get(f.to);
    if (listener && f.service !== undefined && !serviceOf(catalogue, listener.type, f.service)) {
      missing.push(`flow "${f.id}" names service "${f.service}", which ${listener.type} does not offer`);
    }
    if (f.service === undefined && (f.protocol === undefined || f.ports === undefined)) {
      missing.push(`flow "${f.id}" needs either a "service" or a "protocol" and "ports"`);
    }
  }
  if (missing.length > 0) return fail('missing-reference', `${source}: ${missing[0]}.`, missing);
  return { ok: true };
}

/** The design without the given component types, and without what referred to them. */
export function withoutComponents(design: Design, types: ReadonlySet<string>): Design {
  const removed = new Set(design.components.filter((c) => types.has(c.type)).map((c) => c.id));
  return {
    ...design,
    components: design.components
      .filter((c) => !removed.has(c.id))
      .map((c) => ({
        ...c,
        servedBy: Object.fromEntries(Object.entries(c.servedBy).map(([role, ids]) => [role, ids.filter((id) => !removed.has(id))])),
      })),
    flows: design.flows.filter((f) => !removed.has(f.from) && !removed.has(f.to)),
  };
}

export function checkValues(design: Design, catalogue: Catalogue, source: string): { ok: true; warnings: string[] } | RestoreFailure {
  const problems: string[] = [];
  const warnings: string[] = [];
  for (const zone of design.zones) {
    if (zone.cidr === undefined) continue;
    const check = checkAddress(zone.cidr);
    if (!check.ok) problems.push(`zone "${zone.name}" cidr: ${check.message}`);
    else if (check.hint) warnings.push(`zone "${zone.name}" cidr: ${check.hint}`);
  }
  for (const c of design.components) {
    const type = catalogue.components.get(c.type)!;
    if (c.ip !== undefined && c.ip.trim() !== '') {
      const check = checkAddress(c.ip);
      if (!check.ok) problems.push(`component "${c.label ?? c.id}" ip: ${check.message}`);
      else if (check.hint) warnings.push(`component "${c.label ?? c.id}" ip: ${check.hint}`);
    }
    problems.push(...instanceProblems(c, type, catalogue));
  }
  if (problems.length > 0) return fail('invalid-value', `${source}: ${problems[0]}.`, problems);
  return { ok: true, warnings };
}

/**
 * Host key: host names compare as people read them. Unicode-normalised (NFC,
 * so a composed and a decomposed `café` are one name), invisible control and
 * format characters removed (a zero-width space makes no second host), and
 * without case or surrounding spaces. Derivation, the matrix, the inspector
 * and every exporter key hosts by this.
 */
export function hostKey(host: string | undefined): string | undefined {
  const key = host === undefined ? undefined : spelledHost(host).trim().toLowerCase();
  return key ? key : undefined;
}

const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

/** A host name spelled as a person reads it: NFC, invisible characters removed, case and spaces kept. */
export function spelledHost(host: string): string {
  return host.normalize('NFC').replace(INVISIBLE, '');
}

/** A host name with its invisible characters and combining marks shown (`web\u200b`, `cafe\u0301`), for messages. */
function visibleHost(host: string): string {
  return JSON.stringify(host).replace(/[\p{Cf}\p{Zl}\p{Zp}\p{M}]/gu, (c) => `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`);
}

/**
 * Two host names that differ only by invisible characters or Unicode
 * normalisation look alike but would be two hosts to a firewall script
 * (`web` and `web` + U+200B): refused, naming both, rather than guessed.
 * Names that differ only by case or surrounding spaces are one host, as before.
 */
export function lookalikeHosts(design: Design, source: string): RestoreFailure | undefined {
  const spelled = new Map<string, string>();
  for (const c of design.components) {
    const key = hostKey(c.host);
    if (!key || c.host === undefined) continue;
    const plain = c.host.trim().toLowerCase();
    const first = spelled.get(key);
    if (first === undefined) spelled.set(key, c.host);
    else if (first.trim().toLowerCase() !== plain) {
      return fail(
        'invalid-value',
        `${source}: host names ${visibleHost(first)} and ${visibleHost(c.host)} differ only by invisible characters or Unicode normalisation; ` +
          'they would be one host to a person and two to a firewall. Spell them the same, or make them different names.',
      );
    }
  }
  return undefined;
}
