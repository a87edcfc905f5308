/**
 * Our SARIF passes real validators: Microsoft's SARIF Multitool (`validate`, with its SARIF
 * and GitHub-ingestion rule sets) and the SARIF 2.1.0 JSON schema that package ships, checked
 * with ajv. Both the CLI's output over the bundled examples and fixtures, and a log that uses
 * every feature (related locations, suppressions, notifications, warnings) are validated.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { buildSarifLog, makeResult, type AnyRule } from "@dag-transport/core";
import { REPO_ROOT, runCli } from "./support/cli.js";
import { FIXTURES_DIR } from "./support/expectations.js";

const require = createRequire(import.meta.url);
/** The wrapper package exports the path of the platform's Multitool executable. */
const MULTITOOL = require("@microsoft/sarif-multitool") as string;
const SCHEMA = JSON.parse(readFileSync(path.join(path.dirname(MULTITOOL), "sarif-2.1.0.json"), "utf8"));

const work = mkdtempSync(path.join(tmpdir(), "dag-transport-sarif-"));

function schemaErrors(log: unknown): string[] {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  const validate = ajv.compile(SCHEMA);
  return validate(log) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

/** Problems the Multitool finds (errors and warnings), as "RULE: message" lines. */
function multitoolProblems(log: unknown, name: string): string[] {
  const input = path.join(work, `${name}.sarif`);
  const output = path.join(work, `${name}.validation.sarif`);
  writeFileSync(input, JSON.stringify(log, null, 2));
  const run = spawnSync(
    MULTITOOL,
    ["validate", input, "--output", output, "--rule-kind", "Sarif;Gh", "--log", "ForceOverwrite"],
    // The self-contained .NET executable needs ICU unless told to run without it.
    { encoding: "utf8", env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: "1" } },
  );
  expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
  const report = JSON.parse(readFileSync(output, "utf8")) as {
    runs: {
      results?: { ruleId: string; level?: string; message: { id?: string; arguments?: string[] } }[];
    }[];
  };
  return (report.runs[0]!.results ?? [])
    .filter((r) => r.level !== "note" && r.level !== "none")
    .map((r) => `${r.ruleId}: ${r.message.id} ${JSON.stringify(r.message.arguments ?? [])}`);
}

function cliSarif(paths: string[]): unknown {
  const run = runCli(["--format", "sarif", ...paths]);
  expect([0, 1]).toContain(run.status);
  return JSON.parse(run.stdout);
}

const rule = (id: string, recommendedSeverity: "error" | "warn"): AnyRule => ({
  id,
  meta: { description: `Flags ${id}.`, recommendedSeverity, messages: {}, optionsSchema: {} },
  defaultOptions: {},
  check: () => {},
});

/** A log that uses every feature of the formatter, over a real fixture file. */
function featureLog(): unknown {
  const file = path.join(FIXTURES_DIR, "python/robustness/syntax_error_keeps_sound_tasks.py");
  const result = makeResult(
    file,
    [
      {
        ruleId: "dag-transport/no-tmp-staging",
        severity: 2,
        message: "`/tmp/preds.npz` is written here and read by task `load` on another pod.",
        messageId: "handoff",
        line: 14,
        column: 16,
        endLine: 14,
        endColumn: 27,
        relatedLocations: [{ message: "read by task load", line: 16, column: 5, endLine: 16, endColumn: 11 }],
      },
      {
        ruleId: "dag-transport/no-unserializable-xcom",
        severity: 1,
        message: "Not JSON.",
        line: 14,
        column: 9,
      },
      {
        ruleId: null,
        severity: 2,
        fatal: true,
        message: "Parsing error.",
        line: 9,
        column: 9,
        endLine: 9,
        endColumn: 20,
      },
      { ruleId: null, severity: 2, message: "Suppression without a reason.", line: 3, column: 1 },
    ],
    [
      {
        ruleId: "dag-transport/no-tmp-staging",
        severity: 2,
        message: "Suppressed handoff.",
        line: 16,
        column: 5,
        suppressions: [{ kind: "directive", justification: "same pod: pod_override pins both tasks" }],
      },
    ],
  );
  return buildSarifLog([result], {
    rules: [rule("no-tmp-staging", "error"), rule("no-unserializable-xcom", "warn")],
    cwd: REPO_ROOT,
    toolVersion: "0.1.0",
    informationUri: "https://github.com/dag-transport/dag-transport",
    sourceOf: (p) => readFileSync(p, "utf8"),
  });
}

describe("SARIF output passes the SARIF Multitool and the SARIF 2.1.0 schema", () => {
  const cases: [string, () => unknown][] = [
    ["examples and fixtures, through the CLI", () => cliSarif(["examples", "fixtures"])],
    ["a log using every feature", featureLog],
  ];

  it.each(cases)("%s", (name, make) => {
    const log = make();
    expect(schemaErrors(log)).toEqual([]);
    expect(multitoolProblems(log, name.replace(/\W+/g, "-"))).toEqual([]);
  });

  it("the validators catch broken logs (so a pass means something)", () => {
    type Editable = { runs: { results: { level?: string; ruleIndex?: number }[] }[] };
    const badLevel = featureLog() as Editable;
    badLevel.runs[0]!.results[0]!.level = "fatal";
    expect(schemaErrors(badLevel)).toEqual([expect.stringContaining("/runs/0/results/0/level")]);
    const badIndex = featureLog() as Editable;
    badIndex.runs[0]!.results[1]!.ruleIndex = 7;
    expect(multitoolProblems(badIndex, "bad-index")).toEqual([expect.stringMatching(/^SARIF1009: /)]);
  });
});
