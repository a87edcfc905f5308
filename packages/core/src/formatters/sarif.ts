/**
 * SARIF 2.1.0, the format GitHub code scanning (and most security dashboards) ingest.
 *
 * Choices a reader of the log relies on:
 * - `ruleId` is the bare rule id (`no-tmp-staging`): the tool is already `dag-transport`.
 * - Suppressed findings are results with `suppressions: [{ kind: "inSource", justification }]`,
 *   so code scanning shows them as suppressed instead of forgetting them; a finding the bulk
 *   suppressions file covers is `kind: "external"` (the suppression is not in the source).
 * - Problems that are not rule findings — a file that could not be analysed (fatal), a
 *   malformed suppression directive — are `toolExecutionNotifications` of the invocation.
 *   They are not alerts to triage or dismiss: they say the analysis of that spot is missing
 *   or a directive must be fixed, and the CLI's exit code already fails the run on them.
 * - `partialFingerprints` hash the rule, the file and the flagged source text (whitespace
 *   collapsed) plus an occurrence counter — never line numbers — so an alert survives code
 *   moving up or down and is not duplicated on the next upload.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Location as SarifLocation, Log, Notification, ReportingDescriptor, Result, Run } from "sarif";
import { Fingerprints, type Region } from "../fingerprint.js";
import { relativeInside, reportPath } from "../paths.js";
import type { LintMessage, LintResult, SuppressedLintMessage } from "../results.js";
import { terminalJson } from "../terminal-text.js";
import { isUnusedSuppressionMessage } from "../runner.js";
import { POLICY_URL, RULE_ID_PREFIX, ruleDocsUrl, type AnyRule } from "../rule.js";

export const SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
export const FINGERPRINT_KEY = "dagTransportFindingHash/v1";
const SRCROOT = "%SRCROOT%";

/** Descriptors of the notifications (not rule findings) the tool reports. */
const NOTIFICATIONS: ReportingDescriptor[] = [
  notificationDescriptor(
    "file-not-analysed",
    "The file, or part of it, could not be analysed.",
    "A syntax error, an unreadable, binary or oversized file: the tasks it touches were not judged by any rule. Fix the file to have it analysed.",
  ),
  notificationDescriptor(
    "invalid-suppression",
    "A suppression directive is invalid and suppresses nothing.",
    "A `# dag-transport: ignore[rule] -- reason` directive without a reason, or naming an unknown rule. The reason is required so reviewers can see why each exception is safe.",
  ),
  notificationDescriptor(
    "unused-suppression",
    "A suppression suppresses nothing.",
    "No finding of the rule it names is left where it applies: the exception is stale. `dag-transport --fix` removes it.",
  ),
];

function notificationDescriptor(id: string, short: string, full: string): ReportingDescriptor {
  return {
    id,
    shortDescription: { text: short },
    fullDescription: { text: full },
    help: { text: full },
    defaultConfiguration: { level: "error" },
  };
}

export interface SarifOptions {
  /** Every rule that may have run, for `tool.driver.rules`. */
  rules: readonly AnyRule[];
  /** Paths in the log are relative to this directory (`%SRCROOT%`); usually the repository root. */
  cwd?: string;
  toolVersion: string;
  informationUri?: string;
  /** The text of a linted file, for fingerprints; undefined when it cannot be had. */
  sourceOf?: (filePath: string) => string | undefined;
  /** A rule's documentation page as Markdown, shown as the alert's help in code scanning. */
  helpMarkdownOf?: (ruleId: string) => string | undefined;
}

function bareRuleId(ruleId: string): string {
  return ruleId.startsWith(RULE_ID_PREFIX) ? ruleId.slice(RULE_ID_PREFIX.length) : ruleId;
}

function ruleDescriptor(rule: AnyRule, options: SarifOptions): ReportingDescriptor {
  const url = ruleDocsUrl(rule.id);
  const markdown = options.helpMarkdownOf?.(rule.id);
  return {
    id: rule.id,
    shortDescription: { text: rule.meta.description },
    fullDescription: { text: rule.meta.description },
    helpUri: url,
    help: {
      text: `${rule.meta.description} Documentation, with flagged and fixed examples: ${url} The policy it enforces: ${POLICY_URL}`,
      markdown:
        markdown ??
        `${rule.meta.description}\n\n[Documentation, with flagged and fixed examples](${url}) · [The policy it enforces](${POLICY_URL})`,
    },
    defaultConfiguration: { level: rule.meta.recommendedSeverity === "error" ? "error" : "warning" },
  };
}

