import type { LintMessage, LintResult } from "@dag-transport/core";
import { ESLint, type Linter } from "eslint";
import dagTransport from "eslint-plugin-dag-transport";
import { REPO_ROOT } from "./cli.js";

/**
 * Lints paths through ESLint's Node.js API as a user's `eslint.config.js` spreading
 * `dagTransport.configs.recommended` would (no config file is read), with extra rule settings
 * layered on top when a test needs them.
 */
export async function lintWithEslint(
  paths: readonly string[],
  options: { cwd?: string; rules?: Linter.RulesRecord } = {},
): Promise<LintResult[]> {
  const eslint = new ESLint({
    cwd: options.cwd ?? REPO_ROOT,
    overrideConfigFile: true,
    overrideConfig: [
      ...(dagTransport.configs.recommended as Linter.Config[]),
      ...(options.rules ? [{ rules: options.rules }] : []),
    ],
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
  };
}
