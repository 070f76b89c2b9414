/**
 * The design as a Mermaid `flowchart LR`, for Markdown pages that render
 * Mermaid: zones as subgraphs, components as nodes (name, host, IP), one
 * edge per pair and direction with its ports. Node ids are generated
 * (`c1`, `z1`), never the user's, so no id is a Mermaid keyword; every
 * label is quoted and anything Mermaid or Markdown could read as syntax is
 * written as an entity code (`#quot;`, `#35;`, …).
 */
import type { Catalogue } from '../catalogue/load';
import type { DerivedFlow } from '../derive';
import type { Design } from '../design/schema';
import { edgeStyle } from '../theme';
import { placeBoxes, type PictureScope } from './boxes';
import { picturePairs } from './pairs';
import { cleanText } from './text';

/** Characters written as Mermaid entity codes (`#<decimal>;`) inside a quoted label. */
const SPECIAL = /["#&<>`%;:{}[\]()|\\*_~=$^@!']/g;

export function mermaidLabel(text: string): string {
  const clean = cleanText(text).replace(/\s+/g, ' ').trim();
  return `"${clean.replace(SPECIAL, (c) => `#${c.codePointAt(0)};`) || ' '}"`;
}

export function designToMermaid(
  design: Design,
  catalogue: Catalogue,
  flows: readonly DerivedFlow[],
  scope: PictureScope = { kind: 'design' },
): string {
  const { zones, components } = placeBoxes(design, catalogue, scope);
  const instanceById = new Map(design.components.map((c) => [c.id, c]));
  const nodeId = new Map(components.map((c, i) => [c.id, `c${i + 1}`]));
  const boxById = new Map(components.map((c) => [c.id, c]));
  const lines = ['flowchart LR'];
  const node = (id: string, indent: string) => {
    const box = boxById.get(id)!;
    const instance = instanceById.get(id)!;
    const details = [instance.host, instance.ip].filter((v): v is string => !!v?.trim()).join(' · ');
    lines.push(`${indent}${nodeId.get(id)}[${mermaidLabel(`${box.tag} ${box.name}${details ? ` (${details})` : ''}`)}]`);
  };
  const zoned = new Set<string>();
  const zoneOf = new Map(design.components.map((c) => [c.id, c.zone]));
  zones.forEach((zone, i) => {
    const members = components.filter((c) => zoneOf.get(c.id) === zone.id);
    lines.push(`  subgraph z${i + 1}[${mermaidLabel([zone.name, zone.cidr].filter(Boolean).join(' · '))}]`);
    for (const member of members) {
      node(member.id, '    ');
      zoned.add(member.id);
    }
    lines.push('  end');
  });
  for (const box of components) if (!zoned.has(box.id)) node(box.id, '  ');
  const styles: string[] = [];
  let edge = 0;
  for (const pair of picturePairs(flows)) {
    const from = nodeId.get(pair.from);
    const to = nodeId.get(pair.to);
    if (!from || !to || from === to) continue;
    const look = edgeStyle(pair);
    lines.push(`  ${from} ${look.dash ? '-.->' : '-->'}|${mermaidLabel(pair.label)}| ${to}`);
    styles.push(
      `  linkStyle ${edge} stroke:${look.stroke},stroke-width:${look.width}px${look.opacity < 1 ? `,opacity:${look.opacity}` : ''}`,
    );
    edge++;
  }
  return `${[...lines, ...styles].join('\n')}\n`;
}
