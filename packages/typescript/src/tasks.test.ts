import { describe, expect, it } from "vitest";
import { analyzeTypeScript } from "./index.js";

const SDK = `import { Bundle, Dag, TaskHandler, getClient, withArgNames, withArgList } from "apache-airflow-ts-sdk";\n`;

function tasksOf(code: string) {
  return analyzeTypeScript(SDK + code, "dag.ts").tasks.map((t) => ({
    id: t.id,
    dagId: t.dagId,
    style: t.style,
    role: t.returnRole,
  }));
}

describe("task discovery", () => {
  it("finds dag.task with an explicit id, inline, by function and by const reference", () => {
    const tasks = tasksOf(`
      const dag = new Dag("etl");
      async function extract() { return 1; }
      const transform = async () => 2;
      dag.task("extract", extract);
      dag.task("transform", transform);
      dag.task("load", async () => 3);
    `);
    expect(tasks.map((t) => t.id)).toEqual(["extract", "transform", "load"]);
    expect(tasks.every((t) => t.dagId === "etl" && t.style === "dag.task")).toBe(true);
  });

  it("takes the id from a named handler, or from the taskId option", () => {
    const tasks = tasksOf(`
      const dag = new Dag("d");
      async function extract() { return 1; }
      const summarize = async () => 2;
      dag.task(extract);
      dag.task(summarize);
      dag.task(async () => 3, { taskId: "anonymous" });
      dag.task(async () => 4); // no id: not guessed
    `);
    expect(tasks.map((t) => t.id)).toEqual(["extract", "summarize", "anonymous"]);
  });

  it("prefixes ids of tasks in (nested) task groups", () => {
    const tasks = tasksOf(`
      const dag = new Dag("d");
      const extract = dag.taskGroup("extract");
      const regions = extract.taskGroup("regions");
      extract.task("north", async () => 1);
      regions.task("south", async () => 2);
      dag.taskGroup("inline").task("x", async () => 3);
    `);
    expect(tasks.map((t) => [t.id, t.style])).toEqual([
      ["extract.north", "taskGroup.task"],
      ["extract.regions.south", "taskGroup.task"],
      ["inline.x", "taskGroup.task"],
    ]);
  });

  it("finds TaskHandlers for Python-declared DAGs, also through withArgNames", () => {
    const tasks = tasksOf(`
      async function transform() { return 1; }
      const bundle = new Bundle();
      bundle.register(
        new TaskHandler("etl", "transform", transform),
        new TaskHandler("etl", "group.report", withArgNames({ label: "run_label" }, async ({ label }) => label)),
      );
    `);
    expect(tasks).toEqual([
      { id: "transform", dagId: "etl", style: "TaskHandler", role: "data" },
      { id: "group.report", dagId: "etl", style: "TaskHandler", role: "data" },
    ]);
  });

  it("resolves the SDK through namespace imports, aliases and require", () => {
    const namespace = analyzeTypeScript(
      `import * as af from "apache-airflow-ts-sdk";\nconst dag = new af.Dag("ns");\ndag.task("t", async () => 1);`,
      "dag.ts",
    );
    const aliased = analyzeTypeScript(
      `import { Dag as AirflowDag } from "apache-airflow-ts-sdk";\nnew AirflowDag("al").task("t", async () => 1);`,
      "dag.ts",
    );
    const required = analyzeTypeScript(
      `const { Dag } = require("apache-airflow-ts-sdk");\nconst dag = new Dag("cjs");\ndag.task("t", async () => 1);`,
      "dag.js",
    );
    expect(namespace.tasks.map((t) => t.dagId)).toEqual(["ns"]);
    expect(aliased.tasks.map((t) => t.dagId)).toEqual(["al"]);
    expect(required.tasks.map((t) => t.dagId)).toEqual(["cjs"]);
  });

  it("ignores look-alikes that are not the SDK", () => {
    const model = analyzeTypeScript(
      `import { Dag } from "./my-dag";\nconst dag = new Dag("x");\ndag.task("t", async () => new Map());`,
      "dag.ts",
    );
    expect(model.tasks).toEqual([]);
    expect(model.handoffs).toEqual([]);
  });

  it("marks the task behind dag.if / dag.switch as control flow", () => {
    const tasks = tasksOf(`
      const dag = new Dag("d");
      const hasRows = dag.task("has_rows", async () => true);
      const pick = dag.task("pick", async () => "x");
      const load = dag.task("load", async () => 1);
      const gated = hasRows();
      dag.if(gated).then(load());
      dag.switch(pick());
    `);
    expect(tasks.map((t) => [t.id, t.role])).toEqual([
      ["has_rows", "control-flow"],
      ["pick", "control-flow"],
      ["load", "data"],
    ]);
  });
});

describe("argument wiring", () => {
  it("records a consumption for each upstream reference passed to a factory call", () => {
    const model = analyzeTypeScript(
      SDK +
        `
      const dag = new Dag("d");
      const extract = dag.task("extract", async () => 1);
      const other = dag.task("other", async () => 2);
      const load = dag.task("load", async ({ rows, more, region }) => rows);
      const summarize = dag.task("summarize", async ({ a, b }) => a);
      const extracted = extract();
      load({ rows: extracted, more: other().after(extracted), region: "us" });
      summarize(withArgList(extract(), "literal"));
    `,
      "dag.ts",
    );
    expect(model.consumptions.map((c) => [c.taskId, c.fromTaskId, c.via])).toEqual([
      ["load", "extract", "argument"],
      ["load", "other", "argument"],
      ["summarize", "extract", "argument"],
    ]);
  });
});
