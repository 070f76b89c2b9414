/**
 * The rule-set formats and the workbook, in the order the Export menu and
 * `--format` list them. Each is a pure function of the export context; only
 * the IO layer writes or downloads what they return.
 */
import { asaRules } from './asa';
import { awsRules } from './aws';
import { azureRules } from './azure';
import { capircaPolicy } from './capirca';
import type { ExportFormat } from './formats';
import { iptablesRules } from './iptables';
import { k8sPolicies } from './k8s';
import { nftablesRules } from './nftables';
import { windowsRules } from './windows';
import { xlsxWorkbook } from './xlsx';

export const ruleSetFormats: readonly ExportFormat[] = [
  { id: 'xlsx', label: 'Excel workbook (flows, design, hosts)', run: xlsxWorkbook },
  { id: 'iptables', label: 'iptables-restore (Linux FORWARD chain)', run: iptablesRules },
  { id: 'nftables', label: 'nftables script (inet table, forward chain)', run: nftablesRules },
  { id: 'asa', label: 'Cisco ASA object-groups and access list', run: asaRules },
  { id: 'aws', label: 'Terraform: AWS security groups', run: awsRules },
  { id: 'azure', label: 'Terraform: Azure network security rules', run: azureRules },
  { id: 'windows', label: 'PowerShell: Windows Firewall rules', run: windowsRules },
  { id: 'k8s', label: 'Kubernetes NetworkPolicies', run: k8sPolicies },
  { id: 'capirca', label: 'Capirca policy and definitions', run: capircaPolicy },
];
