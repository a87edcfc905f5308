import { describe, expect, it } from "vitest";
import { analyzePython } from "./index.js";

const HEADER = `from airflow import DAG
from airflow.decorators import task, task_group
from airflow.models.baseoperator import chain, chain_linear, cross_downstream
from airflow.operators.empty import EmptyOperator
from airflow.operators.python import PythonOperator
from airflow.utils.edgemodifier import Label
from airflow.utils.task_group import TaskGroup
from helpers import link, make_group
`;

/** A write and a read by two tasks: run order is read only for files with such a pair. */
const STORAGE_PAIR = `
with DAG("io", schedule=None):
    PythonOperator(task_id="w", python_callable=lambda: open("/data/x.json", "w"))
    PythonOperator(task_id="r", python_callable=lambda: open("/data/x.json"))
`;

function analyze(body: string, pair = true) {
  const source = `${HEADER}\nwith DAG("d", schedule=None) as dag:\n${body}${pair ? STORAGE_PAIR : ""}`;
  const model = analyzePython(source, "dag.py");
  expect(model.diagnostics).toEqual([]);
  model.tasks = model.tasks.filter((t) => t.dagId !== "io");
  return model;
}

/** "earlier -> later" for each stated dependency, sorted. */
function edges(body: string): string[] {
  return (analyze(body).orderings ?? []).map((o) => `${o.afterTaskId} -> ${o.taskId}`).sort();
}

/** The tasks whose successors are all known, sorted. */
function known(body: string): string[] {
  return analyze(body)
    .tasks.filter((t) => t.downstreamKnown)
    .map((t) => t.id)
    .sort();
}

const OPS = `    a = EmptyOperator(task_id="a")
    b = EmptyOperator(task_id="b")
    c = EmptyOperator(task_id="c")
    d = EmptyOperator(task_id="d")
`;

describe("stated dependencies", () => {
  it("reads >> and << chains, with lists on either side", () => {
    expect(edges(`${OPS}    a >> b >> c\n    d << c\n`)).toEqual(["a -> b", "b -> c", "c -> d"]);
    expect(edges(`${OPS}    [a, b] >> c >> [d]\n`)).toEqual(["a -> c", "b -> c", "c -> d"]);
    expect(edges(`${OPS}    a << [b, c]\n`)).toEqual(["b -> a", "c -> a"]);
  });

  it("links through an edge label in a >> chain", () => {
    expect(edges(`${OPS}    a >> Label("yes") >> b\n`)).toEqual(["a -> b"]);
  });

  it("reads set_downstream and set_upstream", () => {
    expect(edges(`${OPS}    a.set_downstream([b, c])\n    d.set_upstream(c)\n`)).toEqual([
      "a -> b",
      "a -> c",
      "c -> d",
    ]);
  });

  it("reads chain (lists pairwise), chain_linear and cross_downstream", () => {
    expect(edges(`${OPS}    chain(a, [b, c], d)\n`)).toEqual(["a -> b", "a -> c", "b -> d", "c -> d"]);
    expect(edges(`${OPS}    chain([a, b], [c, d])\n`)).toEqual(["a -> c", "b -> d"]);
    expect(edges(`${OPS}    chain_linear([a, b], [c, d])\n`)).toEqual([
      "a -> c",
      "a -> d",
      "b -> c",
      "b -> d",
    ]);
    expect(edges(`${OPS}    cross_downstream(from_tasks=[a], to_tasks=[c, d])\n`)).toEqual([
      "a -> c",
      "a -> d",
    ]);
  });

  it("follows a name bound once to a list, TaskFlow calls, .output and tasks made in a loop", () => {
    expect(edges(`${OPS}    group = [a, b]\n    chain(*group, c)\n`)).toEqual(["a -> b", "b -> c"]);
    const taskflow = `    @task
    def extract():
        return 1

    @task
    def load(x):
        pass

    e = extract()
    op = PythonOperator(task_id="op", python_callable=print)
    e >> op.output >> load(1)
`;
    expect(edges(taskflow)).toEqual(["extract -> op", "op -> load"]);
    const loop = `    start = EmptyOperator(task_id="start")
    for name in ["x", "y"]:
        step = EmptyOperator(task_id=f"step_{name}")
        start >> step
`;
    expect(edges(loop)).toEqual(["start -> step_{name}"]);
  });

  it("is not read in a file with no write and read by two tasks", () => {
    const model = analyze(`${OPS}    a >> b\n`, false);
    expect(model.orderings).toBeUndefined();
    expect(model.tasks.some((t) => t.downstreamKnown)).toBe(false);
  });

  it("adds no edge for an operand it cannot resolve", () => {
    expect(edges(`${OPS}    a >> make_group() >> b\n`)).toEqual([]);
    expect(edges(`${OPS}    chain(*[t for t in (a, b)])\n`)).toEqual([]);
  });
});

