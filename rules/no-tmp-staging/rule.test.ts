import { validateConfig } from "@dag-transport/core";
import { describe, expect, it } from "vitest";
import { allRules } from "../index.js";
import { noBespokeTransport } from "../no-bespoke-transport/rule.js";
import {
  consumption,
  handoff,
  judge,
  location,
  model,
  op,
  span,
  tmp,
} from "../test-support/storage-model.js";
import { noTmpStaging } from "./rule.js";

const stagingFallback = (variable: string, required = `os.environ["${variable}"]`) =>
  tmp(`\${${variable}}/report_input.csv`, {
    temp: { reason: `\`${variable}\` falls back to \`/tmp\` (the pod's own disk) when unset` },
    stagingFallback: { variable, fallback: "/tmp", required, span: span(4, 20) },
  });

describe("no-tmp-staging", () => {
  it("flags the incident: np.savez to /tmp, np.load in the next task", () => {
    const { findings, messages } = judge(
      noTmpStaging,
      model({
        tasks: { predict: "d", select_cohort: "d" },
        storage: [
          op("write", "predict", tmp("/tmp/preds.npz"), 15, "np.savez"),
          op("read", "select_cohort", tmp("/tmp/preds.npz"), 19, "np.load"),
        ],
      }),
    );
    expect(findings).toEqual(["15:tmp"]);
    expect(messages[0]!.message).toContain(
      "`np.savez` writes `/tmp/preds.npz`, read by task `select_cohort` at line 19",
    );
    expect(messages[0]!.message).toContain("on the pod's own disk");
  });

  it("reports a temp handoff once, as this rule and not as no-bespoke-transport", () => {
    const built = model({
      tasks: { a: "d", b: "d" },
      storage: [op("write", "a", tmp("/tmp/x.npy"), 5), op("read", "b", tmp("/tmp/x.npy"), 9)],
    });
    const findings = [noTmpStaging, noBespokeTransport].flatMap((rule) => judge(rule, built).findings);
    expect(findings).toEqual(["5:tmp"]);
  });

  it("flags a staging variable that silently falls back to /tmp, pointing at the fallback", () => {
    const { findings, messages } = judge(
      noTmpStaging,
      model({
        tasks: { generate: "d", report: "d" },
        storage: [
          op("write", "generate", stagingFallback("LEOFLOW_STAGING_DIR"), 21, "open"),
          op("read", "report", stagingFallback("LEOFLOW_STAGING_DIR"), 35, "open"),
        ],
      }),
    );
    expect(findings).toEqual(["21:stagingFallback"]);
    expect(messages[0]!.message).toContain('`os.environ["LEOFLOW_STAGING_DIR"]`');
    expect(messages[0]!.message).toContain("`staging.enabled: true` in leoflow.yaml");
    expect(messages[0]!.relatedLocations!.map((r) => r.line)).toEqual([35, 4]);
  });

  it("advises the required read as the frontend spells it (process.env for TypeScript DAGs)", () => {
    const required = "process.env.LEOFLOW_STAGING_DIR";
    const { messages } = judge(
      noTmpStaging,
      model({
        language: "typescript",
        tasks: { a: "d", b: "d" },
        storage: [
          op("write", "a", stagingFallback("LEOFLOW_STAGING_DIR", required), 5),
          op("read", "b", stagingFallback("LEOFLOW_STAGING_DIR", required), 9),
        ],
      }),
    );
    expect(messages[0]!.message).toContain("`process.env.LEOFLOW_STAGING_DIR`");
  });

  it("uses the generic fallback message for other variables, and the configured staging variable", () => {
    const built = model({
      tasks: { a: "d", b: "d" },
      storage: [
        op("write", "a", stagingFallback("DATA_DIR"), 5),
        op("read", "b", stagingFallback("DATA_DIR"), 9),
      ],
    });
    expect(judge(noTmpStaging, built).findings).toEqual(["5:envFallback"]);
    const settings = {
      "no-tmp-staging": { severity: "error" as const, options: { stagingVariable: "DATA_DIR" } },
    };
    expect(judge(noTmpStaging, built, settings).findings).toEqual(["5:stagingFallback"]);
  });

  it("flags a temp path handed on by XCom to a Bash task", () => {
    const { findings, messages } = judge(
      noTmpStaging,
      model({
        tasks: { make_report: "d", count_lines: "d" },
        storage: [op("write", "make_report", tmp("/tmp/report.csv"), 11, "open")],
        handoffs: [handoff("make_report", [tmp("/tmp/report.csv")], 13)],
        consumptions: [consumption("make_report", "count_lines", 17, { via: "template" })],
      }),
    );
    expect(findings).toEqual(["11:tmp"]);
    expect(messages[0]!.message).toContain("handed by XCom to task `count_lines` at line 17");
  });

  it("does not flag scratch inside one task, nor a temp write nobody reads", () => {
    const { findings } = judge(
      noTmpStaging,
      model({
        tasks: { a: "d", b: "d" },
        storage: [
          op("write", "a", tmp("/tmp/scratch.npy"), 5),
          op("read", "a", tmp("/tmp/scratch.npy"), 6),
          op("write", "b", tmp("/tmp/debug.json"), 9),
        ],
      }),
    );
    expect(findings).toEqual([]);
  });

  it("flags a temp path the writer returns, though no task of the file takes it in", () => {
    const { findings, messages } = judge(
      noTmpStaging,
      model({
        tasks: { download: "d" },
        storage: [op("write", "download", tmp("/tmp/landing/{*}/export.zip"), 24, "sftp.get")],
        handoffs: [handoff("download", [tmp("/tmp/landing/{*}/export.zip")], 25)],
      }),
    );
    expect(findings).toEqual(["24:tmp"]);
    expect(messages[0]!.message).toContain(
      "`sftp.get` writes `/tmp/landing/{*}/export.zip`, its path returned by task `download` at line 25, so whatever takes its return value (a task, another DAG, an Asset) gets a path to this storage",
    );
    expect(messages[0]!.relatedLocations?.map((r) => r.line)).toEqual([25]);
  });

  it("reports a same-file helper's write once, at its line, naming each calling task", () => {
    const helperWrite = (taskId: string, line: number) => ({
      ...op("write", taskId, tmp("/tmp/rows.json"), 7, "save() → np.save"),
      calledAt: span(line),
    });
    const { findings, messages } = judge(
      noTmpStaging,
      model({
        tasks: { a: "d", b: "d", c: "d" },
        storage: [helperWrite("a", 13), helperWrite("b", 17), op("read", "c", tmp("/tmp/rows.json"), 20)],
      }),
    );
    expect(findings).toEqual(["7:tmp"]);
    expect(messages[0]!.relatedLocations?.map((r) => `${r.line}:${r.message}`)).toEqual([
      "20:read by task `c` at line 20",
      "13:written when task `a` calls the helper at line 13",
      "17:written when task `b` calls the helper at line 17",
    ]);
  });

  it("does not flag each task's own fresh temp directory", () => {
    const { findings } = judge(
      noTmpStaging,
      model({
        tasks: { a: "d", b: "d" },
        storage: [
          op("write", "a", tmp("/tmp/{fresh:5:15}/model.pkl"), 6),
          op("read", "b", tmp("/tmp/{fresh:12:15}/model.pkl"), 13),
        ],
      }),
    );
    expect(findings).toEqual([]);
  });

  it("leaves object storage to no-bespoke-transport", () => {
    const { findings } = judge(
      noTmpStaging,
      model({
        tasks: { a: "d", b: "d" },
        storage: [op("write", "a", location("s3://b/k"), 5), op("read", "b", location("s3://b/k"), 9)],
      }),
    );
    expect(findings).toEqual([]);
  });

  describe("options", () => {
    it("accepts temp prefixes and the staging variable", () => {
      const config = validateConfig(
        {
          rules: { "no-tmp-staging": ["warn", { tempPrefixes: ["/scratch"], stagingVariable: "STAGE_DIR" }] },
        },
        allRules,
      );
      expect(config.rules["no-tmp-staging"]).toEqual({
        severity: "warn",
        options: { tempPrefixes: ["/scratch"], stagingVariable: "STAGE_DIR" },
      });
    });

    it("names the key of a malformed option", () => {
      expect(() =>
        validateConfig({ rules: { "no-tmp-staging": ["error", { tempPrefixes: ["scratch"] }] } }, allRules),
      ).toThrow(/rules\.no-tmp-staging\.1\.tempPrefixes\.0/);
      expect(() =>
        validateConfig({ rules: { "no-tmp-staging": ["error", { stagingVariable: 3 }] } }, allRules),
      ).toThrow(/rules\.no-tmp-staging\.1\.stagingVariable/);
    });
  });
});
