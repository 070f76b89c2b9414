/**
 * Which pairs of placed components a catalogue flow connects, beyond its
 * roles: the per-pair rules derivation applies to every initiator and
 * listener it considers (kept apart so a per-pair cache can call them).
 *
 * - `peers: 'same-type'`: only instances of one component type (WSO2 cluster
 *   members are instances of one product).
 * - `segment`: broadcast and multicast only within one segment (`segment.ts`).
 * - A component with a CIDR stands for many machines (a client group, a pool
 *   of servers). Where the document names the same role at both ends (1E
 *   Client to 1E Client on 7766), the members of the group talk to each
 *   other: the flow is derived from the component to itself, marked
 *   `withinGroup`. A component with one address, or none, is one machine
 *   and never talks to itself over the network.
 */
import { checkAddress } from './address';
import type { CatalogueFlow } from './catalogue/load';
import type { ComponentInstance, Zone } from './design/schema';
import { sameSegment } from './segment';

/** A component whose address is a network (a CIDR shorter than one host): many machines. */
export function isGroup(instance: Pick<ComponentInstance, 'ip'>): boolean {
  const ip = instance.ip?.trim();
  if (!ip) return false;
  const check = checkAddress(ip);
  return check.ok && check.prefix !== null && check.prefix < (check.family === 'ipv4' ? 32 : 128);
}

/** Whether this flow is derived between these two placed components (the same one for a group's peers). */
export function pairAllowed(
  flow: Pick<CatalogueFlow, 'from' | 'to' | 'segment' | 'peers'>,
  from: { instance: ComponentInstance; typeId: string },
  to: { instance: ComponentInstance; typeId: string },
  zones: ReadonlyMap<string, Zone>,
): boolean {
  if (from.instance === to.instance && !(flow.from === flow.to && isGroup(from.instance))) return false;
  if (flow.peers === 'same-type' && from.typeId !== to.typeId) return false;
  if (flow.segment !== undefined && !sameSegment(from.instance, to.instance, zones)) return false;
  return true;
}

/** Why a flow from a group to itself exists, in words: rule files and the matrix say it. */
export function withinGroupText(cidr: string): string {
  return `within the group ${cidr}: between its members, for host firewalls (a network firewall does not see it)`;
}
