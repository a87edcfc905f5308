/**
 * Flow through the ways tasks are made besides a plain `@task` or `PythonOperator(fn)`: the call
 * form `task(fn)`, `functools.partial` callables, tasks made in loops, and `templates_dict` read
 * through the task's `**context`.
 */
import { describe, expect, it } from "vitest";
import { analyzePython } from "./index.js";

const HEADER = [
  "import functools",
  "import numpy as np",
  "import pandas as pd",
  "from airflow import DAG",
  "from airflow.decorators import dag, task",
  "from airflow.operators.python import PythonOperator",
].join("\n");

function model(source: string) {
  const result = analyzePython(`${HEADER}\n${source}`, "dag.py");
  expect(result.diagnostics).toEqual([]);
  return result;
}

/** "task access pattern" for each storage op. */
function ops(source: string): string[] {
  return model(source).storage.map((op) => `${op.taskId} ${op.access} ${op.location.pattern}`);
}

describe("tasks made in other ways", () => {
  it("binds a partial's positional and keyword arguments, then op_args after them", () => {
    const source = [
      "def write(name, part):",
      '    np.save(f"/data/{name}/{part}.npy", np.ones(2))',
      "def read(name):",
      '    return np.load(f"/data/{name}/p1.npy").sum()',
      'with DAG("d", schedule=None):',
      '    PythonOperator(task_id="w", python_callable=functools.partial(write, "sales"), op_args=["p1"])',
      '    PythonOperator(task_id="r", python_callable=functools.partial(read, name="sales"))',
      "",
    ].join("\n");
    expect(ops(source)).toEqual(["w write /data/sales/p1.npy", "r read /data/sales/p1.npy"]);
  });

  it("takes the output of a call-form task as the consumer's input", () => {
    const source = [
      "def build():",
      "    return np.arange(3)",
      "@task",
      "def echo(values):",
      "    return values",
      'with DAG("d", schedule=None):',
      "    echo(task(build)())",
      "",
    ].join("\n");
    const found = model(source);
    expect(found.consumptions.map((c) => `${c.fromTaskId} -> ${c.taskId}`)).toEqual(["build -> echo"]);
    expect(found.handoffs.flatMap((h) => h.values.map((v) => `${h.taskId}: ${v.kind}`))).toEqual([
      "echo: ndarray",
      "build: ndarray",
    ]);
  });

  it("keeps the tasks a loop makes apart, each with its f-string task id, their code read per literal element", () => {
    const source = [
      "def write(table):",
      '    pd.DataFrame().to_csv(f"/data/{table}.csv")',
      "def read(table):",
      '    return len(pd.read_csv(f"/data/{table}.csv"))',
      'with DAG("d", schedule=None):',
      '    for name in ["a", "b"]:',
      '        PythonOperator(task_id=f"write_{name}", python_callable=write, op_kwargs={"table": name})',
      '        PythonOperator(task_id=f"read_{name}", python_callable=read, op_kwargs={"table": name})',
      "",
    ].join("\n");
    expect(ops(source)).toEqual([
      "write_{name} write /data/a.csv",
      "write_{name} write /data/b.csv",
      "read_{name} read /data/a.csv",
      "read_{name} read /data/b.csv",
    ]);
    // A list that is no literal: one frame, the element a hole.
    expect(ops(source.replace('["a", "b"]', "names()"))).toEqual([
      "write_{name} write /data/{*}.csv",
      "read_{name} read /data/{*}.csv",
    ]);
  });

  it("reads templates_dict through the task's **context, not through another dict", () => {
    const source = [
      "def stats(**context):",
      '    return len(pd.read_json(context["templates_dict"]["input_path"]))',
      "def other(**kwargs):",
      '    config = {"templates_dict": {"input_path": "/elsewhere.json"}}',
      '    return len(pd.read_json(kwargs["params"]["input_path"]))',
      'with DAG("d", schedule=None):',
      '    PythonOperator(task_id="s", python_callable=stats, templates_dict={"input_path": "/data/{{ ds }}.json"})',
      '    PythonOperator(task_id="o", python_callable=other, templates_dict={"input_path": "/data/x.json"})',
      "",
    ].join("\n");
    expect(ops(source)).toEqual(["s read /data/{*}.json"]);
  });
});
