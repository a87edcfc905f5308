import type { LintResult } from "../results.js";
import { terminalJson } from "../terminal-text.js";

/** Exactly `eslint --format json`: an array of results (every control character `\u`-escaped, see terminal-text.ts). */
export function formatJson(results: readonly LintResult[]): string {
  return terminalJson(results);
}
