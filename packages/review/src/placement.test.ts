import { describe, expect, it } from "vitest";
import { parsePatch } from "./diff.js";
import type { Finding } from "./findings.js";
import { addedSuppressions, placeFindings, type ChangedFile } from "./placement.js";

function finding(path: string, ...ranges: [number, number][]): Finding {
  return {
    fingerprint: ranges
      .map((r) => r.join("-"))
      .join("_")
      .padEnd(16, "0"),
    path,
    ruleId: "dag-transport/no-bespoke-transport",
    title: "no-bespoke-transport",
    severity: 2,
    message: "m",
    locations: ranges.map(([line, endLine]) => ({ line, endLine, column: 1 })),
  };
}

// Right side: hunk 8-16 adds 11-13; hunk 42-44 adds nothing.
const hunks = parsePatch(
  [
    "@@ -8,6 +8,9 @@",
    ...[" a", " b", " c", "+d", "+e", "+f", " g", " h", " i"],
    "@@ -40,3 +43,3 @@",
    ...[" x", " y", " z"],
  ].join("\n"),
);
const files = new Map<string, ChangedFile>([
  ["dag.py", { path: "dag.py", status: "modified", hunks, additions: 3 }],
  ["huge.py", { path: "huge.py", status: "modified", additions: 5000 }],
  ["moved.py", { path: "moved.py", status: "renamed", previousPath: "old.py", additions: 0 }],
  ["gone.py", { path: "gone.py", status: "removed", hunks: [], additions: 0 }],
]);

describe("placeFindings", () => {
  it("puts a finding on the first location that touches an added line, even a related one", () => {
    const [placed] = placeFindings([finding("dag.py", [2, 2], [12, 14])], files);
    expect(placed).toMatchObject({
      placement: { kind: "line", path: "dag.py", startLine: 12, line: 14 },
      isNew: true,
      blocking: true,
    });
  });

  it("clips a location to the hunk that holds its added line", () => {
    const [placed] = placeFindings([finding("dag.py", [5, 12])], files);
    expect(placed!.placement).toEqual({ kind: "line", path: "dag.py", startLine: 8, line: 12 });
  });

  it("comments a pre-existing finding on a context line without blocking", () => {
    const [placed] = placeFindings([finding("dag.py", [44, 44])], files);
    expect(placed).toMatchObject({ placement: { kind: "line", line: 44 }, isNew: false, blocking: false });
  });

  it("falls back to the file when no location is in the diff", () => {
    const [placed] = placeFindings([finding("dag.py", [30, 31])], files);
    expect(placed).toMatchObject({
      placement: { kind: "file", path: "dag.py" },
      isNew: false,
      blocking: false,
    });
  });

  it("does not block on a warning, even on an added line", () => {
    const [placed] = placeFindings([{ ...finding("dag.py", [11, 11]), severity: 1 }], files);
    expect(placed).toMatchObject({ isNew: true, blocking: false });
  });

  it("fails closed on a file without a patch that adds lines, and not on a pure rename", () => {
    const [huge, moved] = placeFindings([finding("huge.py", [3, 3]), finding("moved.py", [3, 3])], files);
    expect(huge).toMatchObject({
      placement: { kind: "file" },
      isNew: true,
      unknownDiff: true,
      blocking: true,
    });
    expect(moved).toMatchObject({
      placement: { kind: "file" },
      isNew: false,
      unknownDiff: false,
      blocking: false,
    });
  });

  it("sends findings of files the pull request does not change (or deletes) to the summary", () => {
    const placed = placeFindings([finding("other.py", [1, 1]), finding("gone.py", [1, 1])], files);
    expect(placed.map((p) => [p.placement.kind, p.blocking])).toEqual([
      ["summary", false],
      ["summary", false],
    ]);
  });
});

describe("addedSuppressions", () => {
  it("keeps suppressions whose line, or the line above (a directive on its own line), is added", () => {
    const suppressions = [10, 11, 14, 20, 43].map((line) => ({ path: "dag.py", line }));
    expect(addedSuppressions(suppressions, files).map((s) => s.line)).toEqual([11, 14]);
  });
});
