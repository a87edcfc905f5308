import { describe, expect, it } from "vitest";
import {
  applyBulkSuppressions,
  parseBulkSuppressions,
  pruneBulkSuppressions,
  recordBulkSuppressions,
  serializeBulkSuppressions,
  SuppressionsFileError,
  type BulkSuppressions,
} from "./bulk-suppressions.js";
import { makeResult, type LintMessage } from "./results.js";

const A = "dag-transport/no-tmp-staging";
const B = "dag-transport/no-unserializable-xcom";
const scope = { root: "/repo", ran: () => true };

function finding(ruleId: string, line: number, severity: 1 | 2 = 2): LintMessage {
  return { ruleId, severity, message: "m", line, column: 1 };
}
function counts(entries: Record<string, Record<string, number>>): BulkSuppressions {
  return new Map(Object.entries(entries).map(([f, r]) => [f, new Map(Object.entries(r))]));
}
function plain(s: BulkSuppressions) {
  return JSON.parse(serializeBulkSuppressions(s)) as unknown;
}

describe("bulk suppressions", () => {
  it("record errors per rule, not warnings, nor files outside the root", () => {
    const results = [
      makeResult("/repo/dags/a.py", [finding(A, 1), finding(A, 5), finding(B, 7, 1)]),
      makeResult("/elsewhere/b.py", [finding(A, 1)]),
    ];
    expect(plain(recordBulkSuppressions(new Map(), results, scope))).toEqual({
      "dags/a.py": { [A]: { count: 2 } },
    });
    expect(
      plain(recordBulkSuppressions(counts({ "x.py": { [B]: 3 } }), results, scope, new Set([B]))),
    ).toEqual({
      "x.py": { [B]: { count: 3 } },
    });
  });

  it("suppress all of a rule's errors up to the count, none beyond it, and say what went unused", () => {
    const file = "/repo/a.py";
    const recorded = counts({ "a.py": { [A]: 2, [B]: 1 } });
    const within = applyBulkSuppressions(
      [makeResult(file, [finding(A, 1), finding(B, 2), finding(B, 3)])],
      recorded,
      scope,
    );
    expect(within.results[0]!.messages.map((m) => m.ruleId)).toEqual([B, B]);
    expect(within.results[0]!.suppressedMessages.map((m) => [m.ruleId, m.suppressions[0]!.kind])).toEqual([
      [A, "file"],
    ]);
    expect(within.results[0]!.errorCount).toBe(2);
    expect(plain(within.unused)).toEqual({ "a.py": { [A]: { count: 1 } } });
    expect(plain(pruneBulkSuppressions(recorded, within.unused, () => true, "/repo"))).toEqual({
      "a.py": { [A]: { count: 1 }, [B]: { count: 1 } },
    });
    expect(plain(pruneBulkSuppressions(recorded, within.unused, () => false, "/repo"))).toEqual({});
  });

  it("never call a count unused for a rule that did not run or a file not analysed", () => {
    const recorded = counts({ "a.py": { [A]: 1 } });
    expect(
      applyBulkSuppressions([makeResult("/repo/a.py", [])], recorded, { ...scope, ran: () => false }).unused
        .size,
    ).toBe(0);
    const fatal = makeResult("/repo/a.py", [
      { ruleId: null, severity: 2, fatal: true, message: "x", line: 1, column: 1 },
    ]);
    expect(applyBulkSuppressions([fatal], recorded, scope).unused.size).toBe(0);
    expect(applyBulkSuppressions([makeResult("/repo/other.py", [])], recorded, scope).unused.size).toBe(0);
  });

  it("parse ESLint's shape and refuse anything else with a position", () => {
    expect(plain(parseBulkSuppressions(`{"a.py": {"${A}": {"count": 2}}}`, "s.json"))).toEqual({
      "a.py": { [A]: { count: 2 } },
    });
    const refused = (text: string) => {
      try {
        parseBulkSuppressions(text, "s.json");
      } catch (error) {
        expect(error).toBeInstanceOf(SuppressionsFileError);
        return (error as Error).message;
      }
      throw new Error("accepted");
    };
    expect(refused(`{"a.py": {"${A}": {"count": 1, "extra": 1}}}`)).toMatch(
      /expected \{ "count".* at line 1, column 43$/,
    );
    expect(refused(`{"a.py": {"${A}": {"count": 1.5}}}`)).toMatch(/at line 1, column 43$/);
    expect(refused(`{"/etc/passwd": {}}`)).toMatch(
      /a file key is not a relative '\/'-separated path at line 1, column 2$/,
    );
    expect(refused(`{"a\\\\b.py": {}}`)).toMatch(/not a relative/);
    expect(refused(`{"a.py": []}`)).toMatch(/expected an object of rules for a file at line 1, column 10$/);
    expect(refused("[".repeat(300))).toMatch(/nested more than/);
  });
});
