/**
 * The catalogue shipped with Portolan: the JSON files under `catalogue/`,
 * imported as modules so the browser bundle and the CLI read the same data
 * without any file IO in the model.
 */
import infrastructure from '../../../catalogue/infrastructure.json';
import openCobalt from '../../../catalogue/open-cobalt.json';
import spotfire from '../../../catalogue/spotfire.json';
import tachyon from '../../../catalogue/tachyon.json';
import tarantella from '../../../catalogue/tarantella.json';
import wso2 from '../../../catalogue/wso2.json';
import { CATALOGUE_CHECKED_AT_BUILD } from './checked-at-build';
import { loadCatalogue, type Catalogue, type RawCatalogueFile } from './load';

const file = (name: string, data: unknown): RawCatalogueFile =>
  CATALOGUE_CHECKED_AT_BUILD ? { name, data, schemaChecked: true } : { name, data };

export const bundledCatalogueFiles: readonly RawCatalogueFile[] = [
  file('infrastructure.json', infrastructure),
  file('tarantella.json', tarantella),
  file('tachyon.json', tachyon),
  file('open-cobalt.json', openCobalt),
  file('spotfire.json', spotfire),
  file('wso2.json', wso2),
];

let cached: Catalogue | undefined;

/** The validated shipped catalogue; validation runs once, on first use (in the editor, the schema part ran at build time). */
export function bundledCatalogue(): Catalogue {
  cached ??= loadCatalogue(bundledCatalogueFiles);
  return cached;
}
