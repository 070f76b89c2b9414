/**
 * A pass over JSON text before `JSON.parse`, in one loop without recursion,
 * for what the parser either dies of or hides: nesting deep enough to
 * overflow the stack of any recursive walk after it (the parser's own, zod's,
 * ours), and an object with the same key twice, which `JSON.parse` resolves
 * silently by keeping the last value (one `"ip"` can then override another).
 * It does not validate the JSON; `JSON.parse` does that afterwards. On text
 * that is not JSON it stops early or finds nothing, and the parser reports.
 */

/** Far deeper than any design (about 6 levels) and far shallower than any stack. */
export const MAX_JSON_DEPTH = 64;

export type JsonScanProblem =
  | { kind: 'too-deep'; depth: number; line: number; column: number }
  | { kind: 'duplicate-key'; key: string; path: string; line: number; column: number };

interface Frame {
  /** Keys seen so far in an object; undefined for an array. */
  keys: Set<string> | undefined;
  /** The key or index this container sits at in its parent, for messages. */
  name: string;
  /** In an object: the next string is a key. */
  expectKey: boolean;
  /** In an array: the index of the current element. */
  index: number;
}

export function scanJson(text: string, maxDepth = MAX_JSON_DEPTH): JsonScanProblem | undefined {
  const stack: Frame[] = [];
  let pendingName = '';
  const where = (offset: number) => {
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    return { line, column: offset - before.lastIndexOf('\n') };
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    const top = stack[stack.length - 1];
    if (ch === 0x22 /* " */) {
      const start = i;
      i += 1;
      while (i < text.length && text.charCodeAt(i) !== 0x22) i += text.charCodeAt(i) === 0x5c /* \ */ ? 2 : 1;
      if (top?.keys && top.expectKey) {
        const raw = text.slice(start + 1, i);
        let key = raw;
        // Only a key with escapes needs decoding (`"\u0069p"` is `"ip"`).
        if (raw.includes('\\')) {
          try {
            key = JSON.parse(`"${raw}"`) as string;
          } catch {
            return undefined; // not JSON: the parser names the place
          }
        }
        if (top.keys.has(key)) {
          return { kind: 'duplicate-key', key, path: pathOf(stack), ...where(start) };
        }
        top.keys.add(key);
        top.expectKey = false;
        pendingName = key;
      }
    } else if (ch === 0x7b /* { */ || ch === 0x5b /* [ */) {
      const name = top === undefined ? '' : top.keys ? pendingName : String(top.index);
      if (stack.length >= maxDepth) return { kind: 'too-deep', depth: maxDepth, ...where(i) };
      stack.push({ keys: ch === 0x7b ? new Set() : undefined, name, expectKey: ch === 0x7b, index: 0 });
    } else if (ch === 0x7d /* } */ || ch === 0x5d /* ] */) {
      stack.pop();
    } else if (ch === 0x2c /* , */ && top) {
      if (top.keys) top.expectKey = true;
      else top.index += 1;
    }
  }
  return undefined;
}

/** `components[2].options`: the object the duplicate is in, as a user finds it in the file. */
function pathOf(stack: readonly Frame[]): string {
  let path = '';
  for (let i = 1; i < stack.length; i++) {
    const frame = stack[i]!;
    const parent = stack[i - 1]!;
    path += parent.keys ? `${path ? '.' : ''}${frame.name}` : `[${frame.name}]`;
  }
  return path || 'the top level';
}
