import { describe, expect, it } from "vitest";
import { analyzePython } from "./index.js";

const tasksOf = (source: string) => analyzePython(source, "dag.py").tasks.map((t) => `${t.dagId}:${t.id}`);

describe("task ids and DAGs from enclosing scopes", () => {
  it("prefixes only the tasks inside a TaskGroup nested in a `with DAG` block", () => {
    const source = `from airflow import DAG
from airflow.operators.python import PythonOperator
from airflow.utils.task_group import TaskGroup

def f():
    return 1

with DAG("d") as dag:
    before = PythonOperator(task_id="before", python_callable=f)
    with TaskGroup("g"):
        inside = PythonOperator(task_id="inside", python_callable=f)
        with TaskGroup("h"):
            deeper = PythonOperator(task_id="deeper", python_callable=f)
    after = PythonOperator(task_id="after", python_callable=f)
`;
    expect(tasksOf(source)).toEqual(["d:before", "d:g.inside", "d:g.h.deeper", "d:after"]);
  });

  it("attributes operators to the DAG variable passed as dag=", () => {
    const source = `from airflow import DAG
from airflow.operators.python import PythonOperator as PO

def f():
    return 1

first = DAG("first")
second = DAG(dag_id="second")
a = PO(task_id="a", python_callable=f, dag=second)
b = PO(task_id="b", python_callable=f, dag=first)
`;
    expect(tasksOf(source)).toEqual(["second:a", "first:b"]);
  });
});
