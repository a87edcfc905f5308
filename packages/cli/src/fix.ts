/**
 * `--fix`: removes suppressions that suppress nothing — and nothing else (as Ruff's RUF100 fix
 * does). Findings are never fixed, suggestions never applied: a conversion changes what the
 * next task receives, which is for the author to decide.
 *
 * Each fixed file is linted again from its new text before it is written: if the removal
 * would leave it with a fatal problem it did not have (it no longer parses), the file is left
 * as it was. The report then shows the files as they are after the fix.
 */
import { writeFileSync } from "node:fs";
import {
  applyEdits,
  decodeSource,
  readWorkspaceBytes,
  type LintResult,
  type TextEdit,
} from "@dag-transport/core";

const BOM = [0xef, 0xbb, 0xbf];

export interface FixOutcome {
  results: LintResult[];
  /** Files rewritten. */
  fixed: string[];
  /** Files whose fix was not written, because the result would not have parsed. */
  refused: string[];
}

/** `relint(filePath, text)`: lints the fixed text as the file, with its configuration. */
export function fixUnusedSuppressions(
  results: readonly LintResult[],
  relint: (filePath: string, text: string) => LintResult,
): FixOutcome {
  const fixed: string[] = [];
  const refused: string[] = [];
  const out = results.map((result) => {
    const edits: TextEdit[] = result.messages.flatMap((m) => (m.fix ? [m.fix] : []));
    if (!edits.length) return result;
    const read = readWorkspaceBytes(result.filePath);
    if ("problem" in read) return result;
    const decoded = decodeSource(read.bytes);
    if ("problem" in decoded) return result;
    const text = applyEdits(decoded.text, edits);
    const after = relint(result.filePath, text);
    const fatal = (r: LintResult) => r.messages.filter((m) => m.fatal).length;
    if (fatal(after) > fatal(result)) {
      refused.push(result.filePath);
      return result;
    }
    const bom = BOM.every((byte, i) => read.bytes[i] === byte);
    writeFileSync(result.filePath, (bom ? "\uFEFF" : "") + text);
    fixed.push(result.filePath);
    return after;
  });
  return { results: out, fixed, refused };
}
