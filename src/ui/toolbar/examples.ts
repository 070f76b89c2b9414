/** The reference designs under examples/, loaded only when the user picks one. */
const files = import.meta.glob<unknown>('../../../examples/*.portolan.json', { import: 'default' });

export interface ExampleEntry {
  name: string;
  load: () => Promise<unknown>;
}

export const examples: ExampleEntry[] = Object.entries(files)
  .map(([path, load]) => ({ name: path.split('/').pop()!.replace('.portolan.json', ''), load }))
  .sort((a, b) => a.name.localeCompare(b.name));

/** `tachyon-single-server` → `Tachyon single server`. */
export function exampleTitle(name: string): string {
  const words = name.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
