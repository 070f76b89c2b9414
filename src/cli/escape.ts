/**
 * Text from a design file reaches the terminal in messages (labels, host
 * names, keys). A control character there could clear the screen (ESC),
 * ring the bell (BEL), write the clipboard (OSC 52) or start any other
 * terminal sequence (the C1 controls, U+0080-U+009F, include CSI and OSC on
 * their own), so every one is shown as an escape instead. Line breaks and
 * tabs are kept only where the message itself puts them: in text from a
 * file they are escaped too.
 */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;
// eslint-disable-next-line no-control-regex
const CONTROLS_BUT_LAYOUT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

const escape = (c: string) => {
  const code = c.charCodeAt(0);
  if (c === '\n') return '\\n';
  if (c === '\r') return '\\r';
  if (c === '\t') return '\\t';
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
};

/** One piece of untrusted text, every control character escaped (line breaks too). */
export const escapeText = (text: string): string => text.replace(CONTROLS, escape);

/** A whole message: control characters escaped, its own line breaks and tabs kept. */
export const escapeMessage = (text: string): string => text.replace(CONTROLS_BUT_LAYOUT, escape);
