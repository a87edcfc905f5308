/**
 * The edit that removes a suppression comment (or its part `[from, to)`), as `--fix` applies it
 * when the suppression suppressed nothing: the blanks before it on a line of code go with it;
 * another tool's directive after it (`# noqa`) stays; and a line left with nothing on it goes
 * whole, line ending included.
 */
import type { TextEdit } from "./model.js";

export function commentRemoval(source: string, from: number, to: number, ownLine: boolean): TextEdit {
  let lineEnd = source.indexOf("\n", to);
  if (lineEnd === -1) lineEnd = source.length;
  const rest = source.slice(to, lineEnd).replace(/\r$/, "");
  if (ownLine && rest.trim() === "") {
    const lineStart = source.lastIndexOf("\n", from - 1) + 1;
    return { range: [lineStart, Math.min(lineEnd + 1, source.length)], text: "" };
  }
  // Another tool's directive after it stays where the suppression started (`code  # noqa`).
  if (rest.trim() !== "") return { range: [from, to + (rest.length - rest.trimStart().length)], text: "" };
  let start = from;
  while (start > 0 && (source[start - 1] === " " || source[start - 1] === "\t")) start--;
  return { range: [start, to + rest.length], text: "" };
}

/** Applies non-overlapping edits (overlapping ones after the first are dropped); returns the new text. */
export function applyEdits(source: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let out = "";
  let at = 0;
  for (const edit of sorted) {
    if (edit.range[0] < at) continue;
    out += source.slice(at, edit.range[0]) + edit.text;
    at = edit.range[1];
  }
  return out + source.slice(at);
}
