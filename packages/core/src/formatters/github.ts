/**
 * GitHub Actions workflow commands: one `::error` / `::warning` line per finding, which the
 * runner turns into an annotation on the file and line of the pull request's diff.
 *
 * Escaping follows the Actions runner (the rules `@actions/core` applies): in the message,
 * `%`, CR and LF are percent-encoded; in property values `:` and `,` are too, since they
 * delimit properties. Paths are relative to `cwd`: run from the repository root.
 *
 * Before that, every other control character of a path or message (ESC, C1, U+2028…) is made
 * visible (`terminalLines`): the runner decodes the message and also prints it in the job log.
 */
import { reportPath } from "../paths.js";
import type { LintMessage, LintResult } from "../results.js";
import { isUnusedSuppressionMessage } from "../runner.js";
import { terminalLines } from "../terminal-text.js";

export interface GithubOptions {
  /** Paths are written relative to this directory (the workflow's checkout, usually). */
  cwd?: string;
}

export function escapeData(value: string): string {
  return value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

function titleOf(message: LintMessage): string {
  if (message.ruleId) return message.ruleId;
  if (message.fatal) return "dag-transport: file not analysed";
  return isUnusedSuppressionMessage(message)
    ? "dag-transport: unused suppression"
    : "dag-transport: invalid suppression";
}

/**
 * One workflow command line: `::error file=…,line=…::message`. The one place workflow commands
 * are written (this formatter, and the PR gate's fallback for a read-only token): every value
 * and the message are made printable (`terminalLines`) and escaped as the runner decodes them,
 * so text from the repository can neither end the command nor start another.
 */
export function workflowCommandLine(
  kind: "error" | "warning",
  properties: readonly (readonly [string, string | number | undefined])[],
  message: string,
): string {
  const props = properties
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}=${escapeProperty(terminalLines(String(value)))}`)
    .join(",");
  return `::${kind} ${props}::${escapeData(terminalLines(message))}`;
}

function command(message: LintMessage, file: string): string {
  // Columns only for a one-line range: GitHub does not accept them when the lines differ.
  const oneLine = message.endLine === undefined || message.endLine === message.line;
  const properties: [string, string | number | undefined][] = [
    ["file", file],
    ["line", message.line],
    ["endLine", message.endLine],
    ["col", oneLine ? message.column : undefined],
    ["endColumn", oneLine ? message.endColumn : undefined],
    ["title", titleOf(message)],
  ];
  // Related locations (the other task of a handoff) follow on their own lines of the annotation.
  const related = (message.relatedLocations ?? []).map((r) => `\n↳ line ${r.line}: ${r.message}`).join("");
  return workflowCommandLine(
    message.severity === 2 ? "error" : "warning",
    properties,
    message.message + related,
  );
}

/** Workflow commands for every reported (not suppressed) message. */
export function formatGithub(results: readonly LintResult[], options: GithubOptions = {}): string {
  const cwd = options.cwd ?? process.cwd();
  const lines: string[] = [];
  for (const result of results) {
    const file = reportPath(cwd, result.filePath);
    for (const message of result.messages) lines.push(command(message, file));
  }
  return lines.length ? `${lines.join("\n")}\n` : "";
}
