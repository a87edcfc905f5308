/**
 * Property tests of the diff parser and of placement (issue 10): for any patch — as GitHub
 * writes it, or malformed — parsing never throws, hunks and added lines are coherent, and no
 * review comment is placed outside a hunk (GitHub would reject the whole review) or dropped.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addedLinesIn, hunkContaining, isCommentableRange, parsePatch, type Hunk } from "./diff.js";
import type { Finding } from "./findings.js";
import { placeFindings, type ChangedFile } from "./placement.js";

/** Fixed seed: a failure reproduces; fast-check prints the counterexample and its path. */
const RUNS = { seed: 20240610, numRuns: 1000 } as const;

/** Text of a line of the file: anything but a line break, sometimes looking like diff syntax. */
const lineText = fc.oneof(
  fc.string({ maxLength: 12 }).map((s) => s.replace(/\n/g, "")),
  fc.constantFrom(
    "@@ -1,2 +3,4 @@",
    "+++ b/x.py",
    "--- a/x.py",
    "\\ No newline at end of file",
    "",
    " ",
    "\r",
  ),
);

type Op =
  | { kind: "context"; text: string; lostSpace: boolean }
  | { kind: "add"; text: string }
  | { kind: "remove"; text: string };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant("context" as const), text: lineText, lostSpace: fc.boolean() }),
  fc.record({ kind: fc.constant("add" as const), text: lineText }),
  fc.record({ kind: fc.constant("remove" as const), text: lineText }),
);

interface GeneratedPatch {
  patch: string;
  /** New-file line numbers of the `+` lines. */
  added: number[];
}

/**
 * A well-formed patch, as `git diff` and GitHub write it: hunks in order with unchanged lines
 * between them, headers whose starts and counts match the lines, `\ No newline at end of file`
 * after the last line, a file with CRLF line endings now and then, and now and then the whole
 * patch with CRLF line breaks (as a Windows checkout or a proxy may hand it on).
 */
const consistentPatch: fc.Arbitrary<GeneratedPatch> = fc
  .record({
    hunks: fc.array(
      fc.record({
        gap: fc.integer({ min: 1, max: 30 }),
        ops: fc.array(op, { minLength: 1, maxLength: 15 }),
        heading: fc.constantFrom("", " def extract():", " class A:"),
      }),
      { minLength: 1, maxLength: 6 },
    ),
    crlfFile: fc.boolean(),
    crlfPatch: fc.boolean(),
    noNewlineAtEnd: fc.boolean(),
    finalNewline: fc.boolean(),
  })
  .map(({ hunks, crlfFile, crlfPatch, noNewlineAtEnd, finalNewline }) => {
    const lines: string[] = [];
    const added: number[] = [];
    let oldNext = 1;
    let newNext = 1;
    for (const [index, hunk] of hunks.entries()) {
      const gap = index === 0 ? hunk.gap - 1 : hunk.gap;
      oldNext += gap;
      newNext += gap;
      const oldCount = hunk.ops.filter((o) => o.kind !== "add").length;
      const newCount = hunk.ops.filter((o) => o.kind !== "remove").length;
      // git names the line before an empty side: `-0,0` for an added file, `+4,0` after line 4.
      const oldStart = oldCount ? oldNext : oldNext - 1;
      const newStart = newCount ? newNext : newNext - 1;
      lines.push(`@@ -${oldStart},${oldCount} +${newStart},${newCount} @@${hunk.heading}`);
      for (const o of hunk.ops) {
        const text = crlfFile ? `${o.text}\r` : o.text;
        if (o.kind === "add") {
          added.push(newNext);
          lines.push(`+${text}`);
          newNext += 1;
        } else if (o.kind === "remove") {
          lines.push(`-${text}`);
          oldNext += 1;
        } else {
          // An empty context line may lose its leading space in transit.
          lines.push(o.lostSpace && text === "" ? "" : ` ${text}`);
          oldNext += 1;
          newNext += 1;
        }
      }
    }
    if (noNewlineAtEnd) lines.push("\\ No newline at end of file");
    const eol = crlfPatch ? "\r\n" : "\n";
    return { patch: lines.join(eol) + (finalNewline ? eol : ""), added };
  });

/** A hunk start: small, or past what a double counts exactly, or past what it holds at all. */
const startNumber = fc.oneof(
  fc.nat({ max: 200 }).map(String),
  fc.constantFrom(String(2 ** 53), "99999999999999999999", `1${"0".repeat(400)}`),
);

/** Anything at all: headers with any numbers (or none), diff lines, junk, CRLF, in any order. */
const malformedPatch: fc.Arbitrary<string> = fc
  .record({
    lines: fc.array(
      fc.oneof(
        fc
          .tuple(startNumber, fc.option(fc.nat({ max: 50 })), startNumber, fc.option(fc.nat({ max: 50 })))
          .map(([a, b, c, d]) => `@@ -${a}${b === null ? "" : `,${b}`} +${c}${d === null ? "" : `,${d}`} @@`),
        lineText.map((t) => ` ${t}`),
        lineText.map((t) => `+${t}`),
        lineText.map((t) => `-${t}`),
        fc.constant("\\ No newline at end of file"),
        fc.constantFrom(
          "diff --git a/x b/x",
          "index 83db48f..bf269f4 100644",
          "@@ broken @@",
          "@@@ -1 +1 @@@",
        ),
        fc.string({ maxLength: 20 }),
      ),
      { maxLength: 40 },
    ),
    eol: fc.constantFrom("\n", "\r\n", "\r"),
    finalNewline: fc.boolean(),
  })
  .map(({ lines, eol, finalNewline }) => lines.join(eol) + (finalNewline ? eol : ""));

