/**
 * GitLab Code Quality: the JSON array a job publishes as `artifacts:reports:codequality`, which
 * GitLab shows in the merge request widget and on the diff (a subset of the Code Climate issue
 * format, whose `type` and `categories` are kept so Code Climate tools read it too).
 *
 * - `check_name` is the rule id (`dag-transport/no-tmp-staging`); a problem that is not a rule
 *   finding is named as in SARIF's notifications (`dag-transport/file-not-analysed`,
 *   `…/invalid-suppression`, `…/unused-suppression`).
 * - `fingerprint` is the finding's identity from `fingerprint.ts` (the rule, the file and the
 *   flagged text, never a line number): GitLab compares the merge request's report with the
 *   target branch's by fingerprint, so a finding that only moved is not "new", and two identical
 *   findings in one file stay two (the occurrence counter). Counted over suppressed findings
 *   too, as SARIF does, so the two formats give a finding the same fingerprint.
 * - `severity`: error → `major`, warning → `minor`, a file that could not be analysed →
 *   `critical` (as ESLint's GitLab formatters do).
 * - `location.path` is relative to `cwd` (GitLab wants the repository's path: run from the
 *   root), exact so GitLab can link it; `description` has every control character made visible
 *   (`terminalText`), and the JSON escapes the rest (`terminalJson`).
 * - Suppressed findings are left out: GitLab has no notion of a suppressed issue.
 */
import { Fingerprints } from "../fingerprint.js";
import { reportPath } from "../paths.js";
import type { LintMessage, LintResult } from "../results.js";
import { isUnusedSuppressionMessage } from "../runner.js";
import { terminalJson, terminalText } from "../terminal-text.js";

export interface GitlabOptions {
  /** Paths are written relative to this directory (the job's checkout: the repository root). */
  cwd?: string;
  /** The text of a linted file, for fingerprints; undefined when it cannot be had. */
  sourceOf?: (filePath: string) => string | undefined;
}

export type CodeQualitySeverity = "info" | "minor" | "major" | "critical" | "blocker";

export interface CodeQualityIssue {
  type: "issue";
  check_name: string;
  description: string;
  categories: string[];
  severity: CodeQualitySeverity;
  fingerprint: string;
  location: { path: string; lines: { begin: number } };
}

/** The name of a problem that is a rule's finding or not (SARIF's notification ids). */
export function checkNameOf(message: Pick<LintMessage, "ruleId" | "fatal" | "message">): string {
  if (message.ruleId) return message.ruleId;
  if (message.fatal) return "dag-transport/file-not-analysed";
  return isUnusedSuppressionMessage(message)
    ? "dag-transport/unused-suppression"
    : "dag-transport/invalid-suppression";
}

function severityOf(message: LintMessage): CodeQualitySeverity {
  if (message.fatal) return "critical";
  return message.severity === 2 ? "major" : "minor";
}

function descriptionOf(message: LintMessage): string {
  const related = (message.relatedLocations ?? []).map((r) => ` (line ${r.line}: ${r.message})`).join("");
  return terminalText(message.message + related);
}

export function buildCodeQuality(
  results: readonly LintResult[],
  options: GitlabOptions = {},
): CodeQualityIssue[] {
  const cwd = options.cwd ?? process.cwd();
  const issues: CodeQualityIssue[] = [];
  for (const result of results) {
    const relativePath = reportPath(cwd, result.filePath);
    const reported = new Set<LintMessage>(result.messages);
    // Fingerprints are numbered in source order over every finding, suppressed ones too (as SARIF).
    const ordered = [...result.messages, ...result.suppressedMessages].sort(
      (a, b) => a.line - b.line || a.column - b.column,
    );
    let fingerprints: Fingerprints | undefined;
    for (const message of ordered) {
      const fingerprint = (fingerprints ??= new Fingerprints(
        relativePath,
        options.sourceOf?.(result.filePath),
      )).of(message);
      if (!reported.has(message)) continue;
      issues.push({
        type: "issue",
        check_name: checkNameOf(message),
        description: descriptionOf(message),
        categories: ["Bug Risk"],
        severity: severityOf(message),
        fingerprint,
        location: { path: relativePath, lines: { begin: message.line } },
      });
    }
  }
  return issues;
}

/** The Code Quality report as JSON (control characters `\u`-escaped, see terminal-text.ts). */
export function formatGitlab(results: readonly LintResult[], options: GitlabOptions = {}): string {
  return `${terminalJson(buildCodeQuality(results, options), 2)}\n`;
}
