import { describe, expect, it } from "vitest";
import { emptyModel, type HandoffFact } from "@dag-transport/core";
import { Bindings } from "./bindings.js";
import { extractHandoffs } from "./handoffs.js";
import { analyzePython, type PythonModule } from "./index.js";
import { ModuleContext } from "./module-context.js";
import { parseSyntaxTree } from "./syntax-tree.js";
import { discoverTasks } from "./tasks.js";

/** `task channel key = expression @line` per handoff. */
function handoffs(source: string): string[] {
  const model = analyzePython(source, "dag.py");
  return model.handoffs.map(
    (h: HandoffFact) => `${h.taskId} ${h.channel} ${h.key} = ${h.expression} @${h.span.line}`,
  );
}

describe("handoffs: returns", () => {
  it("takes each return of a data task, not returns of nested functions, not bare returns", () => {
    const source = `from airflow.decorators import task

@task
def t(flag):
    def inner():
        return "not a handoff"
    if flag:
        return
    if flag > 1:
        return None
    return {"rows": 3}
`;
    expect(handoffs(source)).toEqual(['t return return_value = {"rows": 3} @11']);
  });

  it("splits multiple_outputs dicts into one handoff per key (literal, variable, dict())", () => {
    const source = `from airflow.decorators import task

@task(multiple_outputs=True)
def literal():
    return {"X": 1, "y": 2}

@task(multiple_outputs=True)
def variable():
    out = {"a": 1}
    return out

@task(multiple_outputs=True)
def built():
    return dict(b=2)

@task(multiple_outputs=True)
def opaque():
    return make()
`;
    expect(handoffs(source)).toEqual([
      "literal multiple-outputs X = 1 @5",
      "literal multiple-outputs y = 2 @5",
      "variable multiple-outputs a = 1 @9",
      "built multiple-outputs b = 2 @14",
      "opaque return return_value = make() @18",
    ]);
  });

  it("gives control-flow, bash and do_xcom_push=False tasks no return handoff", () => {
    const source = `from airflow.decorators import task

@task.branch
def branch():
    return "a"

@task.short_circuit
def gate():
    return True

@task.bash
def shell():
    return "echo 1"

@task(do_xcom_push=False)
def quiet():
    return 1
`;
    expect(handoffs(source)).toEqual([]);
  });

  it("takes a lambda callable's body as its return", () => {
    const source = `from airflow.operators.python import PythonOperator
t = PythonOperator(task_id="l", python_callable=lambda: [1, 2])
`;
    expect(handoffs(source)).toEqual(["l return return_value = [1, 2] @2"]);
  });
});

describe("handoffs: xcom_push", () => {
  it("finds the task instance as a parameter, from the context, or from get_current_context()", () => {
    const source = `from airflow.decorators import task
from airflow.operators.python import PythonOperator, get_current_context

@task
def by_parameter(ti=None):
    ti.xcom_push("a", 1)

@task
def by_context(**context):
    context["ti"].xcom_push(key="b", value=2)
    task_instance = context["task_instance"]
    task_instance.xcom_push(key="c", value=3)
    context.get("ti").xcom_push(key="d", value=4)

@task
def by_current_context():
    get_current_context()["ti"].xcom_push(key="e", value=5)
    ctx = get_current_context()
    ti = ctx["ti"]
    ti.xcom_push(key="f", value=6)

def legacy(**kwargs):
    kwargs["ti"].xcom_push(key="g", value=7)

def positional(ds, task_instance):
    task_instance.xcom_push("h", 8)
    task_instance . xcom_push("i", 9)  # xcom_push in a comment is not a call

PythonOperator(task_id="legacy", python_callable=legacy, provide_context=True)
PythonOperator(task_id="positional", python_callable=positional)
`;
    expect(handoffs(source)).toEqual([
      "by_parameter xcom-push a = 1 @6",
      "by_context xcom-push b = 2 @10",
      "by_context xcom-push c = 3 @12",
      "by_context xcom-push d = 4 @13",
      "by_current_context xcom-push e = 5 @17",
      "by_current_context xcom-push f = 6 @20",
      "legacy xcom-push g = 7 @23",
      "positional xcom-push h = 8 @26",
      "positional xcom-push i = 9 @27",
    ]);
  });

  it("understands airflow.sdk's get_current_context and keeps pushes of control-flow tasks", () => {
    const source = `import airflow.sdk as sdk

@sdk.task.branch
def choose():
    sdk.get_current_context()["ti"].xcom_push(key="why", value="small")
    return "a"
`;
    expect(handoffs(source)).toEqual(['choose xcom-push why = "small" @5']);
  });

  it("ignores xcom_push on things that are not the task instance", () => {
    const source = `from airflow.decorators import task

@task
def t():
    client = make_client()
    client.xcom_push("a", 1)
    settings = {"ti": client}
    return None
`;
    expect(handoffs(source)).toEqual([]);
  });
});

