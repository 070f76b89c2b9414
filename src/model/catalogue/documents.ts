/**
 * The vendor documents the catalogue cites, as a person knows them: vendor,
 * product, title, the larger publication it belongs to, and its version or
 * date where the document states one. Kept once per seed document
 * (`catalogue/documents.json`); the seed file name is for machines only.
 */
import { z } from '../zod';
import documentsFile from '../../../catalogue/documents.json';
import { citationReference } from './citation';
import { SeedFile, type Citation } from './schema';

const NonEmpty = z.string().check(z.minLength(1));

export const DocumentFacts = z.strictObject({
  doc: SeedFile,
  vendor: NonEmpty,
  product: NonEmpty,
  title: NonEmpty,
  /** The guide or manual the page belongs to, when the document names it. */
  publication: z.optional(NonEmpty),
  /** Version or date as the document states it; absent when it states none. */
  version: z.optional(NonEmpty),
  date: z.optional(NonEmpty),
});

export const DocumentsFile = z.strictObject({
  $schema: z.optional(z.string()),
  documents: z.array(DocumentFacts).check(z.minLength(1)),
});

export type DocumentFacts = z.infer<typeof DocumentFacts>;

let cached: ReadonlyMap<string, DocumentFacts> | undefined;

/** The shipped document facts by seed file name; validated on first use. */
export function bundledDocuments(): ReadonlyMap<string, DocumentFacts> {
  cached ??= new Map(DocumentsFile.parse(documentsFile).documents.map((d) => [d.doc, d]));
  return cached;
}

/** `WSO2, WSO2 Administration Guide 4.4.x: "Default Ports of WSO2 Products"`: how a person cites it. */
export function documentText(facts: DocumentFacts): string {
  const edition = [facts.version, facts.date].filter(Boolean).join(', ');
  const within = facts.publication ? `${facts.publication}${edition ? ` ${edition}` : ''}: ` : edition ? `(${edition}) ` : '';
  return `${facts.vendor}, ${within}"${facts.title}"`;
}

/** A citation for people: document, then section; the seed file name only when the document is unknown. */
export function citationForPeople(cite: Citation, documents: ReadonlyMap<string, DocumentFacts> = bundledDocuments()): string {
  if (cite.doc === undefined) return citationReference(cite);
  const facts = documents.get(cite.doc);
  return `${facts ? documentText(facts) : cite.doc}, § ${cite.section}`;
}
