/**
 * Text taken from a workspace (file names, quoted source), made safe for a terminal or a CI
 * log: control characters (C0, DEL, C1) and Unicode line separators become visible escapes.
 * Unescaped, a file name or a string literal could move the cursor, clear the screen, set the
 * terminal's title, or start a new log line — and in GitHub Actions a line that begins with
 * `::` is a workflow command.
 */
export function escapeControlCharacters(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff
      ? `\\x${code.toString(16).padStart(2, "0")}`
      : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}

/** A line of terminal output that begins with workspace text: escaped, and never a workflow command. */
export function printableLine(text: string): string {
  const escaped = escapeControlCharacters(text);
  return escaped.startsWith("::") ? `./${escaped}` : escaped;
}