describe("handoffs: sensors", () => {
  it("takes PokeReturnValue's xcom_value from @task.sensor and PythonSensor callables", () => {
    const source = `from airflow.decorators import task
from airflow.sensors.base import PokeReturnValue
from airflow.sensors.python import PythonSensor

@task.sensor(poke_interval=10)
def wait():
    if not ready():
        return False
    return PokeReturnValue(is_done=True, xcom_value={"path": "s3://b/k"})

def poke():
    done = PokeReturnValue(True, "x")
    return done

PythonSensor(task_id="poke", python_callable=poke)

@task.sensor(do_xcom_push=False)
def silent():
    return PokeReturnValue(is_done=True, xcom_value=1)
`;
    expect(handoffs(source)).toEqual([
      'wait poke-return-value return_value = {"path": "s3://b/k"} @9',
      'poke poke-return-value return_value = "x" @12',
    ]);
  });
});

describe("PythonModule.handoffValues", () => {
  it("keeps each handoff's value node and task for later extractors", () => {
    const source = `from airflow.decorators import task

@task
def t(ti=None):
    ti.xcom_push("path", "/tmp/x.npz")
    return "s3://bucket/key"
`;
    const tree = parseSyntaxTree(source);
    const context = new ModuleContext(tree);
    const module: PythonModule = {
      source,
      root: tree.rootNode,
      context,
      bindings: new Bindings(context),
      tasks: discoverTasks(tree.rootNode, context).tasks,
      options: {},
      handoffValues: [],
    };
    const model = emptyModel("t.py", "python");
    extractHandoffs(module, model);
    expect(module.handoffValues.map((h) => [h.fact, h.value.text, h.task.fact.id])).toEqual([
      [model.handoffs[0], '"s3://bucket/key"', "t"],
      [model.handoffs[1], '"/tmp/x.npz"', "t"],
    ]);
    expect(model.handoffs.every((h) => h.locations.length === 0)).toBe(true);
  });
});

describe("handoffs: conversion advice in Python's idiom", () => {
  it("writes each value's conversion (by type where the library differs) and serde's Parquet for frames", () => {
    const source = `import numpy as np
import pandas as pd
import polars as pl
from sklearn.linear_model import LinearRegression
from airflow.decorators import task

@task
def a():
    return np.zeros(3)

@task
def b():
    return pd.read_csv("x.csv")

@task
def c():
    return pl.Series([1, 2])

@task
def d():
    return LinearRegression()
`;
    const facts = analyzePython(source, "dag.py").handoffs.map((h) => h.values[0]!);
    expect(facts.map((f) => [f.qualifiedType, f.conversion ?? null, f.serdeParquet ?? false])).toEqual([
      ["numpy.ndarray", ".tolist()", false],
      ["pandas.DataFrame", '.to_dict(orient="records")', true],
      ["polars.Series", ".to_list()", false],
      [expect.any(String), null, false],
    ]);
  });
});
