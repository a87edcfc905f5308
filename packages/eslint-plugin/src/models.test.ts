/**
 * The plugin's one model cache (`models.ts`): a file is analysed once per options, whoever asks
 * for its model — every rule, and the python language's source code (suppressions, fatal
 * diagnostics). The frontends are wrapped in spies, so the test counts real analyses and the
 * findings are the real ones.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type * as PythonFrontend from "@dag-transport/python";
import type * as TypeScriptFrontend from "@dag-transport/typescript";
import { ESLint, Linter } from "eslint";
import tsParser from "@typescript-eslint/parser";
import { afterEach, describe, expect, it, vi } from "vitest";

vi.mock("@dag-transport/python", async (importOriginal) => {
  const original = await importOriginal<typeof PythonFrontend>();
  return { ...original, analyzePython: vi.fn(original.analyzePython) };
});
vi.mock("@dag-transport/typescript", async (importOriginal) => {
  const original = await importOriginal<typeof TypeScriptFrontend>();
  return { ...original, analyzeTypeScriptAst: vi.fn(original.analyzeTypeScriptAst) };
});

const { analyzePython } = await import("@dag-transport/python");
const { analyzeTypeScriptAst } = await import("@dag-transport/typescript");
const { default: plugin, projectConfig } = await import("./index.js");
const { optionsKey } = await import("./models.js");

const pythonAnalyses = vi.mocked(analyzePython);
const typescriptAnalyses = vi.mocked(analyzeTypeScriptAst);

afterEach(() => {
  pythonAnalyses.mockClear();
  typescriptAnalyses.mockClear();
});

const PYTHON_DAG = `import numpy as np
import pandas as pd
from airflow.decorators import dag, task

@dag(schedule=None)
def cohort():
    @task
    def predict():
        np.savez("/tmp/preds.npz", scores=np.zeros(3))

    @task
    def select_cohort():
        return np.load("/tmp/preds.npz")["scores"].tolist()

    @task
    def frame():
        return pd.DataFrame({"a": [1]})

    x = 1  # dag-transport: ignore[no-bespoke-transport] -- a suppression the source code reads

    predict() >> select_cohort()
    frame()

cohort()
`;

const TYPESCRIPT_DAG = `import { Dag } from "apache-airflow-ts-sdk";
import { readFileSync, writeFileSync } from "node:fs";
const dag = new Dag("d");
dag.task("a", async () => { writeFileSync("/scratch/x", "1"); });
dag.task("b", async () => readFileSync("/scratch/x", "utf8"));
dag.task("c", async () => new Map([["a", 1]]));
`;

type Rules = Linter.Config["rules"];

function lint(code: string, filename: string, rules: Rules = {}, settings: Record<string, unknown> = {}) {
  const linter = new Linter({ configType: "flat" });
  const config: Linter.Config[] = [
    ...(plugin.configs.recommended as Linter.Config[]),
    { files: ["**/*.ts"], languageOptions: { parser: tsParser } },
    { rules, settings },
  ];
  return linter.verify(code, config, filename).map((m) => [m.ruleId, m.line, m.column, m.message]);
}

/** The options of each analysis, compared by value. */
function analysedOptions(spy: typeof pythonAnalyses | typeof typescriptAnalyses): string[] {
  return spy.mock.calls.map((call) =>
    optionsKey(spy === pythonAnalyses ? call[2] : (call[0] as { options: unknown }).options),
  );
}

