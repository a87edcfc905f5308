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

const { analyzePython, IncrementalParse } = await import("@dag-transport/python");
const { analyzeTypeScriptAst } = await import("@dag-transport/typescript");
const { default: plugin, projectConfig } = await import("./index.js");
const { fileFrontendOptions, forgetRecentModels, modelFor, optionsKey } = await import("./models.js");
const { PythonSourceCode } = await import("./python/source-code.js");

const pythonAnalyses = vi.mocked(analyzePython);
const typescriptAnalyses = vi.mocked(analyzeTypeScriptAst);

afterEach(() => {
  forgetRecentModels();
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

function lint(
  code: string,
  filename: string,
  rules: Rules = {},
  settings: Record<string, unknown> = {},
  cwd?: string,
) {
  const linter = new Linter({ configType: "flat", ...(cwd ? { cwd } : {}) });
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
    forgetRecentModels();
    const rules: Rules = { "dag-transport/no-tmp-staging": ["error", { tempPrefixes: ["/scratch"] }] };
    const withOptions = lint(TYPESCRIPT_DAG, "dag.ts", rules);
    expect(typescriptAnalyses).toHaveBeenCalledTimes(2);
    expect(new Set(analysedOptions(typescriptAnalyses)).size).toBe(2);
    // `/scratch` is temp for no-tmp-staging only; the other rules' findings are unchanged.
    expect(withOptions.filter(([id]) => id !== "dag-transport/no-tmp-staging")).toEqual(defaults);
    expect(withOptions.map(([id]) => id)).toContain("dag-transport/no-tmp-staging");
  });

  it("a file linted again with the same text, name and options reuses its model; any change analyses anew", () => {
    const first = lint(PYTHON_DAG, "dags/cohort.py");
    expect(lint(PYTHON_DAG, "dags/cohort.py")).toEqual(first);
    expect(pythonAnalyses).toHaveBeenCalledTimes(1);
    // Another text (a keystroke), another file name, other options: analysed.
    const edited = PYTHON_DAG.replace("/tmp/preds.npz", "/tmp/preds2.npz");
    lint(edited, "dags/cohort.py");
    lint(PYTHON_DAG, "dags/other.py");
    lint(PYTHON_DAG, "dags/other.py", {
      "dag-transport/no-tmp-staging": ["error", { tempPrefixes: ["/x"] }],
    });
    expect(pythonAnalyses).toHaveBeenCalledTimes(4);
    // One text per file is kept: back to the first text, analysed again.
    expect(lint(PYTHON_DAG, "dags/cohort.py")).toEqual(first);
    expect(pythonAnalyses).toHaveBeenCalledTimes(5);
  });

  it("a Python file's next text is parsed from its last tree, with the messages of a fresh lint", () => {
    const versions = [
      PYTHON_DAG,
      // A keystroke: a path renamed (the findings move with it).
      PYTHON_DAG.replaceAll("/tmp/preds.npz", "/tmp/preds2.npz"),
      // A line inserted above the tasks: every message moves down a line.
      PYTHON_DAG.replace("@dag(schedule=None)\n", "# a comment\n@dag(schedule=None)\n"),
      // Into a syntax error, and out of it again.
      PYTHON_DAG.replace("    @task\n    def frame():", "    @task\n    def frame(:"),
      PYTHON_DAG.replace("scores=np.zeros(3)", "scores=np.zeros(3), extra=np.ones(2)"),
      `# \u{1F600} astral characters before the code\n${PYTHON_DAG}`,
    ];
    for (const [index, version] of versions.entries()) {
      // After the previous version's lint: its tree is kept, and this text is parsed from it.
      const incremental = lint(version, "dags/cohort.py");
      forgetRecentModels(); // a fresh lint: no kept model, no kept tree
      expect(incremental, `version ${index}`).toEqual(lint(version, "dags/cohort.py"));
    }
    expect(
      lint(versions[3]!, "dags/cohort.py").some(([, , , message]) => /syntax/i.test(String(message))),
    ).toBe(true);
    // Each analysis of one file is given that file's one incremental parse.
    pythonAnalyses.mockClear();
    lint(versions[0]!, "dags/cohort.py");
    lint(versions[1]!, "dags/cohort.py");
    const [first, second] = pythonAnalyses.mock.calls.map((call) => call[4]);
    expect(first).toBeInstanceOf(IncrementalParse);
    expect(second).toBe(first);
    expect(first!.counts.fromPrevious).toBeGreaterThan(0);
  });

  it("keeps the incremental parses of the last few Python files, freeing the others'", () => {
    const parseOf = (filename: string) => {
      pythonAnalyses.mockClear();
      lint(`${PYTHON_DAG}# ${pythonAnalyses.mock.calls.length} ${Math.random()}\n`, filename);
      return pythonAnalyses.mock.calls[0]![4]!;
    };
    const kept = parseOf("dags/a.py");
    for (const name of ["b", "c", "d"]) parseOf(`dags/${name}.py`);
    expect(parseOf("dags/a.py")).toBe(kept); // four files: still kept (and now the most recent)
    const dispose = vi.spyOn(kept, "dispose");
    for (const name of ["e", "f", "g"]) parseOf(`dags/${name}.py`);
    expect(dispose).not.toHaveBeenCalled();
    parseOf("dags/h.py"); // the fifth file since: a.py's tree is freed
    expect(dispose).toHaveBeenCalledTimes(1);
    expect(parseOf("dags/a.py")).not.toBe(kept);
  });

  it("a TypeScript file linted again with the same text reuses its model, unless its source type differs", () => {
    const first = lint(TYPESCRIPT_DAG, "dag.ts");
    expect(lint(TYPESCRIPT_DAG, "dag.ts")).toEqual(first);
    expect(typescriptAnalyses).toHaveBeenCalledTimes(1);
    const linter = new Linter({ configType: "flat" });
    const config: Linter.Config[] = [
      ...(plugin.configs.recommended as Linter.Config[]),
      { files: ["**/*.ts"], languageOptions: { parser: tsParser, sourceType: "script" } },
    ];
    linter.verify(TYPESCRIPT_DAG, config, "dag.ts");
    expect(typescriptAnalyses).toHaveBeenCalledTimes(2);
  });

  it("a kept Python model is not reused once a repository module it read changes, appears or goes", () => {
    const root = mkdtempSync(path.join(tmpdir(), "dag-transport-models-"));
    try {
      mkdirSync(path.join(root, ".git"));
      mkdirSync(path.join(root, "dags"));
      mkdirSync(path.join(root, "include"));
      const dag = [
        "import pandas as pd",
        "from airflow.decorators import dag, task",
        "from include.io import save",
        "@dag(schedule=None)",
        "def d():",
        "    @task",
        "    def write():",
        '        save(pd.DataFrame(), "/tmp/x.parquet")',
        "    @task",
        "    def read():",
        '        return len(pd.read_parquet("/tmp/x.parquet"))',
        "    write() >> read()",
        "d()",
        "",
      ].join("\n");
      const file = path.join(root, "dags/dag.py");
      writeFileSync(file, dag);
      const ids = () => lint(dag, file, {}, {}, root).map(([ruleId, line]) => `${ruleId}:${line}`);
      // No helper module yet: the write is not seen.
      expect(ids()).toEqual([]);
      expect(ids()).toEqual([]);
      expect(pythonAnalyses).toHaveBeenCalledTimes(1);
      // The module appears: analysed anew, the helper's write is reported at the call.
      writeFileSync(path.join(root, "include/io.py"), "def save(frame, path):\n    frame.to_parquet(path)\n");
      expect(ids()).toEqual(["dag-transport/no-tmp-staging:8"]);
      expect(ids()).toEqual(["dag-transport/no-tmp-staging:8"]);
      expect(pythonAnalyses).toHaveBeenCalledTimes(2);
      // It changes: the helper no longer writes.
      writeFileSync(path.join(root, "include/io.py"), "def save(frame, path):\n    return None\n");
      expect(ids()).toEqual([]);
      expect(pythonAnalyses).toHaveBeenCalledTimes(3);
      // It goes.
      rmSync(path.join(root, "include/io.py"));
      expect(ids()).toEqual([]);
      expect(pythonAnalyses).toHaveBeenCalledTimes(4);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("a kept model gets the file's context afresh: the Airflow version the repository pins", () => {
    const root = mkdtempSync(path.join(tmpdir(), "dag-transport-models-"));
    try {
      mkdirSync(path.join(root, ".git"));
      mkdirSync(path.join(root, "dags"));
      const file = path.join(root, "dags/cohort.py");
      writeFileSync(file, PYTHON_DAG);
      const sourceCode = () =>
        new PythonSourceCode({
          text: PYTHON_DAG,
          ast: {
            type: "Module",
            range: [0, PYTHON_DAG.length],
            loc: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
          },
          model: () => {
            throw new Error("not asked");
          },
          knownRuleIds: [],
        });
      const before = modelFor(sourceCode(), file, fileFrontendOptions());
      writeFileSync(path.join(root, "requirements.txt"), "apache-airflow==1.10.15\n");
      const after = modelFor(sourceCode(), file, fileFrontendOptions());
      expect(pythonAnalyses).toHaveBeenCalledTimes(1);
      expect(before.airflowVersion).toBeUndefined();
      expect(after.airflowVersion).toMatchObject({ version: "1.10.15", from: "repository" });
      expect(after.suppressions).toBe(before.suppressions);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
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
