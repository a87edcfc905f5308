import { describe, expect, it } from "vitest";
import type { TaskFact } from "@dag-transport/core";
import { ModuleContext } from "./module-context.js";
import { parseSyntaxTree } from "./syntax-tree.js";
import { discoverTasks } from "./tasks.js";

function discover(source: string) {
  const tree = parseSyntaxTree(source);
  return discoverTasks(tree.rootNode, new ModuleContext(tree));
}

/** `id (dag) style role` per task, compact enough to compare whole files at once. */
function summary(source: string): string[] {
  return discover(source).tasks.map(({ fact }: { fact: TaskFact }) =>
    [
      fact.id,
      `(${fact.dagId ?? "-"})`,
      fact.style,
      fact.returnRole,
      ...(fact.multipleOutputs ? ["multiple"] : []),
      ...(fact.callable ? [`calls ${fact.callable}`] : []),
    ].join(" "),
  );
}

describe("discoverTasks: TaskFlow", () => {
  it("finds the @task family inside a @dag function, with the dag id", () => {
    const source = `
from airflow.decorators import dag, task

@dag(dag_id="etl", schedule=None)
def pipeline():
    @task
    def extract():
        return 1

    @task(task_id="shape", multiple_outputs=True)
    def transform(x):
        return {"a": x}

    @task.virtualenv(requirements=["numpy"])
    def score():
        return 2

    @task.branch
    def choose():
        return "extract"

    @task.short_circuit
    def gate():
        return True

    @task.bash
    def command():
        return "echo hi"

    @task.sensor(poke_interval=5)
    def wait():
        return True

    transform(extract())

pipeline()
`;
    expect(summary(source)).toEqual([
      "extract (etl) @task data calls extract",
      "shape (etl) @task data multiple calls transform",
      "score (etl) @task.virtualenv data calls score",
      "choose (etl) @task.branch control-flow calls choose",
      "gate (etl) @task.short_circuit control-flow calls gate",
      "command (etl) @task.bash external calls command",
      "wait (etl) @task.sensor control-flow calls wait",
    ]);
  });

  it("understands airflow.sdk imported as a module alias", () => {
    const source = `
import airflow.sdk as sdk

@sdk.dag
def ml():
    @sdk.task
    def train():
        return 1
    train()
`;
    expect(summary(source)).toEqual(["train (ml) @task data calls train"]);
  });

  it("does not take look-alike decorators from other modules for tasks", () => {
    const source = `
from celery import task
from functools import lru_cache

@task
def not_airflow():
    return 1

@lru_cache
def cached():
    return 2
`;
    expect(summary(source)).toEqual([]);
  });

  it("honours do_xcom_push=False and explicit multiple_outputs over the -> dict inference", () => {
    const source = `
from airflow.decorators import task

@task(do_xcom_push=False)
def quiet():
    return 1

@task
def inferred() -> dict:
    return {"a": 1}

@task(multiple_outputs=False)
def explicit() -> dict:
    return {"a": 1}
`;
    expect(summary(source)).toEqual([
      "quiet (-) @task discarded calls quiet",
      "inferred (-) @task data multiple calls inferred",
      "explicit (-) @task data calls explicit",
    ]);
  });

  it("prefixes task ids with their groups, nested and decorated", () => {
    const source = `
from airflow.decorators import dag, task, task_group
from airflow.utils.task_group import TaskGroup

@dag
def grouped():
    @task_group(group_id="features")
    def features():
        @task
        def build():
            return 1
        build()

    with TaskGroup("outer"):
        with TaskGroup(group_id="inner"):
            @task
            def deep():
                return 2
            deep()
    features()
`;
    expect(summary(source)).toEqual([
      "features.build (grouped) @task data calls build",
      "outer.inner.deep (grouped) @task data calls deep",
    ]);
  });
});

describe("discoverTasks: operators", () => {
  it("finds python_callable operators and other operators in a with DAG block", () => {
    const source = `
from airflow import DAG
from airflow.operators.python import PythonOperator, BranchPythonOperator, ShortCircuitOperator
from airflow.operators.bash import BashOperator

def load(**context):
    return 1

def pick():
    return "load"

with DAG("classic") as dag:
    t1 = PythonOperator(task_id="load", python_callable=load)
    t2 = PythonOperator(task_id="quiet", python_callable=load, do_xcom_push=False)
    t3 = BranchPythonOperator(task_id="pick", python_callable=pick)
    t4 = ShortCircuitOperator(task_id="gate", python_callable=lambda: True)
    t5 = BashOperator(task_id="shell", bash_command="echo {{ ti.xcom_pull('load') }}")
`;
    expect(summary(source)).toEqual([
      "load (classic) PythonOperator data calls load",
      "quiet (classic) PythonOperator discarded calls load",
      "pick (classic) BranchPythonOperator control-flow calls pick",
      "gate (classic) ShortCircuitOperator control-flow",
      "shell (classic) BashOperator external",
    ]);
    const { tasks } = discover(source);
    expect(tasks[3]!.fn?.type).toBe("lambda");
    expect(tasks[0]!.handle).toBe("t1");
  });

  it("attributes Airflow 1.x operators to the DAG passed as dag=", () => {
    const source = `
from airflow import DAG
from airflow.operators.python_operator import PythonOperator

first = DAG("first", schedule_interval="@daily")
second = DAG(dag_id="second")

def work(**kwargs):
    return 1

a = PythonOperator(task_id="a", python_callable=work, provide_context=True, dag=first)
b = PythonOperator(task_id="b", python_callable=work, provide_context=True, dag=second)
`;
    expect(summary(source)).toEqual([
      "a (first) PythonOperator data calls work",
      "b (second) PythonOperator data calls work",
    ]);
  });

  it("knows the providers.standard module path of Airflow 3", () => {
    const source = `
from airflow.sdk import DAG
from airflow.providers.standard.operators.python import PythonOperator

def fn():
    return 1

with DAG(dag_id="three"):
    PythonOperator(task_id="fn", python_callable=fn)
`;
    expect(summary(source)).toEqual(["fn (three) PythonOperator data calls fn"]);
  });

  it("attributes module-level tasks to the DAG whose body calls them", () => {
    const source = `
from airflow.decorators import dag, task

@task
def shared():
    return 1

@task
def only_b():
    return 2

@dag
def a():
    shared()

@dag
def b():
    only_b()
`;
    expect(summary(source)).toEqual([
      "shared (a) @task data calls shared",
      "only_b (b) @task data calls only_b",
    ]);
  });

  it("marks tasks whose own code has a syntax error as unsound", () => {
    const source = `
from airflow.decorators import task

@task
def broken():
    x = )
    return x

@task
def fine():
    return 1
`;
    const { tasks } = discover(source);
    expect(tasks.map((t) => [t.fact.id, t.fact.unsound ?? false])).toEqual([
      ["broken", true],
      ["fine", false],
    ]);
  });
});
