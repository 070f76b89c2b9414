/**
 * Escaping and stripping for user strings (labels, host names, zone names,
 * titles) written into rule sets. Network teams load these files into real
 * firewalls, so nothing a user types may end a comment or a string early,
 * start a new line, or smuggle in an interpolation (`${`), and nothing may
 * make a reviewer read a rule differently from how the firewall reads it
 * (bidirectional overrides, zero-width characters: "Trojan Source").
 *
 * Every helper is total: it never throws and always returns something the
 * format accepts, even for an empty or hostile input.
 */

/**
 * Control and format characters, line and paragraph separators, surrogates
 * without a partner, private-use and unassigned code points. Bidi controls
 * (U+202A-U+202E, U+2066-U+2069, U+200E/F, U+061C) and zero-width joiners are
 * all in Cf. Letters of right-to-left scripts are kept: only the invisible
 * controls that reorder text are removed.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}]/gu;

/** One line of visible text: invisible characters become spaces, runs of space collapse. */
export function plainText(value: string): string {
  return value.normalize('NFC').replace(INVISIBLE, ' ').replace(/\s+/gu, ' ').trim();
}

/** UTF-8 bytes of a string, without TextEncoder (the model has no DOM or Node types). */
function utf8Bytes(value: string): number[] {
  const out: number[] = [];
  for (const char of value) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else if (code < 0x800) out.push(0xc0 | (code >> 6), 0x80 | (code & 63));
    else if (code < 0x10000) out.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
    else out.push(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 63), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
  }
  return out;
}

/**
 * The longest piece of user text (a label, host, zone, purpose, title,
 * owner, ticket) any rule file carries. iptables-restore reads its input in
 * chunks of about 10 KB and takes whatever follows a chunk boundary as a new
 * command, so no user string may make a line long: each is capped here and
 * every comment is wrapped (`wrapText`).
 */
export const USER_TEXT_MAX = 200;

/** A user string as rule files carry it: one visible line of at most `max` characters. */
export function userText(value: string, max = USER_TEXT_MAX): string {
  return truncateUnits(plainText(value), max);
}

/** Width at which comment text wraps: far below every consumer's line limit. */
export const COMMENT_WIDTH = 160;

/**
 * Text as lines of at most `width` characters, broken at spaces where it can
 * (and inside a word where it cannot), never splitting a surrogate pair.
 * Always at least one line, possibly empty.
 */
export function wrapText(value: string, width = COMMENT_WIDTH): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of plainText(value).split(' ')) {
    let rest = word;
    if (line && line.length + 1 + rest.length <= width) {
      line += ` ${rest}`;
      continue;
    }
    if (line) lines.push(line);
    while (rest.length > width) {
      let cut = '';
      for (const char of rest) {
        if (cut.length + char.length > width) break;
        cut += char;
      }
      lines.push(cut);
      rest = rest.slice(cut.length);
    }
    line = rest;
  }
  lines.push(line);
  return lines;
}

/** Comment lines: each wrapped piece behind `marker` (`# `, `! `, `\t\t# `), continuations indented. */
export function commentLines(marker: string, value: string, clean: (s: string) => string = hashComment, width = COMMENT_WIDTH): string[] {
  return wrapText(clean(value), width).map((piece, i) => `${marker}${i > 0 ? '  ' : ''}${piece}`.trimEnd());
}

/** FNV-1a, 32 bits, as 8 hex digits: a short stable fingerprint for name suffixes. */
export function shortHash(value: string): string {
  let hash = 0x811c9dc5;
  for (const byte of utf8Bytes(value)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * A name within `max` characters that stays distinct: a name that is too
 * long is cut and ends in a hash of the whole, so two long names that share
 * their beginning (zone-pair files of a long-titled design) never collide.
 */
export function boundedName(value: string, max: number, separator = '-'): string {
  if (value.length <= max) return value;
  const suffix = `${separator}${shortHash(value)}`;
  return `${value.slice(0, max - suffix.length).replace(/[-_.\s]+$/, '')}${suffix}`;
}

/** Printable ASCII only: accents dropped (é -> e), anything else replaced. */
export function asciiText(value: string, replacement = '_'): string {
  return plainText(value)
    .replace(/§/g, 'sec.')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\x20-\x7e]/gu, replacement)
    .replace(/\s+/g, ' ')
    .trim();
}

/** Bytes in UTF-8. */
export const utf8Length = (value: string): number => utf8Bytes(value).length;

/** Cut to at most `max` UTF-8 bytes without splitting a character; marks a cut with an ellipsis. */
export function truncateBytes(value: string, max: number, ellipsis = '...'): string {
  if (utf8Bytes(value).length <= max) return value;
  const room = max - utf8Bytes(ellipsis).length;
  let out = '';
  let used = 0;
  for (const char of value) {
    const size = utf8Bytes(char).length;
    if (used + size > room) break;
    out += char;
    used += size;
  }
  return `${out.trimEnd()}${ellipsis}`;
}

/** Cut to at most `max` UTF-16 code units (what most APIs count as characters) without splitting a pair. */
export function truncateUnits(value: string, max: number, ellipsis = '...'): string {
  if (value.length <= max) return value;
  const room = max - ellipsis.length;
  let out = '';
  for (const char of value) {
    if (out.length + char.length > room) break;
    out += char;
  }
  return `${out.trimEnd()}${ellipsis}`;
}

/** Text after `#` (shell, iptables-restore, nft, HCL, YAML, PowerShell, Capirca): one line, nothing that ends it. */
export function hashComment(value: string): string {
  return plainText(value);
}

