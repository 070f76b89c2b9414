/**
 * Text the panels share: a component's display name, a flow's ports and its
 * citation, written the same way the matrix and the exports write them.
 */
import { citationForPeople } from '../../model/catalogue/documents';
import type { Citation } from '../../model/catalogue/schema';
import type { ComponentInstance } from '../../model/design/schema';
import { designCatalogue } from '../../store/design-store';

/** The label the user gave, else the catalogue name (what the canvas node shows). */
export function componentName(instance: ComponentInstance | undefined, fallback = ''): string {
  if (!instance) return fallback;
  return instance.label?.trim() || designCatalogue().components.get(instance.type)?.name || instance.type;
}

// Written once in the model, where the exports use it too.
export { flowPortsText } from '../../model/ports';

/** The vendor's document as people know it, and the section: as in the matrix's Reference column. */
export function citationText(cite: Citation): string {
  return citationForPeople(cite);
}
