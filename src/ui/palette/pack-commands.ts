/**
 * The palette's commands for components of the user's own: define a custom
 * component, import a catalogue pack. Both end in the design's embedded
 * packs (src/model/catalogue/packs.ts), so the saved file carries them.
 */
import { addCustomComponent, customComponentProblems, type CustomComponentInput, type FieldProblem } from '../../model/catalogue/custom';
import { addPacks, readPackFile } from '../../model/catalogue/pack-file';
import { packProductId } from '../../model/catalogue/packs';
import { pickFile } from '../../io/files';
import { builtInCatalogue, designCatalogue, useDesignStore } from '../../store/design-store';
import { useSessionStore } from '../../store/session-store';
import { guarded, placement } from '../commands';

const design = () => useDesignStore.getState().design;
const session = () => useSessionStore.getState();

/**
 * Defines a custom component (into the design's packs) and places one at
 * `point`, as one undo step; returns the problems, field by field, instead
 * when the input has any.
 */
export function defineCustomComponent(input: CustomComponentInput, point: { x: number; y: number }): FieldProblem[] {
  const current = design();
  const problems = customComponentProblems(input, designCatalogue(current));
  if (problems.length > 0) return problems;
  const { packs, typeId } = addCustomComponent(current.packs, input);
  const merged = addPacks(current.packs, packs.slice(-1), builtInCatalogue);
  if (!merged.ok) return [{ field: 'name', message: merged.message }];
  const id = useDesignStore.getState().addWithPacks(packs, placement(typeId, point));
  session().selectNodes([id]);
  session().say('info', `Defined ${input.name.trim()} (${input.product.trim()}); it is in the palette and saved with the design.`);
  return [];
}

/** Import pack…: a catalogue file of the user's own, embedded in the design (one undo step). */
export async function importPackFile(): Promise<void> {
  const file = await pickFile('.json,application/json');
  if (!file) return;
  guarded(file.name, () => {
    const read = readPackFile(file.name, file.bytes);
    const added = read.ok ? addPacks(design().packs, [read.pack], builtInCatalogue) : read;
    if (!added.ok) {
      session().say('error', `${added.message} The design on screen is unchanged.`, { details: added.details.slice(1) });
      return false;
    }
    useDesignStore.getState().setPacks(added.packs);
    const catalogue = designCatalogue();
    const product = read.ok ? packProductId(read.pack) : undefined;
    const types = [...catalogue.components.values()].filter((c) => c.product === product).length;
    session().say(
      'info',
      `Imported ${file.name}: ${types} component type${types === 1 ? '' : 's'} of ${catalogue.products.get(product ?? '')?.name ?? product} in the palette; the pack is saved with the design.`,
    );
    return true;
  });
}
