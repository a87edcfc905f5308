import { makeResult, type LintMessage } from "@dag-transport/core";
import { describe, expect, it } from "vitest";
import { findingsOf, suppressionsOf } from "./findings.js";

const message = (line: number, extra: Partial<LintMessage> = {}): LintMessage => ({
  ruleId: "dag-transport/no-unserializable-xcom",
  severity: 2,
  message: "m",
  line,
  column: 5,
  endLine: line,
  endColumn: 20,
  ...extra,
});

describe("findingsOf", () => {
  // Findings span `return np.zeros(3)`: columns 5-23 before, 9-29 after re-indenting.
  const before = ["import numpy as np", "", "    return np.zeros(3)"].join("\n");
  const after = ["import numpy as np", "import os", "", "", "        return   np.zeros(3)"].join("\n");

  it("keeps a fingerprint when the code moves or is re-indented", () => {
    const [a] = findingsOf(makeResult("/w/dag.py", [message(3, { endColumn: 23 })]), "dags/dag.py", before);
    const [b] = findingsOf(
      makeResult("/w/dag.py", [message(5, { column: 9, endColumn: 29 })]),
      "dags/dag.py",
      after,
    );
    expect(a!.fingerprint).toMatch(/^[0-9a-f]{32}:\d+$/);
    expect(b!.fingerprint).toBe(a!.fingerprint);
  });

  it("changes the fingerprint with the rule, the path or the code", () => {
    const at = message(3, { endColumn: 23 });
    const base = findingsOf(makeResult("/w/dag.py", [at]), "dags/dag.py", before)[0]!.fingerprint;
    const otherRule = findingsOf(
      makeResult("/w/dag.py", [{ ...at, ruleId: "dag-transport/no-tmp-staging" }]),
      "dags/dag.py",
      before,
    )[0]!.fingerprint;
    const otherPath = findingsOf(makeResult("/w/x.py", [at]), "dags/x.py", before)[0]!.fingerprint;
    const otherCode = findingsOf(makeResult("/w/dag.py", [at]), "dags/dag.py", before.replace("3", "4"))[0]!
      .fingerprint;
    expect(new Set([base, otherRule, otherPath, otherCode]).size).toBe(4);
  });

  it("tells apart two findings of one rule on identical code by their order", () => {
    const text = ["return np.zeros(3)", "return np.zeros(3)"].join("\n");
    const found = findingsOf(makeResult("/w/dag.py", [message(1), message(2)]), "dag.py", text);
    expect(found[0]!.fingerprint).not.toBe(found[1]!.fingerprint);
  });

  it("lists the primary location first, then the related ones with their labels", () => {
    const [f] = findingsOf(
      makeResult("/w/dag.py", [
        message(3, {
          relatedLocations: [{ message: "read here", line: 9, column: 1, endLine: 10, endColumn: 4 }],
        }),
      ]),
      "dag.py",
      before,
    );
    expect(f!.locations.map((l) => [l.line, l.endLine, l.label])).toEqual([
      [3, 3, undefined],
      [9, 10, "read here"],
    ]);
  });

  it("names problems that have no rule", () => {
    const found = findingsOf(
      makeResult("/w/dag.py", [message(1, { ruleId: null, fatal: true }), message(2, { ruleId: null })]),
      "dag.py",
      before,
    );
    expect(found.map((f) => f.title)).toEqual(["file not analysed", "suppression directive"]);
  });
});

describe("suppressionsOf", () => {
  it("keeps each suppressed finding's rule, line and reason", () => {
    const result = makeResult(
      "/w/dag.py",
      [],
      [{ ...message(4), suppressions: [{ kind: "directive", justification: "same pod" }] }],
    );
    expect(suppressionsOf(result, "dag.py")).toEqual([
      {
        path: "dag.py",
        ruleId: "dag-transport/no-unserializable-xcom",
        line: 4,
        reason: "same pod",
        message: "m",
      },
    ]);
  });
});
