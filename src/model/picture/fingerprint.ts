/**
 * A short fingerprint of the catalogue a picture was drawn from, for its
 * title block: a reviewer can tell two pictures came from the same port
 * documents. It hashes what decides flows and ports (products, component
 * types, roles, flows, services), not citation quotes or gap notes, which
 * the editor's build leaves out, so the CLI and the editor agree.
 */
import type { Catalogue } from '../catalogue/load';

const cache = new WeakMap<Catalogue, string>();

/** FNV-1a, 32 bits, over UTF-16 code units: plenty to tell catalogue versions apart, not a security hash. */
function fnv1a(text: string, seed = 0x811c9dc5): number {
  let hash = seed;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** Drops what the editor's build strips (quotes), so both builds hash the same data. */
const withoutQuotes = (key: string, value: unknown) =>
  key === 'quote' || key === 'cite' || key === 'alsoCited' || key === 'gap' ? undefined : value;

export function catalogueFingerprint(catalogue: Catalogue): string {
  let fingerprint = cache.get(catalogue);
  if (!fingerprint) {
    const text = JSON.stringify(
      {
        products: [...catalogue.products.values()].map((p) => [p.id, p.name, p.tag]),
        components: [...catalogue.components.values()],
        roles: [...catalogue.roles.values()],
        flows: catalogue.flows,
      },
      withoutQuotes,
    );
    // Two seeds give 64 bits; 12 hex digits in groups of 4 are enough to compare by eye.
    const hex = fnv1a(text).toString(16).padStart(8, '0') + fnv1a(text, 0x9747b28c).toString(16).padStart(8, '0');
    fingerprint = `${hex.slice(0, 4)}-${hex.slice(4, 8)}-${hex.slice(8, 12)}`;
    cache.set(catalogue, fingerprint);
  }
  return fingerprint;
}
