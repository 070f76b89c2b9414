/**
 * Text the panels share: a component's display name, a flow's ports and its
 * citation, written the same way the matrix and the exports write them.
 */
import { citationForPeople } from '../../model/catalogue/documents';
import type { Citation } from '../../model/catalogue/schema';
import type { DerivedFlow } from '../../model/derive';
import type { ComponentInstance } from '../../model/design/schema';
import { formatRanges } from '../../model/ports';
import { catalogue } from '../../store/design-store';

/** The label the user gave, else the catalogue name (what the canvas node shows). */
export function componentName(instance: ComponentInstance | undefined, fallback = ''): string {
  if (!instance) return fallback;
  return instance.label?.trim() || catalogue.components.get(instance.type)?.name || instance.type;
}

/** `tcp 443, 8443`, `tcp/udp 53`, or `tcp: port unspecified (Varies)`. */
export function flowPortsText(flow: Pick<DerivedFlow, 'protocols' | 'ports'>): string {
  const protocols = flow.protocols.join('/');
  return flow.ports.ok ? `${protocols} ${formatRanges(flow.ports.ranges)}` : `${protocols}: port unspecified (${flow.ports.note})`;
}

/** The vendor's document as people know it, and the section: as in the matrix's Reference column. */
export function citationText(cite: Citation): string {
  return citationForPeople(cite);
}
