/** A port or port range as a user types it: `8080` or `8000-8010`. */
import type { PortRange } from '../../model/ports';

export type PortInput = { ok: true; range: PortRange } | { ok: false; message: string };

export function parsePortInput(text: string): PortInput {
  const value = text.trim();
  if (value === '') return { ok: false, message: 'Enter a port (1-65535) or a range such as 8000-8010.' };
  const match = /^(\d+)(?:\s*-\s*(\d+))?$/.exec(value);
  if (!match) return { ok: false, message: `"${value}" is not a port: write a number such as 8080, or a range such as 8000-8010.` };
  const from = Number(match[1]);
  const to = match[2] === undefined ? from : Number(match[2]);
  const outside = [from, to].find((n) => n < 1 || n > 65535);
  if (outside !== undefined) return { ok: false, message: `Ports are 1-65535; ${outside} is outside that.` };
  if (from > to) return { ok: false, message: `A range goes from the lower port to the higher: ${to}-${from}, not ${from}-${to}.` };
  return { ok: true, range: { from, to } };
}