function artifactUri(filePath: string, cwd: string): { uri: string; uriBaseId?: string } {
  const relative = relativeInside(cwd, filePath);
  if (!relative) return { uri: pathToFileURL(filePath).href };
  return { uri: relative.split("/").map(encodeURIComponent).join("/"), uriBaseId: SRCROOT };
}

function physicalLocation(filePath: string, region: Region, cwd: string): SarifLocation["physicalLocation"] {
  return {
    artifactLocation: artifactUri(filePath, cwd),
    region: {
      startLine: region.line,
      startColumn: region.column,
      ...(region.endLine !== undefined ? { endLine: region.endLine } : {}),
      ...(region.endColumn !== undefined ? { endColumn: region.endColumn } : {}),
    },
  };
}

function notificationFor(message: LintMessage, filePath: string, cwd: string): Notification {
  const id = message.fatal
    ? "file-not-analysed"
    : isUnusedSuppressionMessage(message)
      ? "unused-suppression"
      : "invalid-suppression";
  return {
    descriptor: { id, index: NOTIFICATIONS.findIndex((d) => d.id === id) },
    level: message.severity === 2 ? "error" : "warning",
    message: { text: message.message },
    locations: [{ physicalLocation: physicalLocation(filePath, message, cwd) }],
  };
}

function isSuppressed(message: LintMessage): message is SuppressedLintMessage {
  return "suppressions" in message;
}

export function buildSarifLog(results: readonly LintResult[], options: SarifOptions): Log {
  const cwd = options.cwd ?? process.cwd();
  const rules = options.rules.map((rule) => ruleDescriptor(rule, options));
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const sarifResults: Result[] = [];
  const notifications: Notification[] = [];

  for (const lintResult of [...results].sort((a, b) => (a.filePath < b.filePath ? -1 : 1))) {
    const ordered = [...lintResult.messages, ...lintResult.suppressedMessages].sort(
      (a, b) => a.line - b.line || a.column - b.column,
    );
    const relativePath = reportPath(cwd, lintResult.filePath);
    // Read lazily: a file without rule findings needs no fingerprints.
    let fingerprints: Fingerprints | undefined;
    for (const message of ordered) {
      if (message.ruleId === null) {
        notifications.push(notificationFor(message, lintResult.filePath, cwd));
        continue;
      }
      const ruleId = bareRuleId(message.ruleId);
      const index = ruleIndex.get(ruleId);
      const result: Result = {
        ruleId,
        ...(index !== undefined ? { ruleIndex: index } : {}),
        level: message.severity === 2 ? "error" : "warning",
        message: { text: message.message },
        locations: [{ physicalLocation: physicalLocation(lintResult.filePath, message, cwd) }],
        partialFingerprints: {
          [FINGERPRINT_KEY]: (fingerprints ??= new Fingerprints(
            relativePath,
            options.sourceOf?.(lintResult.filePath),
          )).of(message),
        },
      };
      if (message.relatedLocations?.length) {
        result.relatedLocations = message.relatedLocations.map((related, i) => ({
          id: i + 1,
          message: { text: related.message },
          physicalLocation: physicalLocation(related.file ?? lintResult.filePath, related, cwd),
        }));
      }
      if (isSuppressed(message)) {
        result.suppressions = message.suppressions.map((s) => ({
          kind: s.kind === "file" ? "external" : "inSource",
          justification: s.justification,
        }));
      }
      sarifResults.push(result);
    }
  }

  const run: Run = {
    tool: {
      driver: {
        name: "dag-transport",
        version: options.toolVersion,
        semanticVersion: options.toolVersion,
        ...(options.informationUri ? { informationUri: options.informationUri } : {}),
        rules,
        notifications: NOTIFICATIONS,
      },
    },
    invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
    originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(cwd + path.sep).href } },
    columnKind: "utf16CodeUnits",
    results: sarifResults,
  };
  return { $schema: SARIF_SCHEMA_URI, version: "2.1.0", runs: [run] };
}

/** The SARIF log as pretty-printed JSON (GitHub's upload-sarif reads it from a file). */
export function formatSarif(results: readonly LintResult[], options: SarifOptions): string {
  return `${terminalJson(buildSarifLog(results, options), 2)}\n`;
}
