/**
 * Flow across task edges and DAG code: an upstream task's output reaches the parameter it
 * binds (values.ts), DAG code's arguments bind parameters (consumptions.ts: `arguments`), a
 * task's `-> T` is its kind when the body says nothing, and the location resolver reads a
 * parameter's argument (locations.ts).
 */
import { describe, expect, it } from "vitest";
import { analyzePython } from "./index.js";

const HEADER = [
  "import numpy as np",
  "import pandas as pd",
  "from airflow import DAG",
  "from airflow.decorators import dag, task",
  "from airflow.models.xcom_arg import XComArg",
  "from airflow.operators.python import PythonOperator",
].join("\n");

/** "task: kind[path]" for each non-JSON value a task hands off. */
function handedOff(source: string): string[] {
  const model = analyzePython(`${HEADER}\n${source}`, "dag.py");
  expect(model.diagnostics).toEqual([]);
  return model.handoffs.flatMap((h) => h.values.map((v) => `${h.taskId}: ${v.kind}${v.path ?? ""}`));
}

/** "task access pattern" for each storage op. */
function ops(source: string): string[] {
  const model = analyzePython(`${HEADER}\n${source}`, "dag.py");
  expect(model.diagnostics).toEqual([]);
  return model.storage.map((op) => `${op.taskId} ${op.access} ${op.location.pattern}`);
}

/** A TaskFlow DAG: the task definitions, then the DAG body's lines. */
function taskflow(tasks: string[], body: string[]): string {
  const indent = (lines: string[]) => lines.map((line) => `    ${line}`).join("\n");
  return ["@dag(schedule=None)", "def d():", indent(tasks), indent(body), "d()", ""].join("\n");
}

const EXTRACT = ["@task", "def extract():", '    return pd.read_csv("x.csv")'];
const ECHO = ["@task", "def echo(frame):", "    return frame"];

describe("kinds flow along task edges", () => {
  it.each([
    ["a call's result as the argument", ["echo(extract())"]],
    ["a variable holding the call", ["raw = extract()", "echo(raw)"]],
    ["a keyword argument", ["echo(frame=extract())"]],
  ])("%s", (_, body) => {
    expect(handedOff(taskflow([...EXTRACT, ...ECHO], body))).toEqual([
      "extract: dataframe",
      "echo: dataframe",
    ]);
  });

  it("keeps a conversion downstream JSON", () => {
    const tasks = [...EXTRACT, "@task", "def rows(frame):", '    return frame.to_dict("records")'];
    expect(handedOff(taskflow(tasks, ["rows(extract())"]))).toEqual(["extract: dataframe"]);
  });

  it("follows multiple_outputs keys: each key its own kind", () => {
    const tasks = [
      "@task(multiple_outputs=True)",
      "def split():",
      '    return {"X": np.zeros(3), "n": 3}',
      ...ECHO,
    ];
    expect(handedOff(taskflow(tasks, ["parts = split()", 'echo(parts["X"])']))).toEqual([
      "split: ndarray",
      "echo: ndarray",
    ]);
    expect(handedOff(taskflow(tasks, ['echo(split()["n"])']))).toEqual(["split: ndarray"]);
  });

  it("follows an operator's .output and XComArg(op) into op_args and op_kwargs", () => {
    const source = [
      "def sample():",
      "    return np.zeros(3)",
      "def keep(values):",
      "    return values",
      'with DAG("d", schedule=None):',
      '    s = PythonOperator(task_id="sample", python_callable=sample)',
      '    PythonOperator(task_id="a", python_callable=keep, op_args=[s.output])',
      "",
    ].join("\n");
    expect(handedOff(source)).toEqual(["sample: ndarray", "a: ndarray"]);
    const byXComArg = source.replace("op_args=[s.output]", 'op_kwargs={"values": XComArg(s)}');
    expect(handedOff(byXComArg)).toEqual(["sample: ndarray", "a: ndarray"]);
  });

  it("gives an expanded parameter one element of the upstream list", () => {
    const tasks = ["@task", "def frames():", "    return [np.zeros(2), np.ones(2)]", ...ECHO];
    expect(handedOff(taskflow(tasks, ["echo.expand(frame=frames())"]))).toEqual([
      "frames: ndarray[0]",
      "frames: ndarray[1]",
      // One per array that may reach it.
      "echo: ndarray",
      "echo: ndarray",
    ]);
  });

  it("gives a mapped producer's consumer the list of its instances' outputs", () => {
    const tasks = [
      "@task",
      "def load(name):",
      "    return pd.read_csv(name)",
      "@task",
      "def first(frames):",
      "    return frames[0]",
      "@task",
      "def count(frames):",
      "    return len(frames)",
    ];
    const body = ['frames = load.expand(name=["a.csv", "b.csv"])', "first(frames)", "count(frames)"];
    expect(handedOff(taskflow(tasks, body))).toEqual(["load: dataframe", "first: dataframe"]);
  });

  it("stays unknown for a callable run by two operators, and for a Jinja string", () => {
    const source = [
      "def sample():",
      "    return np.zeros(3)",
      "def keep(values):",
      "    return values",
      'with DAG("d", schedule=None):',
      '    s = PythonOperator(task_id="sample", python_callable=sample)',
      '    PythonOperator(task_id="a", python_callable=keep, op_args=[s.output])',
      '    PythonOperator(task_id="b", python_callable=keep, op_args=[1])',
      '    PythonOperator(task_id="c", python_callable=sample, op_kwargs={"v": "{{ ti.xcom_pull(\'sample\') }}"})',
      "",
    ].join("\n");
    expect(handedOff(source)).toEqual(["sample: ndarray", "c: ndarray"]);
  });

  it("does not take a TaskFlow function's call in DAG code for its body's value", () => {
    const source = [
      "@task",
      "def extract():",
      '    return pd.read_csv("x.csv")',
      "@task",
      "def echo(box):",
      "    return box",
      "@dag(schedule=None)",
      "def d():",
      '    echo({"frame": extract()})',
      "d()",
      "",
    ].join("\n");
    expect(handedOff(source)).toEqual(["extract: dataframe"]);
  });
});

