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
import { loadCatalogue, type Catalogue, type RawCatalogueFile } from './load';

export const bundledCatalogueFiles: readonly RawCatalogueFile[] = [
  { name: 'infrastructure.json', data: infrastructure },
  { name: 'tarantella.json', data: tarantella },
  { name: 'tachyon.json', data: tachyon },
  { name: 'open-cobalt.json', data: openCobalt },
  { name: 'spotfire.json', data: spotfire },
  { name: 'wso2.json', data: wso2 },
];

let cached: Catalogue | undefined;

/** The validated shipped catalogue; validation runs once, on first use. */
export function bundledCatalogue(): Catalogue {
  cached ??= loadCatalogue(bundledCatalogueFiles);
  return cached;
}
