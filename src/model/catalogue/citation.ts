/**
 * Citations as text. A catalogue entry cites a seed document and section, a
 * web page (catalogue packs), or, for a custom component defined without a
 * reference, only a section that says so; every export and check names it
 * the same way through these functions.
 */
import type { Citation } from './schema';

/** The short reference a matrix row carries: `<seed file> § <section>`, `<url> § <section>`, or the section alone. */
export function citationReference(cite: Citation): string {
  const source = citationSource(cite);
  return source ? `${source} § ${cite.section}` : cite.section;
}

/** The seed file a citation names, or its URL; empty when it names neither. */
export function citationSource(cite: Citation): string {
  return cite.doc ?? cite.url ?? '';
}