describe("DAG code's arguments bind parameters", () => {
  it("reads literal arguments, partial(...) and the elements of expand(...)", () => {
    const tasks = ["@task", "def pick(frame, scale):", "    return frame if scale else scale"];
    expect(handedOff(taskflow(tasks, ["pick.partial(scale=1).expand(frame=[np.zeros(2)])"]))).toEqual([
      "pick: ndarray",
    ]);
    expect(handedOff(taskflow(tasks, ["pick.expand_kwargs([{'frame': np.zeros(2), 'scale': 1}])"]))).toEqual([
      "pick: ndarray",
    ]);
    expect(handedOff(taskflow(tasks, ["pick.expand(frame=[1, 2], scale=[3])"]))).toEqual([]);
  });

  it("locates a module constant passed to the writer and the reader", () => {
    const source = [
      'RAW = "/tmp/raw.csv"',
      taskflow(
        [
          "@task",
          "def write(path):",
          "    pd.DataFrame().to_csv(path)",
          "@task",
          "def read(path):",
          "    return len(pd.read_csv(path))",
        ],
        ["write(path=RAW) >> read(RAW)"],
      ),
    ].join("\n");
    expect(ops(source)).toEqual(["write write /tmp/raw.csv", "read read /tmp/raw.csv"]);
  });

  it("reads each call of a TaskFlow function with its own arguments, up to 16 calls", () => {
    const tasks = ["@task", "def write(path):", "    pd.DataFrame().to_csv(path)"];
    expect(ops(taskflow(tasks, ['write("/tmp/a.csv")', 'write("/tmp/a.csv")']))).toEqual([
      "write write /tmp/a.csv",
    ]);
    // Two calls are two tasks at run time, each writing its own file.
    expect(ops(taskflow(tasks, ['write("/tmp/a.csv")', 'write("/tmp/b.csv")']))).toEqual([
      "write write /tmp/a.csv",
      "write write /tmp/b.csv",
    ]);
    const sixteen = Array.from({ length: 16 }, (_, i) => `write("/tmp/${i}.csv")`);
    expect(ops(taskflow(tasks, sixteen))).toHaveLength(16);
    const seventeen = Array.from({ length: 17 }, (_, i) => `write("/tmp/${i}.csv")`);
    expect(ops(taskflow(tasks, seventeen))).toEqual([]);
  });

  it("leaves a parameter unplaced when the list is expanded", () => {
    const tasks = ["@task", "def write(path):", "    pd.DataFrame().to_csv(path)"];
    expect(ops(taskflow(tasks, ['write.expand(path=["/tmp/a.csv"])']))).toEqual([]);
  });

  it("reads op_kwargs from a module constant, op_args, and templates_dict items", () => {
    const source = [
      'STAGE = {"path": "/tmp/stage.parquet"}',
      "def write(path):",
      "    pd.DataFrame().to_parquet(path)",
      "def read(templates_dict):",
      '    return len(pd.read_parquet(templates_dict["path"]))',
      "def again(path):",
      "    return len(pd.read_parquet(path))",
      'with DAG("d", schedule=None):',
      '    PythonOperator(task_id="w", python_callable=write, op_kwargs=STAGE)',
      '    PythonOperator(task_id="r", python_callable=read, templates_dict={"path": "/tmp/{{ ds }}.parquet"})',
      '    PythonOperator(task_id="a", python_callable=again, op_args=["/tmp/stage.parquet"])',
      "",
    ].join("\n");
    expect(ops(source)).toEqual([
      "w write /tmp/stage.parquet",
      "r read /tmp/{*}.parquet",
      "a read /tmp/stage.parquet",
    ]);
  });
});

describe("return annotations", () => {
  it.each([
    ["-> pd.DataFrame", "return load()", ["t: dataframe"]],
    ["-> np.ndarray", "x = load()\n    return x", ["t: ndarray"]],
    ["-> dict[str, pd.Series]", "return load()", ["t: series[*]"]],
    ["-> pd.DataFrame", "return load().to_dict()", []],
    ["-> dict", "return load()", []],
  ])("a task %s with `%s`", (annotation, body, expected) => {
    const source = `from lib import load\n@task\ndef t() ${annotation}:\n    ${body}\n`;
    expect(handedOff(source)).toEqual(expected);
  });

  it("gives each multiple_outputs entry the annotated dict's value kind", () => {
    const source = [
      "from lib import load",
      "@task(multiple_outputs=True)",
      "def t() -> dict[str, np.ndarray]:",
      '    return {"a": load(), "b": 1}',
      "",
    ].join("\n");
    expect(handedOff(source)).toEqual(["t: ndarray"]);
  });

  it("prefers a same-file helper's body to its annotation, and the annotation to nothing", () => {
    const source = [
      "from lib import load",
      "def records() -> pd.DataFrame:",
      '    return load().to_dict("records")',
      "def frame() -> pd.DataFrame:",
      "    return load()",
      "@task",
      "def a():",
      "    return records()",
      "@task",
      "def b():",
      "    return frame()",
      "",
    ].join("\n");
    expect(handedOff(source)).toEqual(["b: dataframe"]);
  });
});