describe("known successors", () => {
  it("knows every task's successors when every reference is understood", () => {
    expect(known(`${OPS}    a >> [b, c]\n    chain(c, d)\n`)).toEqual(["a", "b", "c", "d"]);
  });

  it("does not know what follows a task before an unresolved operand", () => {
    expect(known(`${OPS}    a >> make_group() >> b\n    c >> d\n`)).toEqual(["b", "c", "d"]);
    expect(known(`${OPS}    pending = []\n    pending.append(a)\n    chain(*pending, b)\n`)).toEqual([
      "b",
      "c",
      "d",
    ]);
  });

  it("does not know a task handed to a call it does not follow", () => {
    expect(known(`${OPS}    link(a, b)\n`)).toEqual(["c", "d"]);
    expect(known(`${OPS}    x = a\n    link(x)\n`)).toEqual(["b", "c", "d"]);
  });

  it("reads a task group as an operand: its tasks, all declared in its with block", () => {
    const groups = `    a = EmptyOperator(task_id="a")
    with TaskGroup("prep") as prep:
        b = EmptyOperator(task_id="b")
        c = EmptyOperator(task_id="c")
        b >> c
    with TaskGroup("post") as post:
        d = EmptyOperator(task_id="d")
    a >> prep >> post
`;
    expect(edges(groups)).toEqual([
      "a -> prep.b",
      "a -> prep.c",
      "prep.b -> post.d",
      "prep.b -> prep.c",
      "prep.c -> post.d",
    ]);
    expect(known(groups)).toEqual(["a", "post.d", "prep.b", "prep.c"]);
    // A task joined to the group elsewhere: the group's tasks are not all known here.
    const joined = `${groups}    e = EmptyOperator(task_id="e", task_group=prep)
`;
    expect(edges(joined)).toEqual(["prep.b -> prep.c"]);
  });

  it("does not know the tasks of a task group used as a value, nor any task when the DAG object is", () => {
    const group = `    a = EmptyOperator(task_id="a")
    with TaskGroup("g") as g:
        b = EmptyOperator(task_id="b")
    link(g) >> a
`;
    expect(known(group)).toEqual(["a"]);
    expect(known(`${OPS}    dag.get_task("a") >> b\n`)).toEqual([]);
    expect(known(`${OPS}    e = EmptyOperator(task_id="e", dag=dag)\n    dag.doc_md = "x"\n`)).toEqual([
      "a",
      "b",
      "c",
      "d",
      "e",
    ]);
  });

  it("knows a TaskFlow task's successors through the arguments the consumptions take in", () => {
    const body = `    @task(multiple_outputs=True)
    def split():
        return {"a": 1, "b": 2}

    @task
    def left(x):
        pass

    @task
    def right(x):
        pass

    parts = split()
    left(parts["a"])
    right(parts["b"])
`;
    expect(known(body)).toEqual(["left", "right", "split"]);
    // A dictionary argument is not read as a consumption: what the task feeds is not known.
    expect(known(body.replace('left(parts["a"])', 'left({"v": parts["a"]})'))).toEqual(["left", "right"]);
  });

  it("does not know a TaskFlow task the file never calls, nor a task of no DAG", () => {
    const source = `from airflow.decorators import task

@task
def write():
    open("/data/x.json", "w").write("1")

@task
def read():
    return open("/data/x.json").read()
`;
    const model = analyzePython(source, "tasks.py");
    expect(model.storage.length).toBe(2);
    expect(model.tasks.filter((t) => t.downstreamKnown)).toEqual([]);
  });

  it("uses only the binding of a name that reaches the use", () => {
    const body = `    a = EmptyOperator(task_id="a")
    b = EmptyOperator(task_id="b")
with DAG("other", schedule=None):
    a = EmptyOperator(task_id="a2")
    link(a)
`;
    expect(known(body)).toEqual(["a", "b"]);
  });
});
