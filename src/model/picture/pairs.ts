/**
 * The edges of a picture: one per component pair and direction, as on the
 * canvas, labelled with what it carries. Consecutive ports read as one range
 * (`tcp 5701–5703`), so an array's member ports make one short label.
 */
import type { DerivedFlow } from '../derive';
import type { EdgeFlags } from '../theme';

export interface PicturePair extends EdgeFlags {
  from: string;
  to: string;
  label: string;
  flows: readonly DerivedFlow[];
}

/** Port ranges per protocol, overlapping or adjacent ones merged: `tcp 80, 443, 5701–5703 · udp 53`. */
export function collapsedPorts(ports: readonly { protocol: string; from: number; to: number }[], limit = 8): string {
  const byProtocol = new Map<string, { from: number; to: number }[]>();
  for (const { protocol, from, to } of ports) byProtocol.set(protocol, [...(byProtocol.get(protocol) ?? []), { from, to }]);
  const parts: string[] = [];
  let shown = 0;
  let hidden = 0;
  for (const protocol of [...byProtocol.keys()].sort()) {
    const ranges = byProtocol.get(protocol)!.sort((a, b) => a.from - b.from || a.to - b.to);
    const merged: { from: number; to: number }[] = [];
    for (const range of ranges) {
      const last = merged[merged.length - 1];
      if (last && range.from <= last.to + 1) last.to = Math.max(last.to, range.to);
      else merged.push({ ...range });
    }
    const room = Math.max(0, limit - shown);
    const texts = merged.slice(0, room).map((r) => (r.from === r.to ? `${r.from}` : `${r.from}–${r.to}`));
    hidden += merged.length - texts.length;
    shown += texts.length;
    if (texts.length > 0) parts.push(`${protocol} ${texts.join(', ')}`);
  }
  return `${parts.join(' · ')}${hidden > 0 ? ` +${hidden}` : ''}`;
}

export function picturePairs(flows: readonly DerivedFlow[]): PicturePair[] {
  const groups = new Map<string, DerivedFlow[]>();
  for (const flow of flows) {
    const id = `${flow.from}>${flow.to}`;
    const list = groups.get(id);
    if (list) list.push(flow);
    else groups.set(id, [flow]);
  }
  return [...groups.values()].map((list) => {
    const active = list.filter((f) => !f.excluded);
    const ports = active.flatMap((f) =>
      f.ports.ok
        ? f.protocols.flatMap((protocol) => (f.ports.ok ? f.ports.ranges.map((r) => ({ protocol, from: r.from, to: r.to })) : []))
        : [],
    );
    const unspecified = active.some((f) => !f.ports.ok);
    const first = list[0]!;
    const label = `${collapsedPorts(ports)}${unspecified ? `${ports.length ? ' · ' : ''}port varies` : ''}`;
    return {
      from: first.from,
      to: first.to,
      flows: list,
      label: label || 'off',
      conditional: active.some((f) => f.condition !== undefined),
      crossesZones: first.crossesZones,
      local: first.local,
      allExcluded: active.length === 0,
      internalOnly: active.length > 0 && active.every((f) => !f.firewall),
      hasUserFlow: list.some((f) => f.origin === 'user'),
    };
  });
}
