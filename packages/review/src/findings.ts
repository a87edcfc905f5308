/**
 * Findings as the reviewer gate sees them: one per lint message, with every location it has
 * (the primary span first, then the related ones — a handoff's write and the read that
 * consumes it) and a fingerprint that survives line shifts, so a re-run recognises what it
 * has already posted.
 */
import { Fingerprints, type LintMessage, type LintResult } from "@dag-transport/core";

export interface FindingLocation {
  line: number;
  endLine: number;
  column: number;
  endColumn?: number;
  /** What this location is, for related locations ("the read that consumes it"). */
  label?: string;
}

export interface Finding {
  fingerprint: string;
  /** Repository-relative path, `/`-separated, as GitHub names it. */
  path: string;
  /** `dag-transport/<rule>`, or null for a problem with the file or a suppression directive. */
  ruleId: string | null;
  /** What to call it in a comment: the rule id, or the kind of problem. */
  title: string;
  severity: 1 | 2;
  message: string;
  locations: FindingLocation[];
}

/** A suppression the analysed file contains, with the reason the author gave. */
export interface Suppression {
  path: string;
  ruleId: string;
  line: number;
  reason: string;
  message: string;
}

const RULE_PREFIX = "dag-transport/";

export function titleOf(message: Pick<LintMessage, "ruleId" | "fatal">): string {
  if (message.ruleId) return message.ruleId.replace(RULE_PREFIX, "");
  return message.fatal ? "file not analysed" : "suppression directive";
}

function locationsOf(message: LintMessage): FindingLocation[] {
  const primary: FindingLocation = {
    line: message.line,
    endLine: Math.max(message.line, message.endLine ?? message.line),
    column: message.column,
    ...(message.endColumn !== undefined ? { endColumn: message.endColumn } : {}),
  };
  // A location in another file (an imported helper's write) has no place on this file's diff.
  const related = (message.relatedLocations ?? [])
    .filter((r) => r.file === undefined)
    .map((r) => ({
      line: r.line,
      endLine: Math.max(r.line, r.endLine),
      column: r.column,
      endColumn: r.endColumn,
      label: r.message,
    }));
  return [primary, ...related];
}

/**
 * Findings of one file's result. `path` is the repository-relative name; `text` is the source
 * the result was computed from (for fingerprints). Two findings of the same rule on identical
 * code are told apart by their order in the file.
 */
export function findingsOf(result: LintResult, path: string, text: string): Finding[] {
  const fingerprints = new Fingerprints(path, text);
  return result.messages.map((message) => {
    const title = titleOf(message);
    return {
      fingerprint: fingerprints.of(message),
      path,
      ruleId: message.ruleId,
      title,
      severity: message.severity,
      message: message.message,
      locations: locationsOf(message),
    };
  });
}

export function suppressionsOf(result: LintResult, path: string): Suppression[] {
  // A finding the bulk suppressions file covers is no suppression anyone wrote on a line.
  return result.suppressedMessages.flatMap((message) =>
    message.suppressions
      .filter((s) => s.kind !== "file")
      .map((s) => ({
        path,
        ruleId: message.ruleId ?? "",
        line: message.line,
        reason: s.justification,
        message: message.message,
      })),
  );
}
