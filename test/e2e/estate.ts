/**
 * Prints a generated estate and how many zone-to-zone arrows its overview
 * should draw, for zoneview.spec.ts (Playwright's loader cannot import the
 * catalogue's JSON, tsx can): `npx tsx test/e2e/estate.ts 300`.
 */
import { generateDesign } from '../../bench/generate';
import { bundledCatalogue } from '../../src/model/catalogue/bundled';
import { deriveFlows } from '../../src/model/derive';
import { zonePairs } from '../../src/model/zones/pairs';

const catalogue = bundledCatalogue();
const design = generateDesign(Number(process.argv[2] ?? 300), catalogue);
const zoneArrows = zonePairs(design, deriveFlows(design, catalogue)).filter((p) => p.from !== '' && p.to !== '' && p.from !== p.to).length;
process.stdout.write(JSON.stringify({ design, zoneArrows }));
