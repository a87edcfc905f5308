/**
 * A bound on how deeply a data file (JSON, YAML, TOML) nests its brackets, checked in one pass
 * before any parser sees the text. The parsers recurse once per level: 100,000 levels overflow
 * the stack, and V8 turns a regular expression compiled that close to the limit into a fatal
 * out-of-memory abort — the whole run dies, not just the file. No configuration or deployment
 * file nests anywhere near this deep.
 */
export const MAX_NESTING = 100;

/**
 * The offset of the first `[` or `{` deeper than `MAX_NESTING`, or -1. Quotes and comments are
 * not skipped: brackets inside strings can only make the count higher, never hide nesting, so
 * no text can slip a deep file past this; a real file with 100 unclosed brackets inside its
 * strings does not exist.
 */
export function tooDeepAt(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_NESTING) return i;
    } else if ((c === 0x5d || c === 0x7d) && depth > 0) depth--;
  }
  return -1;
}
