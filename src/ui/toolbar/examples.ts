/** The reference designs under examples/, loaded only when the user picks one. */
import titles from 'virtual:example-titles';

const files = import.meta.glob<unknown>('../../../examples/*.portolan.json', { import: 'default' });

export interface ExampleEntry {
  /** The file's name without `.portolan.json`. */
  name: string;
  /** What the menu shows: the design's own title. */
  title: string;
  load: () => Promise<unknown>;
}

export const examples: ExampleEntry[] = Object.entries(files)
  .map(([path, load]) => {
    const name = path.split('/').pop()!.replace('.portolan.json', '');
    return { name, title: titles[name] ?? titleOfFileName(name), load };
  })
  .sort((a, b) => a.title.localeCompare(b.title));

/** For an example without a title: `tachyon-single-server` → `Tachyon single server`. */
function titleOfFileName(name: string): string {
  const words = name.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
