/**
 * Where each finding goes, and whether it blocks.
 *
 * A finding is *new* when the base commit's version of the file did not have it (matched by
 * fingerprint): a PR that creates a handoff by deleting lines (a conversion, a cleanup) is
 * caught. When the base version could not be analysed (it is unknown), a finding is new when
 * one of its locations touches a line the pull request adds: a PR that adds only the consuming
 * read of a handoff still introduces the finding. Its comment goes on
 * the first such location; failing that, on the first location GitHub shows in the diff (a
 * context line); failing that, on the changed file as a whole. Findings of files the PR does
 * not change go to the summary. Nothing is dropped.
 */
import { addedLinesIn, hunkContaining, type Hunk } from "./diff.js";
import type { Finding, FindingLocation } from "./findings.js";

export interface ChangedFile {
  path: string;
  status: "added" | "removed" | "modified" | "renamed" | "copied" | "changed" | "unchanged";
  previousPath?: string;
  /** Hunks of the patch; undefined when GitHub sent no patch (diff too large, binary). */
  hunks?: Hunk[];
  /** Lines added, as GitHub counts them (known even without a patch). */
  additions: number;
}

export type Placement =
  /** A review comment on lines startLine..line of the new file (startLine === line for one line). */
  | { kind: "line"; path: string; startLine: number; line: number }
  /** A comment on the file as a whole (`subject_type: file`). */
  | { kind: "file"; path: string }
  /** Only in the summary: the file is not part of the pull request. */
  | { kind: "summary" };

export interface PlacedFinding {
  finding: Finding;
  placement: Placement;
  /** A location touches a line the pull request adds (or may: see `unknownDiff`). */
  isNew: boolean;
  /** GitHub sent no patch for the file, so any line may be new; counted as new (fail closed). */
  unknownDiff: boolean;
  /** Error-level and new: this is what fails the check. */
  blocking: boolean;
}

/** The lines of `location` inside `hunk`, as a comment range GitHub accepts. */
function clipToHunk(location: FindingLocation, hunk: Hunk): { startLine: number; line: number } {
  return { startLine: Math.max(location.line, hunk.start), line: Math.min(location.endLine, hunk.end) };
}

function placeInFile(finding: Finding, file: ChangedFile): Omit<PlacedFinding, "finding" | "blocking"> {
  const whole = { kind: "file", path: file.path } as const;
  if (!file.hunks) {
    // No patch: a file with no added lines (a pure rename) has nothing new; otherwise we cannot
    // tell old lines from new, and a gate that cannot tell fails closed.
    const unknownDiff = file.additions > 0;
    return { placement: whole, isNew: unknownDiff, unknownDiff };
  }
  for (const location of finding.locations) {
    const added = addedLinesIn(file.hunks, location.line, location.endLine);
    if (added.length) {
      const hunk = hunkContaining(file.hunks, added[0]!)!;
      return {
        placement: { kind: "line", path: file.path, ...clipToHunk(location, hunk) },
        isNew: true,
        unknownDiff: false,
      };
    }
  }
  for (const location of finding.locations) {
    for (let line = location.line; line <= location.endLine; line++) {
      const hunk = hunkContaining(file.hunks, line);
      if (hunk) {
        return {
          placement: { kind: "line", path: file.path, ...clipToHunk({ ...location, line }, hunk) },
          isNew: false,
          unknownDiff: false,
        };
      }
    }
  }
  return { placement: whole, isNew: false, unknownDiff: false };
}

/**
 * @param baseFingerprints per changed file (by its head path), the fingerprints of the base
 *   commit's findings in it: an empty set for a file the pull request adds; absent for a file
 *   whose base version is unknown (then added lines decide).
 */
export function placeFindings(
  findings: readonly Finding[],
  changedFiles: ReadonlyMap<string, ChangedFile>,
  baseFingerprints: ReadonlyMap<string, ReadonlySet<string>> = new Map(),
): PlacedFinding[] {
  return findings.map((finding) => {
    const file = changedFiles.get(finding.path);
    let placed =
      file && file.status !== "removed"
        ? placeInFile(finding, file)
        : { placement: { kind: "summary" } as const, isNew: false, unknownDiff: false };
    const atBase = file && file.status !== "removed" ? baseFingerprints.get(finding.path) : undefined;
    if (atBase) placed = { ...placed, isNew: !atBase.has(finding.fingerprint), unknownDiff: false };
    return { finding, ...placed, blocking: placed.isNew && finding.severity === 2 };
  });
}

/**
 * Suppressions the pull request adds: a directive sits on the suppressed line or on the line
 * above it, so one whose line (or the line above) is added was written in this change.
 */
export function addedSuppressions<T extends { path: string; line: number }>(
  suppressions: readonly T[],
  changedFiles: ReadonlyMap<string, ChangedFile>,
): T[] {
  return suppressions.filter((s) => {
    const file = changedFiles.get(s.path);
    if (!file || file.status === "removed") return false;
    if (!file.hunks) return file.additions > 0;
    return addedLinesIn(file.hunks, s.line - 1, s.line).length > 0;
  });
}
