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
    score() >> choose() >> gate() >> command() >> wait()

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

  it("reads the Task SDK's definitions module as its own, not as a name under airflow.sdk", () => {
    const source = `
from airflow.sdk.definitions.decorators import dag, task

@dag(dag_id="catalog")
def etl():
    @task
    def extract():
        return 1

    @task.branch
    def pick():
        return "extract"
    pick() >> extract()
`;
    expect(summary(source)).toEqual([
      "extract (catalog) @task data calls extract",
      "pick (catalog) @task.branch control-flow calls pick",
    ]);
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

describe("discoverTasks: every way a task is made", () => {
  it("takes a TaskFlow function decorated in a DAG as a task only when the file uses its name", () => {
    const source = `
from airflow.decorators import dag, task
from include import github

@task
def at_module_level():
    return 0

@dag(schedule=None)
def p():
    @task
    def called():
        return 1

    @task
    def expanded():
        return 2

    @task
    def never_called():
        return github.never_called()

    @task
    def keyword_only():
        return 3

    called()
    expanded.expand(x=[1, 2])
    run(keyword_only=1)
`;
    // `at_module_level` too: the file declares a DAG and never names it.
    expect(summary(source).map((line) => line.split(" ")[0])).toEqual(["called", "expanded"]);
  });

  it("keeps a module-level TaskFlow function the DAG file names, and every one of a file without a DAG", () => {
    const withDag = `
from airflow.decorators import dag, task

@task
def chained():
    return 0

@task
def listed():
    return 1

@task
def unnamed():
    return 2

@dag(schedule=None)
def p():
    for step in [listed]:
        step()
    chained() >> chained.override(task_id="again")()
`;
    expect(summary(withDag).map((line) => line.split(" ")[0])).toEqual(["chained", "listed"]);
    const library = `
from airflow.decorators import task

@task
def imported_elsewhere():
    return 0
`;
    expect(summary(library).map((line) => line.split(" ")[0])).toEqual(["imported_elsewhere"]);
  });

  it("takes Airflow 2's task of airflow.operators.python as the TaskFlow decorator, not another module's", () => {
    const source = `
from airflow.decorators import dag
from airflow.operators.python import task
from team import task as team_task

@dag(schedule=None)
def p():
    @task()
    def extract():
        return 1

    @task.virtualenv
    def score():
        return 2

    @team_task
    def other():
        return 3

    extract() >> score() >> other()
`;
    expect(summary(source)).toEqual([
      "extract (p) @task data calls extract",
      "score (p) @task.virtualenv data calls score",
    ]);
  });

  it("takes the call form on an imported function, and an operator's imported callable, as tasks of another module's code", () => {
    const source = `
from airflow.decorators import dag, task
from airflow.operators.python import PythonOperator
from include.tasks import blogs
from include.tasks.chunking import split_markdown

@dag(schedule=None)
def p():
    extracted = task(blogs.extract_astro_blogs)(blog_cutoff_date="2023-01-19")
    task(split_markdown, task_id="split").expand(dfs=[extracted])
    PythonOperator(task_id="op", python_callable=blogs.extract_astro_blogs)
`;
    const { tasks } = discover(source);
    expect(
      tasks.map(
        ({ fact, fn, imported }) => `${fact.id} ${fact.style} ${fn ? "fn" : "no fn"} ${imported?.qualified}`,
      ),
    ).toEqual([
      "extract_astro_blogs @task no fn include.tasks.blogs.extract_astro_blogs",
      "split @task no fn include.tasks.chunking.split_markdown",
      "op PythonOperator no fn include.tasks.blogs.extract_astro_blogs",
    ]);
  });

  it("takes @setup, @teardown and @task.setup as TaskFlow tasks", () => {
    const source = `
from airflow.decorators import dag, setup, task, teardown

@dag(schedule=None)
def p():
    @setup
    def make():
        return 1

    @teardown
    def drop():
        return 2

    @task.setup
    def open_session():
        return 3

    make() >> open_session() >> drop()
`;
    expect(summary(source)).toEqual([
      "make (p) @setup data calls make",
      "drop (p) @teardown data calls drop",
      "open_session (p) @task.setup data calls open_session",
    ]);
  });

  it("takes the call form of the decorator, with its keywords", () => {
    const source = `
from airflow.decorators import dag, task

def build():
    return 1

def split():
    return {"a": 1}

def helper():
    return 2

@dag(schedule=None)
def p():
    task(build)()
    t = task(multiple_outputs=True)(split)
    task(helper, task_id="named")
    task.virtualenv(requirements=["x"])(helper)
    task(undefined_name)
    task(multiple_outputs=True)
`;
    const found = discover(source).tasks;
    expect(found.map((t) => [t.fact.id, t.fact.style, t.fact.multipleOutputs, t.handle ?? "-"])).toEqual([
      ["build", "@task", false, "-"],
      ["split", "@task", true, "t"],
      ["named", "@task", false, "-"],
      ["helper", "@task.virtualenv", false, "-"],
    ]);
    expect(found.every((t) => t.maker !== undefined && t.fn?.type === "function_definition")).toBe(true);
  });

  it("does not make a second task of a function its decorator already made one", () => {
    const source = `
from airflow.decorators import dag, task

@task
def build():
    return 1

@dag(schedule=None)
def p():
    task(build)()
`;
    expect(summary(source)).toEqual(["build (p) @task data calls build"]);
  });

  it("does not take a call of a name that is not a TaskFlow decorator", () => {
    const source = `
from airflow.decorators import dag
from mylib import task

def build():
    return 1

@dag(schedule=None)
def p():
    task(build)()
`;
    expect(summary(source)).toEqual([]);
  });

  it("runs the function a functools.partial wraps", () => {
    const source = `
import functools
from functools import partial
from airflow import DAG
from airflow.operators.python import PythonOperator

def extract(name):
    return name

with DAG("d"):
    PythonOperator(task_id="a", python_callable=partial(extract, "x"))
    PythonOperator(task_id="b", python_callable=functools.partial(extract, name="y"))
    PythonOperator(task_id="c", python_callable=partial(*args))
`;
    expect(summary(source)).toEqual([
      "a (d) PythonOperator data calls extract",
      "b (d) PythonOperator data calls extract",
      "c (d) PythonOperator data",
    ]);
  });

  it("makes one task per call of a task-making helper that names it, through callable wrappers", () => {
    const source = `
from airflow import DAG
from airflow.operators.python import PythonOperator

def extract(**kwargs):
    return 1

def with_retries(python_callable, tries):
    def retried(**kwargs):
        for _ in range(tries):
            python_callable(**kwargs)
    return retried

def ignores_it(python_callable):
    def other(**kwargs):
        return 2
    return other

with DAG("d") as dag:
    def add_task(toggle, task_id, python_callable):
        return PythonOperator(task_id=task_id, python_callable=python_callable, dag=dag)

    add_task(True, "plain", extract)
    add_task(True, task_id="wrapped", python_callable=with_retries(extract, 3))
    add_task(True, "not_a_call_of_it", ignores_it(extract))
    add_task(True, name, extract)
`;
    expect(summary(source)).toEqual([
      "plain (d) PythonOperator data calls extract",
      "wrapped (d) PythonOperator data calls extract",
      "not_a_call_of_it (d) PythonOperator data",
    ]);
  });

  it("names tasks made in loops by their f-string task ids, one task per declaration", () => {
    const source = `
from airflow import DAG
from airflow.decorators import task
from airflow.operators.python import PythonOperator
from airflow.operators.bash import BashOperator

def f(t):
    return t

with DAG("d"):
    for name in ["a", "b"]:
        PythonOperator(task_id=f"extract_{name}", python_callable=f)
        PythonOperator(task_id=f"load_{name}", python_callable=f)
        BashOperator(task_id=f"notify_{name}", bash_command="echo")

        @task(task_id=f"score_{name}")
        def score():
            return 1

        score()
`;
    expect(summary(source)).toEqual([
      "score_{name} (d) @task data calls score",
      "extract_{name} (d) PythonOperator data calls f",
      "load_{name} (d) PythonOperator data calls f",
      "notify_{name} (d) BashOperator external",
    ]);
  });

  it("names tasks by ids built with `+`, `%` and `.format()` of literal text, and by string constants", () => {
    const source = `
from airflow import DAG
from airflow.operators.python import PythonOperator
from airflow.operators.bash import BashOperator

PREFIX = "clean_"

def f(t):
    return t

with DAG("d"):
    for name in names():
        BashOperator(task_id="fetch_" + name, bash_command="echo")
        BashOperator(task_id="copy_" + str(name) + "_gcs", bash_command="echo")
        BashOperator(task_id="export_%s_%d" % (name, 1), bash_command="echo")
        BashOperator(task_id="{}_to_{dest}".format(name, dest=target), bash_command="echo")
        BashOperator(task_id=PREFIX + name, bash_command="echo")
        PythonOperator(task_id="load_" + name, python_callable=f)
        BashOperator(task_id=name + suffix, bash_command="echo")
        BashOperator(task_id=1 + count, bash_command="echo")
        PythonOperator(task_id=other, python_callable=f)
`;
    expect(summary(source)).toEqual([
      "fetch_{name} (d) BashOperator external",
      "copy_{str(name)}_gcs (d) BashOperator external",
      "export_{name}_{1} (d) BashOperator external",
      "{name}_to_{target} (d) BashOperator external",
      "clean_{name} (d) BashOperator external",
      "load_{name} (d) PythonOperator data calls f",
      // No literal text: a Python task is named after its operator; another operator whose id
      // is a sum of unknowns is no task (a call or a name is: the next test).
      "PythonOperator (d) PythonOperator data calls f",
    ]);
  });

  it("names an operator whose id is a call or a name the analysis cannot read by that expression", () => {
    const source = `
from airflow import DAG
from airflow.operators.bash import BashOperator

def tid(name):
    return f"t_{name}"

with DAG("d"):
    BashOperator(task_id=tid("w"), bash_command="echo hi > /tmp/a.txt")
    BashOperator(task_id=settings.READ_ID, bash_command="cat /tmp/a.txt")
    BashOperator(task_id=ids[0], bash_command="echo")
    BashOperator(task_id=tid("w"), bash_command="echo")
    BashOperator(task_id="", bash_command="echo")
`;
    expect(summary(source)).toEqual([
      '{tid("w")} (d) BashOperator external',
      "{settings.READ_ID} (d) BashOperator external",
      "{ids[0]} (d) BashOperator external",
      // The same expression twice in one DAG: two declarations, told apart by their line.
      '{tid("w")}@12 (d) BashOperator external',
    ]);
  });

  it('names a task by the id a statement just before binds (a loop\'s `task_id = f"…"`), unless rebound since', () => {
    const source = `
from airflow import DAG
from airflow.operators.python import PythonOperator

def f(t):
    return t

with DAG("d"):
    for entity in ["blocks", "logs"]:
        task_to_pull_from = f"export_{entity}"
        PythonOperator(task_id=task_to_pull_from, python_callable=f)
        loader_id = "load_" + entity
        loader_id += "_v2"
        PythonOperator(task_id=loader_id, python_callable=f)
    PythonOperator(task_id=undefined_id, python_callable=f)
`;
    expect(summary(source)).toEqual([
      "export_{entity} (d) PythonOperator data calls f",
      // `+=` rebinds it: unknown, named after the operator.
      "PythonOperator (d) PythonOperator data calls f",
      "PythonOperator@15 (d) PythonOperator data calls f",
    ]);
    // Rebound in the loop: the value before it no longer holds.
    const rebound = `
from airflow import DAG
from airflow.operators.python import PythonOperator

with DAG("d"):
    task_id = "stale"
    for entity in ["blocks", "logs"]:
        task_id += entity
        PythonOperator(task_id=task_id, python_callable=print)
`;
    expect(summary(rebound).map((line) => line.split(" ")[0])).toEqual(["PythonOperator"]);
  });

  it("tells apart two declarations of one DAG whose ids are the same template, not literal ids or other DAGs'", () => {
    const source = `
from airflow import DAG
from airflow.operators.bash import BashOperator

with DAG("d"):
    for name in ["a", "b"]:
        BashOperator(task_id=f"download_{name}", bash_command="echo")
    for name in ["c", "d"]:
        BashOperator(task_id=f"download_{name}", bash_command="echo")
    if flag:
        BashOperator(task_id="same", bash_command="echo")
    else:
        BashOperator(task_id="same", bash_command="echo")

with DAG("e"):
    for name in ["a", "b"]:
        BashOperator(task_id=f"download_{name}", bash_command="echo")
`;
    expect(summary(source).map((line) => line.split(" ").slice(0, 2).join(" "))).toEqual([
      "download_{name} (d)",
      "download_{name}@9 (d)",
      "same (d)",
      "same (d)",
      "download_{name} (e)",
    ]);
  });
});
