/**
 * One list of DAG file endings (core's `DAG_EXTENSIONS`): the CLI, the PR gate and the ESLint
 * plugin's recommended configuration take exactly the same source files, and exactly those.
 * (The pre-commit hook's pattern is held to the CLI by test/pre-commit-files.test.ts.)
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ESLint } from "eslint";
import { afterAll, describe, expect, it } from "vitest";
import { DAG_EXTENSIONS } from "../packages/core/src/index.js";
import { selectFiles, sourceExtensions } from "../packages/engine/src/index.js";
import dagTransport from "../packages/eslint-plugin/src/index.js";
import { gateLints } from "../packages/review/src/index.js";

/** Source-like names: the DAG endings, and the near misses decided against. */
const NAMES = [
  "dag.py",
  "dags/metrics.ts",
  "dags/a.mts",
  "dags/a.cts",
  "dags/a.js",
  "dags/a.mjs",
  "dags/a.d.ts",
  "dags/a.tsx",
  "dags/a.jsx",
  "dags/a.cjs",
  "dags/a.pyi",
  "dags/a.pyc",
  "dags/a.py.bak",
  "dags/a.ts.orig",
  "dags/README.md",
  "dags/data.json",
];
const DECIDED = [
  "dag.py",
  "dags/metrics.ts",
  "dags/a.mts",
  "dags/a.cts",
  "dags/a.js",
  "dags/a.mjs",
  "dags/a.d.ts",
];

const root = mkdtempSync(path.join(tmpdir(), "dag-endings-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("DAG file endings", () => {
  it("are .py and the TypeScript SDK's .ts, .mts, .cts, .js, .mjs", () => {
    expect([...DAG_EXTENSIONS]).toEqual([".py", ".ts", ".mts", ".cts", ".js", ".mjs"]);
    expect(sourceExtensions).toEqual([...DAG_EXTENSIONS]);
  });

  it("the CLI, the PR gate and ESLint's recommended configuration take the same files", async () => {
    for (const name of NAMES) {
      mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
      writeFileSync(path.join(root, name), "");
    }
    const cli = selectFiles(["."], root, sourceExtensions)
      .files.map((file) => path.relative(root, file).split(path.sep).join("/"))
      .sort();
    const gate = NAMES.filter((name) => gateLints(name)).sort();
    const eslint = new ESLint({
      cwd: root,
      overrideConfigFile: true,
      overrideConfig: dagTransport.configs.recommended,
    });
    const linted = [];
    for (const name of NAMES) {
      const config = (await eslint.calculateConfigForFile(path.join(root, name))) as
        { rules?: Record<string, unknown> } | undefined;
      if (config?.rules?.["dag-transport/no-unserializable-xcom"] !== undefined) linted.push(name);
    }
    expect(cli).toEqual([...DECIDED].sort());
    expect(gate).toEqual(cli);
    expect(linted.sort()).toEqual(cli);
  });
});
