/**
 * `--catalogue FILE` (repeatable): catalogue packs given beside a design. They
 * are read, checked against the built-in catalogue and each other (messages
 * name the file and the field), and embedded into the design as the editor's
 * Import pack… does, replacing an embedded copy of the same product.
 */
import { bundledCatalogue } from '../model/catalogue/bundled';
import type { Catalogue } from '../model/catalogue/load';
import { addPacks, readPackFile } from '../model/catalogue/pack-file';
import { catalogueFor, type EmbeddedPack } from '../model/catalogue/packs';
import { escapeText } from './escape';
import type { CliIo } from './io';

/** The option every command that loads a design takes. */
export const CATALOGUE_OPTION = { catalogue: { type: 'string', multiple: true } } as const;

export const CATALOGUE_USAGE = `  --catalogue FILE (repeatable, on every command that reads a design, and on catalogue):
                                               a catalogue pack of your own, checked and embedded in the design`;

/** A pack file that cannot be used: exit 1 (like a design that cannot be read), with every problem listed. */
export class PackFileError extends Error {
  constructor(
    message: string,
    readonly details: readonly string[],
  ) {
    super(message);
    this.name = 'PackFileError';
  }
}

const baseName = (path: string) => path.split(/[\\/]/).pop() || path;

/** Reads and checks the packs; throws PackFileError naming the file and field of the first problem. */
export async function readPacks(paths: readonly string[] | undefined, io: CliIo): Promise<EmbeddedPack[]> {
  const packs: EmbeddedPack[] = [];
  for (const path of paths ?? []) {
    const read = readPackFile(baseName(path), await io.readFile(path));
    if (!read.ok) throw new PackFileError(`${escapeText(path)}: ${read.message}`, read.details);
    packs.push(read.pack);
  }
  if (packs.length === 0) return packs;
  const checked = addPacks(undefined, packs, bundledCatalogue());
  if (!checked.ok) throw new PackFileError(checked.message, checked.details.slice(1));
  return checked.packs;
}

/** The catalogue a restored design derives with: built-in plus the packs it embeds (the `--catalogue` ones included). */
export function catalogueOf(design: { packs?: readonly EmbeddedPack[] | undefined }): Catalogue {
  return catalogueFor(design, bundledCatalogue());
}

/** Says what a PackFileError found, on standard error. */
export function reportPackError(error: PackFileError, io: CliIo, maxLines: number): void {
  const details = error.details.slice(0, maxLines);
  const more = error.details.length - details.length;
  io.err(
    `portolan: ${escapeText(error.message)}\n${details.map((d) => `  - ${escapeText(d)}\n`).join('')}${more > 0 ? `  - and ${more} more\n` : ''}`,
  );
}
