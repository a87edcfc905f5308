/**
 * Operators, TaskFlow decorators and hooks nobody catalogued (unknown-operators.ts): what the
 * convention reads from a call, and — through the frontend — which places it records, all
 * marked `exact`.
 */
import { describe, expect, it } from "vitest";
import { analyzePython } from "./index.js";
import { parseSyntaxTree } from "./syntax-tree.js";
import type { SyntaxNode } from "./syntax-tree.js";
import { conventionalApi, runsDuckDb } from "./unknown-operators.js";

function firstCall(source: string): SyntaxNode {
  const tree = parseSyntaxTree(source);
  const pending: SyntaxNode[] = [tree.rootNode];
  while (pending.length > 0) {
    const node = pending.shift()!;
    if (node.type === "call") return node;
    pending.push(...node.namedChildren);
  }
  throw new Error("no call");
}

const storage = (source: string) =>
  analyzePython(source, "/repo/dags/dag.py", {}).storage.map(
    (op) => `${op.taskId} ${op.access} ${op.location.pattern}${op.location.exact ? " exact" : ""}`,
  );

describe("conventionalApi", () => {
  it("takes an output-named keyword as the write and other keywords as reads", () => {
    const api = conventionalApi(
      "x.LakeOperator",
      firstCall('Op(task_id="t", output_path=OUT, source="/a", retries=3)'),
    );
    expect(api).toEqual({
      guessed: true,
      effects: [
        { access: "write", path: { keyword: "output_path" } },
        { access: "read", path: { keyword: "source" } },
      ],
    });
  });

  it("reads `sql` only where the API runs DuckDB", () => {
    const call = 'Op(task_id="t", sql="SELECT 1")';
    expect(conventionalApi("x.PostgresOperator", firstCall(call))).toBeUndefined();
    expect(conventionalApi("x.DuckDBOperator", firstCall(call))?.program).toEqual({
      argument: { keyword: "sql" },
      language: "sql",
    });
  });

  it("names nothing for ids, connections, lists and numbers", () => {
    expect(
      conventionalApi("x.Op", firstCall('Op(task_id="t", conn_id="c", files=["/a"], n=1)')),
    ).toBeUndefined();
  });
});

describe("runsDuckDb", () => {
  it("knows DuckDB by the name or by a DuckDB connection", () => {
    const none = new Map<string, SyntaxNode>();
    expect(runsDuckDb("task.duckdb", none)).toBe(true);
    expect(runsDuckDb("task.parquet", none)).toBe(false);
    const keywords = new Map([["duckdb_conn_id", firstCall("f()")]]);
    expect(runsDuckDb("task.parquet", keywords)).toBe(true);
  });
});

describe("uncatalogued APIs through the frontend", () => {
  it("records a provider decorator's target and SQL files, and a DuckDB hook's SQL, all exact", () => {
    const source = [
      "from airflow.sdk import task",
      "from lake.hooks import DuckLakeHook",
      '@task.parquet(task_id="a", duckdb_conn_id="d", target="/mnt/r/a.parquet", sql="SELECT * FROM \'/mnt/r/in.parquet\'")',
      "def a():",
      "    pass",
      "@task",
      "def b():",
      '    return DuckLakeHook(duckdb_conn_id="d").sql("SELECT * FROM \'/mnt/r/a.parquet\'")',
      "a() >> b()",
    ].join("\n");
    expect(storage(source).sort()).toEqual([
      "a read /mnt/r/in.parquet exact",
      "a write /mnt/r/a.parquet exact",
      "b read /mnt/r/a.parquet exact",
    ]);
  });

  it("makes no task of `@task.run_if`, and reads no SQL of a hook that does not run DuckDB", () => {
    const source = [
      "from airflow.sdk import task",
      "from web.hooks import PollHook",
      "@task.run_if(lambda c: True)",
      "@task",
      "def b():",
      '    return PollHook(http_conn_id="h").run("SELECT * FROM \'/mnt/r/a.parquet\'")',
      "b()",
    ].join("\n");
    const model = analyzePython(source, "/repo/dags/dag.py", {});
    expect(model.tasks.map((t) => `${t.id} ${t.style}`)).toEqual(["b @task"]);
    expect(model.storage).toEqual([]);
  });
});
