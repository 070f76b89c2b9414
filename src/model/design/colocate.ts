/**
 * Components on one host share its address and zone: one that leaves them
 * out takes them from its neighbours. Two that disagree (one host name, two
 * IPs) are kept as written, with a warning: the editor lets a user type them
 * one at a time, so refusing them here would refuse an autosave the editor
 * made and lose the work. The checks report the conflict as a finding.
 */
import { hostKey } from './checks';
import type { Design } from './schema';

export function colocate(design: Design): { design: Design; warnings: string[] } {
  const byHost = new Map<string, { name: string; ip?: string; zone?: string }>();
  const conflicts = new Map<string, string>();
  for (const c of design.components) {
    const key = hostKey(c.host);
    if (!key) continue;
    let host = byHost.get(key);
    if (!host) {
      host = { name: c.host!.trim() };
      byHost.set(key, host);
    }
    for (const field of ['ip', 'zone'] as const) {
      const value = c[field]?.trim() || undefined;
      if (value === undefined) continue;
      if (host[field] === undefined) host[field] = value;
      else if (host[field] !== value && !conflicts.has(`${key}\u0000${field}`)) {
        const what = field === 'ip' ? 'IP address' : 'zone';
        conflicts.set(
          `${key}\u0000${field}`,
          `components on host "${host.name}" disagree on their ${what} (${host[field]} and ${value}); each keeps its own until you make them agree`,
        );
      }
    }
  }
  if (byHost.size === 0) return { design, warnings: [] };
  let changed = false;
  const components = design.components.map((c) => {
    const host = byHost.get(hostKey(c.host) ?? '');
    if (!host) return c;
    const ip = c.ip?.trim() ? undefined : host.ip;
    const zone = c.zone?.trim() ? undefined : host.zone;
    if (ip === undefined && zone === undefined) return c;
    changed = true;
    return { ...c, ...(ip !== undefined && { ip }), ...(zone !== undefined && { zone }) };
  });
  return { design: changed ? { ...design, components } : design, warnings: [...conflicts.values()] };
}
