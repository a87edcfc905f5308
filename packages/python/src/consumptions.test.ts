import { describe, expect, it } from "vitest";
import { analyzePython } from "./index.js";

/** "after -> later" for each run ordering in the source (calls that are not known tasks). */
function orderings(source: string): string[] {
  const model = analyzePython(source, "dag.py");
  expect(model.diagnostics).toEqual([]);
  return (model.orderings ?? []).map((o) => `${o.afterTaskId} -> ${o.taskId}@${o.span.line}`);
}

/** "from -> to via [key]" for each consumption in the source. */
function consumptions(source: string): string[] {
  const model = analyzePython(source, "dag.py");
  expect(model.diagnostics).toEqual([]);
  return model.consumptions.map(
    (c) => `${c.fromTaskId} -> ${c.taskId} ${c.via}${c.key !== undefined ? ` ${c.key}` : ""}`,
  );
}

const TASKFLOW = [
  "from airflow.decorators import dag, task",
  "from airflow.operators.bash import BashOperator",
  "from airflow.operators.python import PythonOperator",
  "@dag(schedule=None)",
  "def d():",
  "    @task",
  "    def extract():",
  "        return 1",
  "    @task(multiple_outputs=True)",
  "    def split():",
  '        return {"a": 1, "b": 2}',
  "    @task",
  "    def load(x, y=None):",
  "        return x",
].join("\n");

