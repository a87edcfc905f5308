import path from "node:path";
import { describe, expect, it } from "vitest";
import { makeResult, type LintMessage, type SuppressedLintMessage } from "../results.js";
import type { AnyRule } from "../rule.js";
import { flaggedText } from "../fingerprint.js";
import { buildSarifLog, FINGERPRINT_KEY } from "./sarif.js";

const cwd = path.resolve("/repo");
const file = path.join(cwd, "dags", "etl.py");

function rule(id: string, recommendedSeverity: "error" | "warn" = "error"): AnyRule {
  return {
    id,
    meta: { description: `${id} flags things.`, recommendedSeverity, messages: {}, optionsSchema: {} },
    defaultOptions: {},
    check: () => {},
  };
}

const rules = [rule("no-tmp-staging"), rule("no-unserializable-xcom", "warn")];

const SOURCE = [
  "@task",
  "def extract():",
  '    np.savez("/tmp/preds.npz", preds)',
  '    return "/tmp/preds.npz"',
  "",
  "@task",
  "def load(path):",
  "    return np.load(path)",
].join("\n");

function finding(overrides: Partial<LintMessage> = {}): LintMessage {
  return {
    ruleId: "dag-transport/no-tmp-staging",
    severity: 2,
    message: "`/tmp/preds.npz` is written by extract and read by load on another pod.",
    messageId: "handoff",
    line: 3,
    column: 5,
    endLine: 3,
    endColumn: 38,
    relatedLocations: [{ message: "read here by task load", line: 8, column: 12, endLine: 8, endColumn: 25 }],
    ...overrides,
  };
}

function log(messages: LintMessage[], suppressed: SuppressedLintMessage[] = [], source = SOURCE) {
  return buildSarifLog([makeResult(file, messages, suppressed)], {
    rules,
    cwd,
    toolVersion: "1.2.3",
    sourceOf: (p) => (p === file ? source : undefined),
  });
}

