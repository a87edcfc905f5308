/**
 * Finding fingerprints that survive line shifts: a hash of the rule, the file's path and the
 * flagged source text with whitespace collapsed — never the line number — plus the finding's
 * order among identical ones in the file. SARIF's `partialFingerprints` and the PR reviewer
 * gate's "already posted" markers both use this, so the two agree on what is the same finding.
 */
import { createHash } from "node:crypto";
import type { LintMessage } from "./results.js";

export interface Region {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

/** The flagged text with whitespace collapsed: what a fingerprint should follow when lines move. */
export function flaggedText(source: string, region: Region): string {
  const lines = source.split(/\r?\n/);
  const endLine = region.endLine ?? region.line;
  const endColumn = region.endColumn ?? Number.POSITIVE_INFINITY;
  const parts: string[] = [];
  for (let line = region.line; line <= endLine && line <= lines.length; line++) {
    const text = lines[line - 1]!;
    const start = line === region.line ? region.column - 1 : 0;
    const end = line === endLine ? endColumn - 1 : text.length;
    parts.push(text.slice(start, end));
  }
  const flagged = parts.join("\n").replace(/\s+/g, " ").trim();
  // A zero-width span (a position, not a range) is identified by its whole line.
  return flagged || (lines[region.line - 1] ?? "").replace(/\s+/g, " ").trim();
}

type Fingerprinted = Pick<LintMessage, "ruleId" | "fatal" | "messageId"> & Region;

/** Fingerprints for the findings of one file; call `of` in source order. */
export class Fingerprints {
  private readonly seen = new Map<string, number>();

  /**
   * @param relativePath the file as the repository names it (`/`-separated)
   * @param source the text the findings were computed from; without it the message id stands in
   */
  constructor(
    private readonly relativePath: string,
    private readonly source: string | undefined,
  ) {}

  of(message: Fingerprinted): string {
    const kind = message.ruleId ?? (message.fatal ? "file-not-analysed" : "invalid-suppression");
    // Without the source, the message id is the most stable thing left (messages carry line numbers).
    const anchor =
      this.source !== undefined ? flaggedText(this.source, message) : `message:${message.messageId ?? ""}`;
    const hash = createHash("sha256")
      .update([kind, this.relativePath, anchor].join("\0"))
      .digest("hex")
      .slice(0, 32);
    const occurrence = (this.seen.get(hash) ?? 0) + 1;
    this.seen.set(hash, occurrence);
    return `${hash}:${occurrence}`;
  }
}
