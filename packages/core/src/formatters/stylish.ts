import path from "node:path";
import { styleText } from "node:util";
import { escapeControlCharacters, printableLine } from "../printable.js";
import type { LintResult } from "../results.js";

export interface StylishOptions {
  /** Paths are shown relative to this directory. */
  cwd?: string;
  color?: boolean;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/** A human-readable report in the spirit of ESLint's `stylish`, grouped by file. */
export function formatStylish(results: readonly LintResult[], options: StylishOptions = {}): string {
  const cwd = options.cwd ?? process.cwd();
  const paint = (style: Parameters<typeof styleText>[0], text: string) =>
    options.color ? styleText(style, text) : text;
  let errors = 0;
  let warnings = 0;
  let suppressed = 0;
  const out: string[] = [];

  for (const result of results) {
    errors += result.errorCount;
    warnings += result.warningCount;
    suppressed += result.suppressedMessages.length;
    if (result.messages.length === 0) continue;
    // File names and quoted source come from the workspace: no control characters, no line
    // that a CI runner would take for a workflow command (`::error::…`).
    out.push(paint("underline", printableLine(path.relative(cwd, result.filePath) || result.filePath)));
    for (const m of result.messages) {
      const where = `${m.line}:${m.column}`.padEnd(8);
      const level = m.severity === 2 ? paint("red", "error  ") : paint("yellow", "warning");
      out.push(
        `  ${where} ${level}  ${escapeControlCharacters(m.message)}  ${paint("dim", m.ruleId ?? "")}`.trimEnd(),
      );
      for (const related of m.relatedLocations ?? []) {
        out.push(
          paint(
            "dim",
            `  ${`${related.line}:${related.column}`.padEnd(8)}          ↳ ${escapeControlCharacters(related.message)}`,
          ),
        );
      }
    }
    out.push("");
  }
  const total = errors + warnings;
  if (total > 0) {
    out.push(
      paint(
        errors > 0 ? "red" : "yellow",
        `✖ ${plural(total, "problem")} (${plural(errors, "error")}, ${plural(warnings, "warning")})`,
      ),
    );
  }
  if (suppressed > 0)
    out.push(`${plural(suppressed, "finding")} suppressed with a reason (see --format json).`);
  return out.length ? `${out.join("\n")}\n` : "";
}