describe("consumptions", () => {
  it("finds TaskFlow arguments, directly and through a variable", () => {
    const source = `${TASKFLOW}\n    load(extract())\n    e = extract()\n    load(x=e)\nd()\n`;
    expect(consumptions(source)).toEqual(["extract -> load argument", "extract -> load argument"]);
  });

  it("keys a multiple-outputs subscript, and follows expand()", () => {
    const source = `${TASKFLOW}\n    s = split()\n    load(s["a"], y=s["b"])\n    load.expand(x=extract())\nd()\n`;
    expect(consumptions(source)).toEqual([
      "split -> load argument a",
      "split -> load argument b",
      "extract -> load argument",
    ]);
  });

  it("does not count `>>` as a consumption", () => {
    const source = `${TASKFLOW}\n    extract() >> load(1)\nd()\n`;
    expect(consumptions(source)).toEqual([]);
  });

  it("finds operator .output, op_kwargs templates and templated fields", () => {
    const source = [
      TASKFLOW,
      "    def run(path):",
      "        return path",
      '    op = PythonOperator(task_id="op", python_callable=run, op_kwargs={"path": "{{ ti.xcom_pull(task_ids=\'extract\') }}"})',
      "    load(op.output)",
      "    BashOperator(task_id=\"show\", bash_command=\"cat {{ ti.xcom_pull(key='p', task_ids='op') }}\")",
      "    BashOperator(task_id=\"both\", bash_command=\"cat {{ ti.xcom_pull(task_ids=['op', 'extract']) }}\")",
      '    BashOperator(task_id="env", bash_command="echo $P", env={"P": op.output, "Q": "{{ ti.xcom_pull(\'split\') }}"})',
      "    extract() >> split()",
      "d()",
      "",
    ].join("\n");
    expect(consumptions(source)).toEqual([
      "op -> load argument",
      "extract -> op template",
      "op -> show template p",
      "op -> both template",
      "extract -> both template",
      "op -> env argument",
      "split -> env template",
    ]);
  });

  it("finds xcom_pull in a task's code, with a list of task ids", () => {
    const source = [
      TASKFLOW,
      "    @task",
      "    def report(ti=None):",
      '        return ti.xcom_pull(task_ids=["extract", "split"], key="a")',
      "    [extract(), split()] >> report()",
      "d()",
      "",
    ].join("\n");
    expect(consumptions(source)).toEqual(["extract -> report xcom-pull a", "split -> report xcom-pull a"]);
  });

  it("takes xcom_pull(key=…) without task ids from every task of the DAG that pushes the key", () => {
    const dagOf = (name: string, tasks: string[]) => [
      "@dag(schedule=None)",
      `def ${name}():`,
      ...tasks.map((line) => `    ${line}`),
    ];
    const source = [
      "from airflow.decorators import dag, task",
      ...dagOf("one", [
        "@task",
        "def stage(ti=None):",
        '    ti.xcom_push(key="path", value="/tmp/a.csv")',
        "@task",
        "def stage_too(ti=None):",
        '    ti.xcom_push("path", "/tmp/b.csv")',
        "@task",
        "def other(ti=None):",
        '    ti.xcom_push(key="count", value=3)',
        "@task",
        "def read(ti=None):",
        '    return ti.xcom_pull(key="path"), ti.xcom_pull(task_ids=None, key="path")',
        "@task",
        "def nobody(ti=None):",
        '    return ti.xcom_pull(key="missing"), ti.xcom_pull(), ti.xcom_pull(ids, key="path")',
        "[stage(), stage_too(), other()] >> read() >> nobody()",
      ]),
      ...dagOf("two", [
        "@task",
        "def elsewhere(ti=None):",
        '    return ti.xcom_pull(key="path")',
        "elsewhere()",
      ]),
      "one()",
      "two()",
      "",
    ].join("\n");
    expect(consumptions(source)).toEqual([
      "stage -> read xcom-pull path",
      "stage_too -> read xcom-pull path",
      "stage -> read xcom-pull path",
      "stage_too -> read xcom-pull path",
    ]);
  });

  it("takes a Jinja xcom_pull(key=…) without task ids from the key's pushers", () => {
    const source = [
      TASKFLOW,
      "    @task",
      "    def stage(ti=None):",
      '        ti.xcom_push(key="p", value="/tmp/x")',
      '    BashOperator(task_id="show", bash_command="cat {{ ti.xcom_pull(key=\'p\') }}")',
      '    BashOperator(task_id="none", bash_command="cat {{ ti.xcom_pull(key=\'q\') }}")',
      "    stage()",
      "d()",
      "",
    ].join("\n");
    expect(consumptions(source)).toEqual(["stage -> show template p"]);
  });

  it("follows a name assigned in module-level DAG code (`with DAG(...):`)", () => {
    const source = [
      "from airflow import DAG",
      "from airflow.decorators import task",
      'with DAG(dag_id="x", schedule=None):',
      "    @task",
      "    def extract():",
      '        return "/tmp/x.csv"',
      "    @task",
      "    def load(path):",
      "        return path",
      "    downloaded = extract()",
      "    load(downloaded)",
      "    other = 3",
      "    load(other)",
      "",
    ].join("\n");
    expect(consumptions(source)).toEqual(["extract -> load argument"]);
  });

  it("keeps tasks of two DAGs with the same names apart", () => {
    const one = [
      "@dag(schedule=None)",
      "def one():",
      "    @task",
      "    def a():",
      "        return 1",
      "    @task",
      "    def b(x):",
      "        return x",
      "    b(a())",
    ];
    const two = one.map((line) => line.replace("def one", "def two"));
    const source = ["from airflow.decorators import dag, task", ...one, ...two, "one()", "two()", ""].join(
      "\n",
    );
    const model = analyzePython(source, "dag.py");
    expect(model.consumptions.map((c) => `${c.dagId}:${c.fromTaskId}->${c.taskId}@${c.span.line}`)).toEqual([
      "one:a->b@10",
      "two:a->b@19",
    ]);
  });

  it("orders a task after the inputs of a call that is not a known task, without consuming them", () => {
    const source = [
      "from airflow.decorators import dag, task",
      "from elsewhere import upload, notify_op",
      "@dag(schedule=None)",
      "def d():",
      "    @task",
      "    def extract():",
      "        return 1",
      "    @task",
      "    def other():",
      "        return 2",
      "    @task",
      "    def load(x, y=None):",
      "        return x",
      "    e = extract()",
      "    result = upload.override(retries=2)(e)",
      '    load(result["ok"])',
      "    load([extract(), upload.partial(a=other()).expand(b=[1])])",
      "    load(len(str(e)), y=other())",
      "d()",
      "",
    ].join("\n");
    expect(consumptions(source)).toEqual(["extract -> load argument", "other -> load argument"]);
    expect(orderings(source)).toEqual(["extract -> load@16", "other -> load@17"]);
  });

  it("orders through an operator's op_kwargs, not through calls inside templated fields", () => {
    const source = [
      "from airflow.decorators import dag, task",
      "from airflow.operators.python import PythonOperator",
      "from airflow.operators.bash import BashOperator",
      "from elsewhere import upload",
      "@dag(schedule=None)",
      "def d():",
      "    @task",
      "    def extract():",
      "        return 1",
      "    def run(path):",
      "        return path",
      '    PythonOperator(task_id="op", python_callable=run, op_kwargs={"path": upload(extract())})',
      '    BashOperator(task_id="show", bash_command=str(extract()))',
      "d()",
      "",
    ].join("\n");
    expect(orderings(source)).toEqual(["extract -> op@12"]);
    expect(consumptions(source)).toEqual(["extract -> show argument"]);
  });
});
