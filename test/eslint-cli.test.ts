/**
 * End to end through the real `eslint` binary: a DAG repository whose `eslint.config.js`
 * spreads `dagTransport.configs.recommended`, with Python and TypeScript DAGs side by side.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { LintResult } from "@dag-transport/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "./support/cli.js";
import { actualFindings } from "./support/expectations.js";

const ESLINT_BIN = path.join(REPO_ROOT, "node_modules/eslint/bin/eslint.js");
const PLUGIN = pathToFileURL(path.join(REPO_ROOT, "packages/eslint-plugin/dist/index.js")).href;

const FILES: Record<string, string> = {
  // The plugin is imported by URL: this folder is a stand-in for a user's repository.
  "eslint.config.js": `import dagTransport from ${JSON.stringify(PLUGIN)};\n\nexport default [...dagTransport.configs.recommended];\n`,
  "package.json": `{ "type": "module" }\n`,
  "dags/index_dag.ts": [
    `import { Dag } from "apache-airflow-ts-sdk";`,
    `const dag = new Dag("index");`,
    `dag.task("build", async () => new Map([["a", 1]]));`,
    `dag.task("ok", async () => ({ rows: 1 }));`,
    ``,
  ].join("\n"),
  "dags/helpers.mjs": `export const cache = new Map();\n`,
  "dags/etl.py": [
    `from airflow.decorators import dag, task`,
    ``,
    `@dag(schedule=None)`,
    `def etl():`,
    `    @task`,
    `    def extract():`,
    `        return {"rows": 1}  # dag-transport: ignore[no-unserializable-xcom]`,
    `    extract()`,
    ``,
    `etl()`,
    ``,
  ].join("\n"),
  "dags/train.py": [
    `import numpy as np`,
    `from airflow.decorators import dag, task`,
    ``,
    `@dag(schedule=None)`,
    `def train():`,
    `    @task`,
    `    def features():`,
    `        return np.zeros((10, 3))`,
    `    features()`,
    ``,
    `train()`,
    ``,
  ].join("\n"),
  // Names a PythonOperator: a file naming nothing a rule reacts to is not parsed (the prefilter).
  "dags/broken.py": `def broken(:  # a PythonOperator's callable\n    pass\n`,
};

let root: string;

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), "dag-transport-eslint-"));
  for (const [name, text] of Object.entries(FILES)) {
    const file = path.join(root, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

function eslint(args: string[]) {
  return spawnSync(process.execPath, [ESLINT_BIN, ...args], { cwd: root, encoding: "utf8" });
}

describe("the eslint binary with configs.recommended", () => {
  it("lints Python and TypeScript DAGs with the same rule ids, and nothing else", () => {
    const run = eslint(["--format", "json", "."]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1);
    const results = JSON.parse(run.stdout) as LintResult[];
    const byFile = Object.fromEntries(
      results.map((r) => [
        path.relative(root, r.filePath),
        { findings: actualFindings(r), messages: r.messages },
      ]),
    );
    expect(Object.keys(byFile).sort()).toEqual([
      "dags/broken.py",
      "dags/etl.py",
      "dags/helpers.mjs",
      "dags/index_dag.ts",
      "dags/train.py",
      "eslint.config.js",
    ]);
    expect(byFile["dags/index_dag.ts"]!.findings).toEqual(["3:no-unserializable-xcom"]);
    expect(byFile["dags/index_dag.ts"]!.messages[0]!.message).toMatch(
      /^`new Map\(\[\["a", 1\]\]\)` is a Map/,
    );
    // The same rule, the same id, in both languages.
    expect(byFile["dags/train.py"]!.findings).toEqual(["8:no-unserializable-xcom"]);
    expect(byFile["dags/train.py"]!.messages[0]!.message).toMatch(
      /^`np.zeros\(\(10, 3\)\)` is a numpy ndarray/,
    );
    expect(byFile["dags/etl.py"]!.findings).toEqual(["7:suppression"]);
    expect(byFile["dags/broken.py"]!.findings).toEqual(["1:fatal"]);
    expect(byFile["dags/helpers.mjs"]!.findings).toEqual([]);
    expect(byFile["eslint.config.js"]!.findings).toEqual([]);
  });

  it("prints stylish output with the rule ids and exits 0 when only warnings remain", () => {
    const failing = eslint(["dags/index_dag.ts"]);
    expect(failing.status).toBe(1);
    expect(failing.stdout).toContain("dag-transport/no-unserializable-xcom");
    const downgraded = eslint([
      "--rule",
      '{"dag-transport/no-unserializable-xcom": "warn"}',
      "dags/index_dag.ts",
    ]);
    expect(downgraded.status).toBe(0);
    expect(downgraded.stdout).toMatch(/3:\d+\s+warning/);
  });
});
