/** Reads the vendor port documents the catalogue is written from (`../shared/seeds/`). */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const seedsDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/seeds');

export function seedText(doc: string): string {
  return readFileSync(resolve(seedsDir, doc), 'utf8');
}

/** Whitespace-folded text, so a quote matches however the scrape broke its lines. */
export function folded(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
