/**
 * The right-hand side of a pull request file's diff, parsed from the `patch` GitHub sends with
 * each changed file. GitHub accepts a review comment only on a line inside a hunk (an added or
 * a context line), and a multi-line comment only when both ends lie in the same hunk; it
 * rejects the whole review for one bad line, so every comment is checked against this first.
 */

export interface Hunk {
  /** First and last line of the new file that the hunk shows (inclusive); end < start when it shows none. */
  start: number;
  end: number;
  /** Lines of the new file that the pull request adds or changes. */
  added: ReadonlySet<number>;
}

const HUNK_HEADER = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;

/** Hunks of one file's patch, in order. Lines outside hunks (there are none in GitHub's patches) are ignored. */
export function parsePatch(patch: string): Hunk[] {
  const hunks: Hunk[] = [];
  let current: { start: number; next: number; added: Set<number> } | undefined;
  const close = () => {
    if (current) hunks.push({ start: current.start, end: current.next - 1, added: current.added });
  };
  // Split into lines; a final newline ends the last line rather than starting another.
  for (const text of patch.replace(/\n$/, "").split("\n")) {
    const header = HUNK_HEADER.exec(text);
    if (header) {
      close();
      const start = Number(header[1]);
      // A start so large that counting this patch's lines from it would lose precision belongs
      // to no real file: the hunk is malformed, and its lines are ignored like lines outside one.
      current = Number.isSafeInteger(start + patch.length)
        ? { start, next: start, added: new Set() }
        : undefined;
      continue;
    }
    if (!current) continue;
    const marker = text[0];
    if (marker === "+") {
      current.added.add(current.next);
      current.next += 1;
    } else if (marker === " " || text === "" || text === "\r") {
      // A context line. An empty one may lose its leading space in transit, leaving "" — or
      // "\r" when the patch came with CRLF line breaks (split at "\n" here, so every line
      // keeps its "\r", which does not change how lines are counted).
      current.next += 1;
    }
    // "-" lines exist only on the left; "\ No newline at end of file" is not a line.
  }
  close();
  return hunks;
}

export function hunkContaining(hunks: readonly Hunk[], line: number): Hunk | undefined {
  return hunks.find((h) => line >= h.start && line <= h.end);
}

/** Added lines within [start, end], ascending. */
export function addedLinesIn(hunks: readonly Hunk[], start: number, end: number): number[] {
  const lines: number[] = [];
  for (const hunk of hunks) {
    for (const line of hunk.added) if (line >= start && line <= end) lines.push(line);
  }
  return lines.sort((a, b) => a - b);
}

/** Whether a (multi-line) review comment from startLine to line is one GitHub accepts on the right side. */
export function isCommentableRange(hunks: readonly Hunk[], startLine: number, line: number): boolean {
  // Any hunk, not only the first that holds `line`: a malformed patch's hunks may overlap.
  return startLine <= line && hunks.some((h) => startLine >= h.start && line <= h.end);
}