/** iptables `-m comment --comment "..."`: no double quote or backslash (iptables-restore's quoting), at most 255 bytes. */
export function iptablesComment(value: string): string {
  return truncateBytes(plainText(value).replace(/"/g, "'").replace(/\\/g, '/'), 255) || '-';
}

/** nftables `comment "..."`: nft's scanner ends a string at the next double quote; at most 128 bytes. */
export function nftComment(value: string): string {
  return truncateBytes(plainText(value).replace(/"/g, "'").replace(/\\/g, '/'), 127) || '-';
}

/**
 * Cisco ASA CLI text (remarks, descriptions): printable ASCII, since each line
 * is a command typed into the CLI. `?` is dropped because the CLI answers it
 * with help when a configuration is pasted.
 */
export function asaText(value: string, max: number): string {
  return truncateUnits(asciiText(value).replace(/\?/g, ''), max) || '-';
}

/** A name safe for ASA objects and access lists: 1-64 of [A-Za-z0-9_.-], starting with a letter. */
export function asaName(value: string, max = 64): string {
  const slug = asciiText(value, '-')
    .replace(/[^A-Za-z0-9_.-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-_.]+|[-_.]+$/g, '');
  const named = /^[A-Za-z]/.test(slug) ? slug : `N-${slug}`;
  return named.slice(0, max).replace(/[-_.]+$/, '') || 'N';
}

/** AWS security group and rule descriptions: only a-zA-Z0-9. _-:/()#,@[]+=&;{}!$* and at most 255 characters. */
export function awsDescription(value: string): string {
  const allowed = asciiText(value, ' ')
    .replace(/[^a-zA-Z0-9. _\-:/()#,@[\]+=&;{}!$*]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return truncateUnits(allowed, 255) || '-';
}

/** Azure NSG rule descriptions: at most 140 characters. */
export function azureDescription(value: string): string {
  return truncateUnits(plainText(value), 140) || '-';
}

/**
 * A Terraform (HCL) quoted string: `"` and `\` escaped, `${` and `%{` doubled
 * so they are never read as an interpolation or a template directive, and
 * any remaining control character written as an escape.
 */
export function terraformString(value: string): string {
  let out = '';
  for (const char of value) {
    const code = char.codePointAt(0)!;
    if (char === '\\') out += '\\\\';
    else if (char === '"') out += '\\"';
    else if (char === '\n') out += '\\n';
    else if (char === '\r') out += '\\r';
    else if (char === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f || INVISIBLE_ONE.test(char)) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += char;
  }
  // A function replacement: in a replacement string `$$` would itself mean one `$`.
  return `"${out.replace(/\$\{/g, () => '$${').replace(/%\{/g, () => '%%{')}"`;
}

const INVISIBLE_ONE = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}]$/u;

/**
 * A PowerShell single-quoted string: the only special character inside is the
 * single quote, doubled to escape it. PowerShell also ends such a string at
 * the typographic quotes U+2018-U+201B, so they become plain quotes first.
 */
export function powershellString(value: string): string {
  return `'${plainText(value)
    .replace(/[\u2018\u2019\u201a\u201b]/g, "'")
    .replace(/'/g, "''")}'`;
}

/**
 * A YAML double-quoted scalar: backslash, double quote and every character
 * YAML does not accept as printable are escaped, so a value can neither end
 * the string nor begin a new line or a new document.
 */
export function yamlString(value: string): string {
  let out = '';
  for (const char of value) {
    const code = char.codePointAt(0)!;
    if (char === '\\') out += '\\\\';
    else if (char === '"') out += '\\"';
    else if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else if (INVISIBLE_ONE.test(char) || code === 0xfffe || code === 0xffff) {
      out += code > 0xffff ? `\\U${code.toString(16).padStart(8, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
    } else out += char;
  }
  return `"${out}"`;
}

/** Capirca `comment:: "..."`: its lexer ends a string at the next double quote; ASCII keeps the generated ACLs plain. */
export function capircaText(value: string, max = 200): string {
  const text = asciiText(value, ' ')
    .replace(/[^A-Za-z0-9 .,:;()/_+=@&'!*[\]{}<>|~%-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return truncateUnits(text, max) || '-';
}

/** A Capirca network or service token: upper-case letters, digits and underscores, starting with a letter. */
export function capircaToken(value: string, max = 48): string {
  const slug = asciiText(value, '_')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  const named = /^[A-Z]/.test(slug) ? slug : `N_${slug}`;
  return named.slice(0, max).replace(/_+$/, '') || 'N';
}

/** Lower-case letters, digits and dashes (file names, Kubernetes names, Terraform names). */
export function slug(value: string, max = 63): string {
  const out = asciiText(value, '-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return out.slice(0, max).replace(/-+$/, '');
}

/** A Terraform resource or Kubernetes name part: starts with a letter, then letters, digits, dashes. */
export function identifier(value: string, fallback: string, max = 63): string {
  const out = slug(value, max);
  return /^[a-z]/.test(out) ? out : `${fallback}-${out}`.slice(0, max).replace(/-+$/, '');
}

/**
 * Hands out names that are unique (ignoring case, as most devices compare
 * them) within a length limit: the second `web` becomes `web-2`.
 */
export class UniqueNames {
  private readonly used = new Set<string>();

  constructor(
    private readonly max: number,
    private readonly separator = '-',
  ) {}

  take(base: string): string {
    let name = base.slice(0, this.max);
    for (let n = 2; this.used.has(name.toLowerCase()); n += 1) {
      const suffix = `${this.separator}${n}`;
      name = `${base.slice(0, this.max - suffix.length)}${suffix}`;
    }
    this.used.add(name.toLowerCase());
    return name;
  }
}
