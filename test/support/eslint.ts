import type { LintMessage, LintResult } from "@dag-transport/core";
import { ESLint, type Linter } from "eslint";
// The plugin from source: the root package.json is the npm-installed CLI and lists no workspace packages.
import dagTransport from "../../packages/eslint-plugin/src/index.js";
import { REPO_ROOT } from "./cli.js";

/**
 * Lints paths through ESLint's Node.js API as a user's `eslint.config.js` would (no config file
 * is read): by default one spreading `dagTransport.configs.recommended`.
 */
export async function lintWithEslint(
  paths: readonly string[],
  options: { cwd?: string; config?: readonly unknown[] } = {},
): Promise<LintResult[]> {
  const eslint = new ESLint({
    cwd: options.cwd ?? REPO_ROOT,
    overrideConfigFile: true,
    overrideConfig: (options.config ?? dagTransport.configs.recommended) as Linter.Config[],
  });
  return (await eslint.lintFiles([...paths])) as unknown as LintResult[];
}

/**
 * What both surfaces must agree on, message for message (the CLI's JSON adds `relatedLocations`).
 * A TypeScript parse error is ESLint's own message in ESLint, placed from the parser's 0-based
 * column as if it were 1-based (one column early, no end): for a fatal message the position is
 * compared by line.
 */
export function comparable(message: LintMessage) {
  if (message.fatal) {
    return {
      line: message.line,
      ruleId: message.ruleId,
      severity: message.severity,
      message: message.message,
      fatal: true,
    };
  }
  return {
    line: message.line,
    column: message.column,
    endLine: message.endLine,
    endColumn: message.endColumn,
    ruleId: message.ruleId,
    severity: message.severity,
    message: message.message,
    fatal: message.fatal ?? false,
    ...("suppressions" in message ? { suppressions: message.suppressions } : {}),
  };
}
