import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { DEFAULT_STAGING_VARIABLE, type FrontendOptions } from "@dag-transport/core";
import { describe, expect, it } from "vitest";
import { PYTHON_OPERATORS, TASK_DECORATORS, TASKFLOW_MODULES } from "./catalogs/airflow.js";
import { STORAGE_OPERATORS } from "./catalogs/storage.js";
import { analyzePython, analyzePythonFully } from "./index.js";
import {
  CATALOG_TRIGGER_NAMES,
  mayConcernRules,
  TASKFLOW_DECORATOR_NAMES,
  TASKFLOW_MODULE_NAMES,
} from "./prefilter.js";

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

function split(qualified: string): { module: string; name: string } {
  const dot = qualified.lastIndexOf(".");
  return { module: qualified.slice(0, dot), name: qualified.slice(dot + 1) };
}

describe("the text prefilter", () => {
  it("knows every operator class a task or a storage operation starts from", () => {
    for (const qualified of [...PYTHON_OPERATORS.keys(), ...STORAGE_OPERATORS.keys()]) {
      const { module, name } = split(qualified);
      // A class by its own name; a package's function (`astro.sql.load_file`) with its package.
      if (/^[A-Z]/.test(name)) expect(CATALOG_TRIGGER_NAMES.has(name), qualified).toBe(true);
      else expect(mayConcernRules(`s3_hook.${name}("/tmp/x", key="k")\n`), qualified).toBe(false);
      // Spelled as an import alone, or through a module alias.
      expect(mayConcernRules(`from ${module} import ${name} as Op\n`), qualified).toBe(true);
      expect(mayConcernRules(`import ${module} as m\nm.${name}(task_id="t")\n`), qualified).toBe(true);
    }
  });

  it("knows every TaskFlow decorator, from every TaskFlow module", () => {
    for (const decorator of Object.keys(TASK_DECORATORS)) {
      const head = decorator.split(".")[0]!;
      expect(TASKFLOW_DECORATOR_NAMES.has(head), decorator).toBe(true);
      for (const module of TASKFLOW_MODULES) {
        expect(TASKFLOW_MODULE_NAMES.has(split(module).name), module).toBe(true);
        const text = `from ${module} import ${head}\n\n@${decorator}\ndef f():\n    return {1}\n`;
        expect(mayConcernRules(text), `${module} ${decorator}`).toBe(true);
        expect(analyzePython(text, "dag.py").handoffs.length, `${module} ${decorator}`).toBe(
          analyzePythonFully(text, "dag.py").handoffs.length,
        );
        expect(mayConcernRules(`import ${module} as m\n\n@m.${decorator}\ndef f():\n    pass\n`)).toBe(true);
      }
    }
  });

  it("reads a DAG file that calls a name it imports from a module that may be the repository's", () => {
    const thin =
      "from airflow.decorators import dag\nfrom steps.make import make\n@dag()\ndef d():\n    make()\n";
    expect(mayConcernRules(thin)).toBe(true);
    // A library's name, or a name imported and not called, or no DAG named: skipped.
    expect(mayConcernRules(thin.replace("steps.make", "pendulum"))).toBe(false);
    expect(mayConcernRules(thin.replace("    make()", "    pass"))).toBe(false);
    expect(mayConcernRules(thin.replace("dag", "schedule").replace("@dag()", ""))).toBe(false);
    // An operator factory's call in a `with DAG(…)` block (`repository-tasks.ts`).
    const factories =
      "from airflow import DAG\nfrom lido.tasks import make_laws\nwith DAG('d') as dag:\n    laws = make_laws(dag)\n";
    expect(mayConcernRules(factories)).toBe(true);
    expect(mayConcernRules(factories.replace("lido.tasks", "pendulum"))).toBe(false);
    expect(mayConcernRules(factories.replaceAll("DAG", "Flow").replaceAll("dag", "flow"))).toBe(false);
  });

  it("skips a file that names no task, even one with storage calls and a syntax error", () => {
    const text = [
      "from airflow import DAG",
      "from airflow.operators.empty import EmptyOperator",
      "import pandas as pd",
      "with DAG('d') as dag:",
      "    for task in ['a', 'b']:",
      "        EmptyOperator(task_id=task)",
      "pd.read_csv('/tmp/x.csv').to_csv('/tmp/y.csv')",
      "def broken(:",
      "",
    ].join("\n");
    expect(mayConcernRules(text)).toBe(false);
    // The documented trade-off: a skipped file's syntax errors are not reported.
    expect(analyzePython(text, "dag.py").diagnostics).toEqual([]);
    expect(analyzePythonFully(text, "dag.py").diagnostics.some((d) => d.fatal)).toBe(true);
    // `task` alone is not TaskFlow: it needs a TaskFlow module named.
    expect(mayConcernRules(`${text}\n@task\ndef f():\n    pass\n`)).toBe(false);
  });

  it("analyses a file with a suppression comment, whatever else it says", () => {
    const text = "x = open('/tmp/a')  # dag-transport: ignore[no-tmp-staging] -- scratch file\n";
    expect(mayConcernRules(text)).toBe(true);
    expect(analyzePython(text, "dag.py").suppressions).toHaveLength(1);
    expect(mayConcernRules("# dag-transport: ignore\n")).toBe(true);
  });

  it("analyses a file that names the staging variable, the default or a configured one", () => {
    expect(mayConcernRules(`import os\nSTAGING = os.environ["${DEFAULT_STAGING_VARIABLE}"]\n`)).toBe(true);
    const options: FrontendOptions = { "no-tmp-staging": { stagingVariable: "TEAM_STAGING" } };
    const text = `import os\nSTAGING = os.getenv("TEAM_STAGING")\n`;
    expect(mayConcernRules(text)).toBe(false);
    expect(mayConcernRules(text, options)).toBe(true);
    expect(analyzePython(text, "dag.py", options).envReads).toEqual(
      analyzePythonFully(text, "dag.py", options).envReads,
    );
  });

  it("analyses a file that names a team's storage API from configuration", () => {
    const options: FrontendOptions = {
      "no-bespoke-transport": { writeApis: [{ call: "corp.ops.LakeExport", path: "target" }] },
    };
    const text = "from corp.ops import LakeExport\nLakeExport(target='/tmp/a')\n";
    expect(mayConcernRules(text)).toBe(false);
    expect(mayConcernRules(text, options)).toBe(true);
    expect(
      mayConcernRules("from corp import io\nio.Sink().save_to('/tmp/a')\n", {
        "no-bespoke-transport": { writeApis: [{ call: ".save_to", path: 0 }] },
      }),
    ).toBe(true);
  });

  it("analyses a file that may instantiate an operator class of the repository", () => {
    // Imported from a module that may be the repository's: one line, or parentheses over several.
    expect(mayConcernRules("from http_fetch_operator import HttpFetchOperator\n")).toBe(true);
    expect(mayConcernRules("from .ops import (\n    Loader,\n    FetchSensor,\n)\n")).toBe(true);
    // Airflow's and installed packages' operators are the catalogs' business.
    expect(mayConcernRules("from airflow.operators.empty import EmptyOperator\n")).toBe(false);
    expect(mayConcernRules("from os import path\nclass X: pass  # SomeOperator\n")).toBe(false);
    // Defined here: only when it is also called here (a plugin module only defines it).
    const defined = "class CopyOperator(BaseOperator):\n    pass\n";
    expect(mayConcernRules(defined)).toBe(false);
    expect(mayConcernRules(`${defined}copy = CopyOperator(task_id="c")\n`)).toBe(true);
    expect(mayConcernRules(`${defined}class Sub(CopyOperator):\n    pass\n`)).toBe(false);
    // An operator whatever its name: its bases name one, or the repository's name is given a task id.
    const extract = "class ExtractOp(BaseOperator):\n    pass\n";
    expect(mayConcernRules(extract)).toBe(false);
    expect(mayConcernRules(`${extract}e = ExtractOp(task_id="e")\n`)).toBe(true);
    expect(mayConcernRules('from ops.extract import ExtractOp\ne = ExtractOp(\n    task_id="e",\n)\n')).toBe(
      true,
    );
    expect(
      mayConcernRules('from ops.extract import ExtractOp as Op\ne = Op(config=load(), task_id="e")\n'),
    ).toBe(true);
    // After other task ids: each call is found back from its own `task_id=`.
    expect(
      mayConcernRules(
        'from ops.extract import ExtractOp\nstart = Empty(task_id="s")\ne = ExtractOp(task_id="e")\n',
      ),
    ).toBe(true);
    // Not without a task id, nor a package's name, nor a task id given to something else.
    expect(mayConcernRules("from ops.extract import ExtractOp\ne = ExtractOp()\n")).toBe(false);
    expect(mayConcernRules('from requests import Session\ns = Session(task_id="e")\n')).toBe(false);
    expect(mayConcernRules('from ops.extract import ExtractOp\nlog(ExtractOp, task_id="e")\n')).toBe(false);
  });

  it("skips no fixture or example that has anything to report", () => {
    const files = ["fixtures", "examples"].flatMap((dir) =>
      readdirSync(path.join(REPO, dir), { recursive: true, encoding: "utf8" })
        .filter((entry) => entry.endsWith(".py"))
        .map((entry) => path.join(REPO, dir, entry)),
    );
    expect(files.length).toBeGreaterThan(50);
    let skipped = 0;
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      if (mayConcernRules(text)) continue;
      skipped++;
      const full = analyzePythonFully(text, file);
      expect(full.handoffs, file).toEqual([]);
      expect(full.storage, file).toEqual([]);
      expect(full.suppressions, file).toEqual([]);
      expect(full.envReads?.filter((read) => read.variable === DEFAULT_STAGING_VARIABLE) ?? [], file).toEqual(
        [],
      );
      // The one documented difference: a skipped file's syntax error is not reported.
      expect(
        full.diagnostics.filter((diagnostic) => !diagnostic.fatal),
        file,
      ).toEqual([]);
    }
    expect(skipped).toBeGreaterThan(0);
  });
});
