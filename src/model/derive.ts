/**
 * Flow derivation: from a design and the catalogue to every connection the
 * vendors document between the placed components, plus the user's own.
 * Pure and deterministic: the same design always yields the same flows in
 * the same order, with the same keys.
 */
import { canonicalAddress } from './address';
import type { Catalogue, CatalogueComponent, CatalogueFlow } from './catalogue/load';
import type { Citation, Condition, Protocol, SegmentKind } from './catalogue/schema';
import { hostKey } from './design/checks';
import { effectiveOptions } from './design/instance';
import type { ComponentInstance, Design, OptionValue, UserFlow } from './design/schema';
import { serviceOf } from './design/services';
import { conditionText, listenerPorts, listenerSettings, type ListenerSettings } from './listener';
import { pairAllowed, withinGroupText } from './peers';
import type { ResolvedPorts } from './ports';

/** A flow's ports: concrete ranges, or why the document gives none (see `ResolvedPorts`). */
export type FlowPorts = ResolvedPorts;

/**
 * One derived flow, by origin: a catalogue flow always cites its document;
 * a flow the user drew cites one only when it uses a documented service.
 */
export type DerivedFlow = CatalogueDerivedFlow | UserDerivedFlow;

export interface CatalogueDerivedFlow extends FlowFields {
  origin: 'catalogue';
  /** The catalogue flow id. */
  sourceId: string;
  cite: Citation;
}

export interface UserDerivedFlow extends FlowFields {
  origin: 'user';
  /** The user flow id. */
  sourceId: string;
  /** The cited service's document, when the flow uses one. */
  cite?: Citation;
}

/** What every flow has, whatever its origin. */
interface FlowFields {
  /** Stable key: `<catalogue flow id>:<from>><to>` or `user:<flow id>`. Exclusions name it. */
  key: string;
  from: string;
  to: string;
  product: string;
  protocols: Protocol[];
  ports: FlowPorts;
  app?: string;
  purpose: string;
  alsoCited: Citation[];
  gap?: string;
  /** Readable condition that switched this flow on, e.g. `Security Pack: on`. */
  condition?: string;
  firewall: boolean;
  crossesZones: boolean;
  /**
   * Both ends on one host, or in one group of machines (identical CIDRs, such
   * as remote users 0.0.0.0/0 and the Netlet applet that runs on their
   * machines): drawn, but never in a firewall request.
   */
  local: boolean;
  /** Why the flow is local, in words (`same host tta1`), when it is. */
  localReason?: string;
  /** Broadcast or multicast discovery: derived only within one segment, and marked so (`segment.ts`). */
  segment?: SegmentKind;
  /**
   * From a component with a CIDR to itself: its members talk to each other
   * (`peers.ts`). Not local: host firewalls on the members need the rule,
   * network rule sets leave it out.
   */
  withinGroup?: { cidr: string; reason: string };
  excluded: boolean;
}

interface Placed extends ListenerSettings {
  /** Position in the design, which orders the flows. */
  index: number;
  instance: ComponentInstance;
  type: CatalogueComponent;
  options: Record<string, OptionValue>;
}

/**
 * Every flow of the design. With `only`, just the flows with an end in one of
 * those components (src/model/derive-incremental.ts re-derives an edit's
 * components this way), in the same order as the full derivation lists them.
 */
export function deriveFlows(design: Design, catalogue: Catalogue, only?: ReadonlySet<string>): DerivedFlow[] {
  const placed = new Map<string, Placed>();
  const byRole = new Map<string, Placed[]>();
  // Every placed instance with an id (ids are unique in a restored design; all of them count if not).
  const byId = new Map<string, Placed[]>();
  design.components.forEach((instance, index) => {
    const type = catalogue.components.get(instance.type);
    if (!type) return;
    const entry: Placed = { index, instance, type, ...settingsOf(instance, type) };
    placed.set(instance.id, entry);
    const same = byId.get(instance.id);
    if (same) same.push(entry);
    else byId.set(instance.id, [entry]);
    for (const role of type.roles) {
      const fillers = byRole.get(role);
      if (fillers) fillers.push(entry);
      else byRole.set(role, [entry]);
    }
  });
  // The listeners a scope names, in design order: the same ones, in the same order, as filtering every filler of the role.
  const scoped = (scope: readonly string[], role: string): Placed[] => {
    const found = new Set<Placed>();
    for (const id of scope) for (const entry of byId.get(id) ?? []) if (entry.type.roles.includes(role)) found.add(entry);
    return [...found].sort((a, b) => a.index - b.index);
  };
  const excluded = new Set(design.excluded);
  const zones = new Map(design.zones.map((z) => [z.id, z]));
  const out: DerivedFlow[] = [];

  for (const flow of catalogue.flows) {
    const initiators = byRole.get(flow.from);
    const listeners = byRole.get(flow.to);
    if (!initiators || !listeners) continue;
    // With `only`, an initiator outside it meets just the listeners inside it (in its scope, in design order).
    const onlyListeners = only && listeners.filter((l) => only.has(l.instance.id));
    // Re-deriving a few components: with none of them listening, only their own initiators can have this flow.
    const fromList = onlyListeners?.length === 0 ? initiators.filter((i) => only!.has(i.instance.id)) : initiators;
    for (const from of fromList) {
      const scope = from.instance.servedBy[flow.to];
      const candidates =
        onlyListeners === undefined || only?.has(from.instance.id)
          ? scope
            ? scoped(scope, flow.to)
            : listeners
          : onlyListeners.filter((l) => !scope || scope.includes(l.instance.id));
      for (const to of candidates) {
        if (!pairAllowed(flow, { instance: from.instance, typeId: from.type.id }, { instance: to.instance, typeId: to.type.id }, zones))
          continue;
        if (!flow.when.every((c) => holds(c, from, to))) continue;
        const key = `${flow.id}:${from.instance.id}>${to.instance.id}`;
        out.push({
          key,
          origin: 'catalogue',
          sourceId: flow.id,
          from: from.instance.id,
          to: to.instance.id,
          product: flow.product,
          protocols: flow.protocols,
          ports: listenerPorts(flow.ports, to),
          ...(flow.app !== undefined && { app: flow.app }),
          purpose: flow.purpose,
          cite: flow.cite,
          alsoCited: flow.alsoCited,
          ...(flow.gap !== undefined && { gap: flow.gap }),
          ...conditionOf(flow, from, to),
          firewall: flow.firewall,
          ...(flow.segment !== undefined && { segment: flow.segment }),
          ...(from === to ? withinGroup(from.instance) : placement(from.instance, to.instance)),
          excluded: excluded.has(key),
        });
      }
    }
  }

  for (const flow of design.flows) {
    if (only && !only.has(flow.from) && !only.has(flow.to)) continue;
    const from = placed.get(flow.from);
    const to = placed.get(flow.to);
    if (!from || !to) continue;
    out.push(userFlow(flow, from, to, catalogue, excluded));
  }
  return out;
}

