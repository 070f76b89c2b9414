/**
 * Text in pictures: what XML can hold, escaped, and how wide it is drawn.
 * Widths come from DejaVu Sans's own metrics (font-widths.ts), the first
 * font the pictures ask for, so layout needs no browser; the monospace
 * labels use DejaVu Sans Mono, whose every glyph is 0.602 em.
 */
import { BOLD, FIRST_CODE, REGULAR } from './font-widths';

/**
 * Characters XML 1.0 cannot hold (C0 controls but tab, LF, CR; lone
 * surrogates; U+FFFE, U+FFFF), plus DEL and C1 controls, which it can but no
 * reader shows. Removed, never escaped: `&#1;` is not well formed either.
 */
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text as one line XML can hold: illegal characters removed, line breaks and tabs as spaces. */
export function cleanText(text: string): string {
  return text.replace(NOT_XML, '').replace(/[\t\r\n\u2028\u2029]+/g, ' ');
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escaped for XML text or a quoted attribute value; call on cleaned text. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Cleaned and escaped: the one way user text goes into any XML file. */
export const xmlText = (text: string): string => escapeXml(cleanText(text));

/** Width of one code point in em, for DejaVu Sans. */
function glyphEm(code: number, bold: boolean): number {
  if (code >= FIRST_CODE && code <= 0xff) return (bold ? BOLD : REGULAR)[code - FIRST_CODE]! / 1000;
  if (
    (code >= 0x300 && code <= 0x36f) ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x2060 && code <= 0x2064) ||
    code === 0xfeff ||
    (code >= 0xfe00 && code <= 0xfe0f)
  )
    return 0;
  const wide =
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    code >= 0x1f000;
  return wide ? 1 : bold ? 0.7 : 0.64;
}

export interface Font {
  size: number;
  bold?: boolean;
  mono?: boolean;
}

export const MONO_EM = 0.602;

export function textWidth(text: string, font: Font): number {
  let em = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    em += font.mono && code < 0x2e80 ? MONO_EM : glyphEm(code, !!font.bold);
  }
  return em * font.size;
}

/** The longest prefix (whole code points) that fits, with an ellipsis if anything was cut. */
export function fitText(text: string, width: number, font: Font): string {
  if (textWidth(text, font) <= width) return text;
  const chars = [...text];
  const room = width - textWidth('…', font);
  let used = 0;
  let count = 0;
  for (const char of chars) {
    const w = textWidth(char, font);
    if (used + w > room) break;
    used += w;
    count++;
  }
  return `${chars.slice(0, count).join('').trimEnd()}…`;
}

/** Wrapped at spaces (or anywhere in a long word) into at most `maxLines`; the last line ends in an ellipsis if cut. */
export function wrapText(text: string, width: number, font: Font, maxLines: number): string[] {
  const lines: string[] = [];
  let rest = text.trim();
  while (rest && lines.length < maxLines) {
    if (lines.length === maxLines - 1 || textWidth(rest, font) <= width) {
      lines.push(fitText(rest, width, font));
      break;
    }
    const chars = [...rest];
    let used = 0;
    let cut = 0;
    let lastSpace = -1;
    for (const char of chars) {
      const w = textWidth(char, font);
      if (used + w > width) break;
      used += w;
      if (char === ' ') lastSpace = cut;
      cut++;
    }
    const end = lastSpace > 0 ? lastSpace : Math.max(1, cut);
    lines.push(chars.slice(0, end).join('').trimEnd());
    rest = chars.slice(end).join('').trimStart();
  }
  return lines;
}
