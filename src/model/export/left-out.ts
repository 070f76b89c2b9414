/**
 * The rows a rule set leaves out, gathered by reason while rules are
 * selected (scope.ts), and told to the user as one warning per reason that
 * names every endpoint and matrix reference, so each can be fixed.
 */
import { refRanges } from './grouping';

/** Why an endpoint has no address a rule can use. */
export const REASONS = {
  'no-ip': 'has no IP',
  asn: 'is known only by its autonomous system',
  name: 'is known only by name',
  invalid: 'has an address that is not a valid IP or CIDR',
} as const;

export type LeftOutReason = keyof typeof REASONS | 'unspecified' | 'family' | 'any' | 'group';

/** The rows left out, by reason, named so the user can fix them. */
export class LeftOut {
  private readonly byReason = new Map<string, Map<string, string[]>>();

  add(reason: LeftOutReason, label: string, ref: string): void {
    const labels = this.byReason.get(reason) ?? new Map<string, string[]>();
    const refs = labels.get(label) ?? [];
    if (!refs.includes(ref)) refs.push(ref);
    labels.set(label, refs);
    this.byReason.set(reason, labels);
  }

  warnings(placeholders: boolean): string[] {
    const list = (reason: string, withRefs = true) =>
      [...(this.byReason.get(reason) ?? [])].map(([label, refs]) => (withRefs ? `${label} (${refRanges(refs)})` : label)).join('; ');
    const out: string[] = [];
    if (this.byReason.has('no-ip')) {
      out.push(
        `Rows left out because these hosts have no IP: ${list('no-ip')}. ` +
          (placeholders ? 'The placeholder ranges ran out.' : 'Give them an IP, or export with placeholder addresses.'),
      );
    }
    if (this.byReason.has('asn')) {
      out.push(
        `Rows left out because these endpoints are known only by their autonomous system and a rule needs prefixes: ${list('asn')}. ` +
          "Ask the network team for the prefixes the AS announces and give them as the component's IP or CIDR.",
      );
    }
    if (this.byReason.has('name')) {
      out.push(
        `Rows left out because these endpoints are known only by name and a rule needs addresses: ${list('name')}. ` +
          "Give the provider's published address ranges as the component's IP or CIDR.",
      );
    }
    if (this.byReason.has('group')) {
      out.push(
        `Rows left out because they run between the members of one group of machines, which a network firewall never sees: ${list('group')}. ` +
          'Host firewalls on the members need them: the Windows, AWS and Kubernetes exports keep them.',
      );
    }
    if (this.byReason.has('invalid')) out.push(`Rows left out because an address is not a valid IP or CIDR: ${list('invalid')}.`);
    if (this.byReason.has('unspecified'))
      out.push(`Rows left out because the document gives no port number: ${list('unspecified', false)}.`);
    if (this.byReason.has('any')) {
      out.push(
        `Refused: rows whose source and destination are both any address (0.0.0.0/0 or ::/0); such a rule would open everything: ${list('any', false)}. ` +
          'Give at least one end its real addresses.',
      );
    }
    if (this.byReason.has('family'))
      out.push(`Rows left out because source and destination share no address family (IPv4/IPv6): ${list('family', false)}.`);
    return out;
  }
}
