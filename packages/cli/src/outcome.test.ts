import { makeResult, type LintMessage } from "@dag-transport/core";
import { describe, expect, it } from "vitest";
import { outcome } from "./outcome.js";

const warning: LintMessage = { ruleId: "dag-transport/r", severity: 1, message: "w", line: 1, column: 1 };
const error: LintMessage = { ruleId: "dag-transport/r", severity: 2, message: "e", line: 2, column: 1 };

describe("outcome: exit code, --quiet, --max-warnings", () => {
  it("exits 0 for warnings alone and 1 for any error", () => {
    expect(outcome([makeResult("/a.py", [warning, warning])], { quiet: false }).exitCode).toBe(0);
    expect(
      outcome([makeResult("/a.py", [warning]), makeResult("/b.py", [error])], { quiet: false }).exitCode,
    ).toBe(1);
  });

  it("exits 1 when warnings exceed --max-warnings, not when they reach it", () => {
    const results = [makeResult("/a.py", [warning]), makeResult("/b.py", [warning])];
    expect(outcome(results, { quiet: false, maxWarnings: 2 })).toMatchObject({
      exitCode: 0,
      tooManyWarnings: false,
    });
    expect(outcome(results, { quiet: false, maxWarnings: 1 })).toMatchObject({
      exitCode: 1,
      tooManyWarnings: true,
    });
    expect(outcome(results, { quiet: false, maxWarnings: 0 }).exitCode).toBe(1);
  });

  it("--quiet hides warnings (suppressed ones too) but still counts them for --max-warnings", () => {
    const suppressedWarning = {
      ...warning,
      suppressions: [{ kind: "directive" as const, justification: "ok" }],
    };
    const results = [makeResult("/a.py", [warning, error], [suppressedWarning])];
    const quiet = outcome(results, { quiet: true, maxWarnings: 0 });
    expect(quiet.shown[0]!.messages).toEqual([error]);
    expect(quiet.shown[0]!.suppressedMessages).toEqual([]);
    expect(quiet.shown[0]).toMatchObject({ errorCount: 1, warningCount: 0 });
    expect(quiet).toMatchObject({ warnings: 1, tooManyWarnings: true, exitCode: 1 });
  });
});