describe("one model cache: a file is analysed once per options", () => {
  it("a Python file with every rule at its defaults is analysed once, for rules and directives alike", () => {
    const messages = lint(PYTHON_DAG, "dags/cohort.py");
    expect(pythonAnalyses).toHaveBeenCalledTimes(1);
    // Findings of two rules and the unused suppression (read by the source code), from the one model.
    expect(new Set(messages.map(([ruleId]) => ruleId))).toEqual(
      new Set(["dag-transport/no-tmp-staging", "dag-transport/no-unserializable-xcom", null]),
    );
  });

  it("a rule with options of its own adds one analysis, for its options only", () => {
    const rules: Rules = { "dag-transport/no-tmp-staging": ["error", { tempPrefixes: ["/scratch"] }] };
    const withOptions = lint(PYTHON_DAG, "dags/cohort.py", rules);
    const options = analysedOptions(pythonAnalyses);
    expect(options).toHaveLength(2);
    expect(new Set(options).size).toBe(2);
    // `/tmp` is no longer a temp prefix for that rule; the other rule's findings are unchanged.
    const defaults = lint(PYTHON_DAG, "dags/cohort.py");
    expect(withOptions.filter(([id]) => id !== "dag-transport/no-tmp-staging")).toEqual(
      defaults.filter(([id]) => id !== "dag-transport/no-tmp-staging"),
    );
  });

  it("under the team's configuration (projectConfig) rules and language share one analysis", async () => {
    const root = mkdtempSync(path.join(tmpdir(), "dag-transport-models-"));
    try {
      writeFileSync(
        path.join(root, "pyproject.toml"),
        `[tool.dag-transport.rules]\nno-tmp-staging = ["warn", { tempPrefixes = ["/tmp", "/scratch"] }]\n`,
      );
      mkdirSync(path.join(root, "dags"));
      writeFileSync(path.join(root, "dags/cohort.py"), PYTHON_DAG);
      const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: projectConfig(root) });
      const [result] = await eslint.lintFiles(["dags/cohort.py"]);
      expect(result!.messages.map((m) => m.ruleId)).toContain("dag-transport/no-tmp-staging");
      // The language (the file's suppressions and fatal diagnostics) and every rule ask for the
      // team's options: one model, and the suppression read from it is reported unused.
      expect(pythonAnalyses).toHaveBeenCalledTimes(1);
      expect(result!.messages.filter((m) => m.ruleId === null).map((m) => m.line)).toEqual([19]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("a TypeScript file is analysed once per options too", () => {
    const defaults = lint(TYPESCRIPT_DAG, "dag.ts");
    expect(typescriptAnalyses).toHaveBeenCalledTimes(1);
    expect(defaults.map(([id]) => id)).not.toContain("dag-transport/no-tmp-staging");
    typescriptAnalyses.mockClear();
    const rules: Rules = { "dag-transport/no-tmp-staging": ["error", { tempPrefixes: ["/scratch"] }] };
    const withOptions = lint(TYPESCRIPT_DAG, "dag.ts", rules);
    expect(typescriptAnalyses).toHaveBeenCalledTimes(2);
    expect(new Set(analysedOptions(typescriptAnalyses)).size).toBe(2);
    // `/scratch` is temp for no-tmp-staging only; the other rules' findings are unchanged.
    expect(withOptions.filter(([id]) => id !== "dag-transport/no-tmp-staging")).toEqual(defaults);
    expect(withOptions.map(([id]) => id)).toContain("dag-transport/no-tmp-staging");
  });

  it("a file each lint analyses anew: the cache is per source, not per file name", () => {
    lint(PYTHON_DAG, "dags/cohort.py");
    lint(PYTHON_DAG, "dags/cohort.py");
    expect(pythonAnalyses).toHaveBeenCalledTimes(2);
  });

  it("a Python file ESLint cannot read as Python reads it is analysed for no options", () => {
    const latin1 = `# -*- coding: latin-1 -*-\n${PYTHON_DAG.replace("cohort()\n", "cohort()  # caf\u00e9\n")}`;
    const rules: Rules = { "dag-transport/no-tmp-staging": ["error", { tempPrefixes: ["/scratch"] }] };
    const messages = lint(latin1, "dags/cohort.py", rules);
    expect(pythonAnalyses).not.toHaveBeenCalled();
    expect(messages).toEqual([
      [null, 1, 1, expect.stringMatching(/^File declares encoding 'latin-1' \(PEP 263\)/)],
    ]);
  });
});

describe("optionsKey", () => {
  it("compares options by value, whatever the order of their keys", () => {
    expect(optionsKey({ a: { x: 1, y: [2, { q: 1, p: 2 }] }, b: 2 })).toBe(
      optionsKey({ b: 2, a: { y: [2, { p: 2, q: 1 }], x: 1 } }),
    );
    expect(optionsKey({ a: [1, 2] })).not.toBe(optionsKey({ a: [2, 1] }));
  });
});
