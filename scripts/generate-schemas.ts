/**
 * Writes the JSON Schemas that editors use to check catalogue and design files
 * as they are typed. The zod schemas are the source; a test fails when these
 * files are stale (`npm run schemas` refreshes them).
 */
import { writeFileSync } from 'node:fs';
import { schemaFiles } from '../src/model/json-schemas';

for (const [path, schema] of Object.entries(schemaFiles())) {
  writeFileSync(path, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote ${path}`);
}
