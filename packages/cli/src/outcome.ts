/** What the user sees and the exit code, from the results: `--quiet` and `--max-warnings`. */
import { makeResult, type LintResult } from "@dag-transport/core";

export interface Outcome {
  /** The results to print (`--quiet` drops warnings). */
  shown: LintResult[];
  errors: number;
  /** Counted before `--quiet` drops them, as ESLint does. */
  warnings: number;
  tooManyWarnings: boolean;
  /** 0 clean, 1 error-level findings or more warnings than allowed. */
  exitCode: 0 | 1;
}

function errorsOnly(result: LintResult): LintResult {
  return makeResult(
    result.filePath,
    result.messages.filter((m) => m.severity === 2),
    result.suppressedMessages.filter((m) => m.severity === 2),
  );
}

export function outcome(
  results: readonly LintResult[],
  options: { quiet: boolean; maxWarnings?: number },
): Outcome {
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  const tooManyWarnings = options.maxWarnings !== undefined && warnings > options.maxWarnings;
  return {
    shown: options.quiet ? results.map(errorsOnly) : [...results],
    errors,
    warnings,
    tooManyWarnings,
    exitCode: errors > 0 || tooManyWarnings ? 1 : 0,
  };
}
