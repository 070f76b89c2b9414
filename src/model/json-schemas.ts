/** JSON Schemas generated from the zod schemas, keyed by the repository path they are written to. */
import { z } from './zod';
import { ProductFile } from './catalogue/schema';
import { DesignInput } from './design/schema';

export function schemaFiles(): Record<string, unknown> {
  return {
    'catalogue/catalogue.schema.json': {
      title: 'Portolan catalogue file',
      ...z.toJSONSchema(ProductFile, { io: 'input' }),
    },
    'docs/design.schema.json': {
      title: 'Portolan design file',
      ...z.toJSONSchema(DesignInput, { io: 'input' }),
    },
  };
}