describe("SARIF formatter", () => {
  it("describes every rule with help and a docs URL, and points results at them by index", () => {
    const run = log([
      finding(),
      finding({ ruleId: "dag-transport/no-unserializable-xcom", severity: 1, line: 4 }),
    ]).runs[0]!;
    const driverRules = run.tool.driver.rules!;
    expect(driverRules.map((r) => r.id)).toEqual(["no-tmp-staging", "no-unserializable-xcom"]);
    expect(driverRules[0]!.helpUri).toMatch(/docs\/rules\/no-tmp-staging\.md$/);
    expect(driverRules[0]!.help!.text).toContain("no-tmp-staging flags things.");
    // The help points at the policy the rule enforces, not at a decision record users lack.
    expect(driverRules[0]!.help!.text).toContain(
      "https://github.com/dag-transport/dag-transport/blob/main/docs/policy.md",
    );
    expect(driverRules[0]!.help!.markdown).toContain(
      "(https://github.com/dag-transport/dag-transport/blob/main/docs/policy.md)",
    );
    expect(driverRules[1]!.defaultConfiguration!.level).toBe("warning");
    expect(run.results!.map((r) => [r.ruleId, r.ruleIndex, r.level])).toEqual([
      ["no-tmp-staging", 0, "error"],
      ["no-unserializable-xcom", 1, "warning"],
    ]);
  });

  it("gives locations relative to %SRCROOT% and keeps related locations", () => {
    const run = log([finding()]).runs[0]!;
    const result = run.results![0]!;
    expect(result.locations![0]!.physicalLocation).toEqual({
      artifactLocation: { uri: "dags/etl.py", uriBaseId: "%SRCROOT%" },
      region: { startLine: 3, startColumn: 5, endLine: 3, endColumn: 38 },
    });
    expect(run.originalUriBaseIds!["%SRCROOT%"]!.uri).toBe("file:///repo/");
    expect(result.relatedLocations).toEqual([
      {
        id: 1,
        message: { text: "read here by task load" },
        physicalLocation: {
          artifactLocation: { uri: "dags/etl.py", uriBaseId: "%SRCROOT%" },
          region: { startLine: 8, startColumn: 12, endLine: 8, endColumn: 25 },
        },
      },
    ]);
  });

  it("uses an absolute file URI for a file outside the root, percent-encoding what needs it", () => {
    const outside = buildSarifLog([makeResult("/elsewhere/my dag.py", [finding()])], {
      rules,
      cwd,
      toolVersion: "1",
    });
    expect(outside.runs[0]!.results![0]!.locations![0]!.physicalLocation!.artifactLocation).toEqual({
      uri: "file:///elsewhere/my%20dag.py",
    });
  });

  it("keeps suppressed findings, marked as suppressed in source with the justification", () => {
    const suppressed: SuppressedLintMessage = {
      ...finding(),
      suppressions: [{ kind: "directive", justification: "same pod: pod_override pins both tasks" }],
    };
    const result = log([], [suppressed]).runs[0]!.results![0]!;
    expect(result.suppressions).toEqual([
      { kind: "inSource", justification: "same pod: pod_override pins both tasks" },
    ]);
  });

  it("reports fatal diagnostics and invalid suppressions as tool notifications, not results", () => {
    const run = log([
      {
        ruleId: null,
        severity: 2,
        fatal: true,
        message: "Parsing error: invalid syntax.",
        line: 2,
        column: 1,
      },
      { ruleId: null, severity: 2, message: "Suppression without a reason.", line: 5, column: 1 },
    ]).runs[0]!;
    expect(run.results).toEqual([]);
    const notifications = run.invocations![0]!.toolExecutionNotifications!;
    expect(notifications.map((n) => [n.descriptor!.id, n.level, n.message.text])).toEqual([
      ["file-not-analysed", "error", "Parsing error: invalid syntax."],
      ["invalid-suppression", "error", "Suppression without a reason."],
    ]);
    const descriptors = run.tool.driver.notifications!;
    expect(notifications.map((n) => descriptors[n.descriptor!.index!]!.id)).toEqual([
      "file-not-analysed",
      "invalid-suppression",
    ]);
  });

  describe("partial fingerprints", () => {
    const fingerprint = (messages: LintMessage[], source: string) =>
      log(messages, [], source).runs[0]!.results!.map((r) => r.partialFingerprints![FINGERPRINT_KEY]);

    it("survive the code moving down (lines inserted above)", () => {
      const shifted = `"""Docstring."""\nimport numpy as np\n\n${SOURCE}`;
      expect(fingerprint([finding({ line: 6, endLine: 6 })], shifted)).toEqual(
        fingerprint([finding()], SOURCE),
      );
    });

    it("survive re-indentation of the flagged code", () => {
      const reindented = SOURCE.replace(
        '    np.savez("/tmp/preds.npz", preds)',
        '        np.savez("/tmp/preds.npz",  preds)',
      );
      const moved = finding({ column: 9, endColumn: 43 });
      expect(fingerprint([moved], reindented)).toEqual(fingerprint([finding()], SOURCE));
    });

    it("change when the flagged code changes, or the rule does", () => {
      const edited = SOURCE.replace("/tmp/preds.npz", "/tmp/other.npz");
      const base = fingerprint([finding()], SOURCE)[0];
      expect(fingerprint([finding()], edited)[0]).not.toBe(base);
      expect(fingerprint([finding({ ruleId: "dag-transport/no-unserializable-xcom" })], SOURCE)[0]).not.toBe(
        base,
      );
    });

    it("number identical findings in order, so two alerts stay two", () => {
      const twice = `${SOURCE}\n${SOURCE}`;
      const [first, second] = fingerprint([finding(), finding({ line: 11, endLine: 11 })], twice);
      expect(first).toMatch(/:1$/);
      expect(second).toMatch(/:2$/);
      expect(first!.split(":")[0]).toBe(second!.split(":")[0]);
    });
  });
});

describe("flaggedText", () => {
  it("takes the span's text across lines with whitespace collapsed", () => {
    expect(flaggedText("a = f(\n    1,\n    2)\n", { line: 1, column: 5, endLine: 3, endColumn: 7 })).toBe(
      "f( 1, 2)",
    );
  });

  it("falls back to the whole line for an empty span", () => {
    expect(flaggedText("  x = 1\n", { line: 1, column: 3, endLine: 1, endColumn: 3 })).toBe("x = 1");
  });
});
