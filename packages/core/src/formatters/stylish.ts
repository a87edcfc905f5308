import path from "node:path";
import { styleText } from "node:util";
import type { LintResult } from "../results.js";
import { terminalLine, terminalText } from "../terminal-text.js";

export interface StylishOptions {
  /** Paths are shown relative to this directory. */
  cwd?: string;
  color?: boolean;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/**
 * A human-readable report in the spirit of ESLint's `stylish`, grouped by file. What comes from
 * the scanned repository (paths, messages quoting its code) passes through `terminalText`.
 */
export function formatStylish(results: readonly LintResult[], options: StylishOptions = {}): string {
  const cwd = options.cwd ?? process.cwd();
  // The caller decides colour (the CLI: flags, FORCE_COLOR, NO_COLOR, a terminal); styleText
  // must not second-guess it from process.stdout, which may not be where the report goes.
  const paint = (style: Parameters<typeof styleText>[0], text: string) =>
    options.color ? styleText(style, text, { validateStream: false }) : text;
  let errors = 0;
  let warnings = 0;
  let suppressed = 0;
  let bulk = 0;
  const out: string[] = [];

  for (const result of results) {
    errors += result.errorCount;
    warnings += result.warningCount;
    for (const message of result.suppressedMessages)
      if (message.suppressions.some((s) => s.kind === "file")) bulk++;
      else suppressed++;
    if (result.messages.length === 0) continue;
    out.push(paint("underline", terminalLine(path.relative(cwd, result.filePath) || result.filePath)));
    for (const m of result.messages) {
      const where = `${m.line}:${m.column}`.padEnd(8);
      const level = m.severity === 2 ? paint("red", "error  ") : paint("yellow", "warning");
      out.push(
        `  ${where} ${level}  ${terminalText(m.message)}  ${paint("dim", terminalText(m.ruleId ?? ""))}`.trimEnd(),
      );
      for (const related of m.relatedLocations ?? []) {
        out.push(
          paint(
            "dim",
            `  ${`${related.line}:${related.column}`.padEnd(8)}          ↳ ${terminalText(related.message)}`,
          ),
        );
      }
      // What an editor offers as a quick fix (ESLint's suggestions); never applied by the CLI.
      for (const suggestion of m.suggestions ?? []) {
        const replacement = suggestion.fix.text.replace(/\s+/g, " ");
        const shown = replacement.length > 60 ? `${replacement.slice(0, 59)}…` : replacement;
        out.push(
          paint(
            "cyan",
            `  ${"".padEnd(8)}          ↳ suggestion: ${terminalText(suggestion.desc)} → ${terminalText(shown)}`,
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
  if (bulk > 0) out.push(`${plural(bulk, "finding")} covered by the bulk suppressions file.`);
  return out.length ? `${out.join("\n")}\n` : "";
}
