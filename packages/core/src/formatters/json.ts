import type { LintResult } from "../results.js";

/** Exactly `eslint --format json`: an array of results. */
export function formatJson(results: readonly LintResult[]): string {
  return JSON.stringify(results);
}
