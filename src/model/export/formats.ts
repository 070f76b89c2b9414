/**
 * The registry: every export format, in the order the Export menu and the
 * CLI's `--format` list them. It only lists; each format lives in its own
 * module and imports the contract from `types.ts`, never from here. To add a
 * format (a picture, a change request), write a module that exports an
 * `ExportFormat` and add it to this list: nothing else changes.
 */
import { asaFormat } from './asa';
import { awsFormat } from './aws';
import { azureFormat } from './azure';
import { capircaFormat } from './capirca';
import { csvExport } from './csv';
import { iptablesFormat } from './iptables';
import { k8sFormat } from './k8s';
import { nftablesFormat } from './nftables';
import type { ExportFormat } from './types';
import { windowsFormat } from './windows';
import { xlsxWorkbook } from './xlsx';
import { pictureFormats } from '../picture/formats';

// The contract, for callers that already import it from here (new code imports `./types`).
export * from './types';

export const csvFormat: ExportFormat = { id: 'csv', label: 'CSV flow matrix', run: csvExport };

export const exportFormats: readonly ExportFormat[] = [
  csvFormat,
  { id: 'xlsx', label: 'Excel workbook (flows, design, hosts)', run: xlsxWorkbook },
  iptablesFormat,
  nftablesFormat,
  asaFormat,
  awsFormat,
  azureFormat,
  windowsFormat,
  k8sFormat,
  capircaFormat,
  ...pictureFormats,
];

export function exportFormat(id: string): ExportFormat | undefined {
  return exportFormats.find((f) => f.id === id);
}