/** Well-formed hunks under lying headers: new-file starts that overlap, repeat or go backwards. */
const lyingPatch: fc.Arbitrary<string> = fc
  .tuple(consistentPatch, fc.array(fc.nat({ max: 40 }), { minLength: 6, maxLength: 6 }))
  .map(([{ patch }, starts]) => {
    let hunk = 0;
    return patch.replace(/^@@ -(\S+) \+\d+/gm, (_, old: string) => `@@ -${old} +${starts[hunk++]}`);
  });

const anyPatch = fc.oneof(
  consistentPatch.map((p) => p.patch),
  lyingPatch,
  malformedPatch,
);

function expectCoherent(hunks: readonly Hunk[]): void {
  for (const hunk of hunks) {
    // A hunk that shows no line of the new file (it only deletes) has end = start - 1.
    expect(hunk.end).toBeGreaterThanOrEqual(hunk.start - 1);
    for (const line of hunk.added) {
      expect(line).toBeGreaterThanOrEqual(hunk.start);
      expect(line).toBeLessThanOrEqual(hunk.end);
      expect(hunkContaining(hunks, line)).toBeDefined();
    }
  }
}

describe("parsePatch, on any patch", () => {
  it("never throws, and every added line lies inside its hunk", () => {
    fc.assert(
      fc.property(anyPatch, (patch) => {
        expectCoherent(parsePatch(patch));
      }),
      RUNS,
    );
  });

  it("reports exactly the `+` lines of a well-formed patch, at their new-file line numbers", () => {
    fc.assert(
      fc.property(consistentPatch, ({ patch, added }) => {
        const hunks = parsePatch(patch);
        expect(hunks.flatMap((h) => [...h.added])).toEqual(added);
        expect(addedLinesIn(hunks, 1, Number.MAX_SAFE_INTEGER)).toEqual(added);
      }),
      RUNS,
    );
  });
});

const PATH = "dags/etl.py";

const finding: fc.Arbitrary<Finding> = fc.record({
  fingerprint: fc.string({ minLength: 16, maxLength: 16 }),
  path: fc.constantFrom(PATH, PATH, PATH, "dags/other.py"),
  ruleId: fc.constantFrom("dag-transport/no-tmp-staging", null),
  title: fc.constant("no-tmp-staging"),
  severity: fc.constantFrom(1 as const, 2 as const),
  message: fc.string({ maxLength: 10 }),
  locations: fc.array(
    fc
      .record({
        line: fc.integer({ min: 1, max: 400 }),
        span: fc.nat({ max: 40 }),
        column: fc.nat({ max: 80 }),
      })
      .map(({ line, span, column }) => ({ line, endLine: line + span, column: column + 1 })),
    { minLength: 1, maxLength: 3 },
  ),
});

const changedFile: fc.Arbitrary<ChangedFile> = fc.record({
  path: fc.constant(PATH),
  status: fc.constantFrom("added", "modified", "modified", "renamed", "removed", "changed"),
  hunks: fc.option(anyPatch.map(parsePatch), { nil: undefined, freq: 5 }),
  additions: fc.nat({ max: 50 }),
});

describe("placeFindings, on any findings and any patch", () => {
  it("never throws, drops nothing, and comments only inside one hunk, on the finding's own lines", () => {
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 8 }), changedFile, (findings, file) => {
        const placed = placeFindings(findings, new Map([[PATH, file]]));
        expect(placed).toHaveLength(findings.length);
        placed.forEach((p, i) => {
          expect(p.finding).toBe(findings[i]);
          expect(p.blocking).toBe(p.isNew && p.finding.severity === 2);
          const inPullRequest = p.finding.path === PATH && file.status !== "removed";
          expect(p.placement.kind === "summary").toBe(!inPullRequest);
          if (p.placement.kind !== "line") return;
          const { startLine, line } = p.placement;
          const hunks = file.hunks!;
          expect(p.placement.path).toBe(PATH);
          expect(startLine).toBeLessThanOrEqual(line);
          expect(isCommentableRange(hunks, startLine, line)).toBe(true);
          expect(p.finding.locations.some((l) => l.line <= startLine && line <= l.endLine)).toBe(true);
          // A new finding's comment shows the added line that makes it new.
          if (p.isNew) expect(addedLinesIn(hunks, startLine, line).length).toBeGreaterThan(0);
        });
      }),
      RUNS,
    );
  });

  it("calls a finding new exactly when one of its locations touches an added line", () => {
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 8 }), consistentPatch, (findings, { patch }) => {
        const hunks = parsePatch(patch);
        const file: ChangedFile = { path: PATH, status: "modified", hunks, additions: 1 };
        for (const p of placeFindings(findings, new Map([[PATH, file]]))) {
          const touches = p.finding.locations.some((l) => addedLinesIn(hunks, l.line, l.endLine).length > 0);
          expect(p.isNew).toBe(p.finding.path === PATH && touches);
        }
      }),
      RUNS,
    );
  });
});