/**
 * An instance's options and listener settings under its type, kept per
 * instance object: an edit replaces only the instances it changes, so
 * re-deriving a few components after it does not rebuild these for all.
 */
const settingsCache = new WeakMap<ComponentInstance, { type: CatalogueComponent; settings: Omit<Placed, 'index' | 'instance' | 'type'> }>();
function settingsOf(instance: ComponentInstance, type: CatalogueComponent): Omit<Placed, 'index' | 'instance' | 'type'> {
  const cached = settingsCache.get(instance);
  if (cached?.type === type) return cached.settings;
  const settings = { options: effectiveOptions(instance, type), ...listenerSettings(instance, type) };
  settingsCache.set(instance, { type, settings });
  return settings;
}

function holds(condition: Condition, from: Placed, to: Placed): boolean {
  return (condition.side === 'from' ? from : to).options[condition.option] === condition.is;
}

function conditionOf(flow: CatalogueFlow, from: Placed, to: Placed): { condition?: string } {
  const condition = conditionText(flow.when, (side) => (side === 'from' ? from : to).type.options);
  return condition === undefined ? {} : { condition };
}

function placement(a: ComponentInstance, b: ComponentInstance): { crossesZones: boolean; local: boolean; localReason?: string } {
  const crossesZones = (a.zone ?? '') !== (b.zone ?? '');
  const hostA = hostKey(a.host);
  if (hostA !== undefined && hostA === hostKey(b.host)) return { crossesZones, local: true, localReason: `same host (${a.host?.trim()})` };
  const ipA = canonicalAddress(a.ip);
  if (ipA && ipA.cidr === canonicalAddress(b.ip)?.cidr) {
    // Identical CIDRs stand for one group of machines: a flow between them never crosses a firewall, and as a rule it would be any-to-any.
    return ipA.host
      ? { crossesZones, local: true, localReason: `same IP address (${ipA.cidr.replace(/\/(32|128)$/, '')})` }
      : { crossesZones, local: true, localReason: `same group of machines (both ${ipA.cidr}): internal to the group, not a network rule` };
  }
  return { crossesZones, local: false };
}

function withinGroup(group: ComponentInstance): { crossesZones: false; local: false; withinGroup: { cidr: string; reason: string } } {
  const cidr = canonicalAddress(group.ip)?.cidr ?? group.ip?.trim() ?? '';
  return { crossesZones: false, local: false, withinGroup: { cidr, reason: withinGroupText(cidr) } };
}

function userFlow(flow: UserFlow, from: Placed, to: Placed, catalogue: Catalogue, excluded: Set<string>): UserDerivedFlow {
  const key = `user:${flow.id}`;
  const common = {
    key,
    origin: 'user' as const,
    sourceId: flow.id,
    from: from.instance.id,
    to: to.instance.id,
    alsoCited: [],
    ...placement(from.instance, to.instance),
    excluded: excluded.has(key),
  };
  const offered = flow.service !== undefined ? serviceOf(catalogue, to.type.id, flow.service) : undefined;
  if (offered) {
    const { service } = offered;
    return {
      ...common,
      product: offered.product,
      protocols: service.protocols,
      ports: listenerPorts(service.ports, to),
      ...((flow.app ?? service.app) !== undefined && { app: flow.app ?? service.app }),
      purpose: flow.purpose ?? service.purpose,
      cite: service.cite,
      ...(service.gap !== undefined && { gap: service.gap }),
      firewall: service.firewall,
    };
  }
  return {
    ...common,
    product: from.type.product === to.type.product ? to.type.product : 'custom',
    protocols: [flow.protocol ?? 'tcp'],
    ports: flow.ports ? { ok: true, ranges: [flow.ports] } : { ok: false, kind: 'unspecified', note: 'no port given' },
    ...(flow.app !== undefined && { app: flow.app }),
    purpose: flow.purpose ?? 'Added by the designer',
    firewall: true,
  };
}
