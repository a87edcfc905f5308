import { describe, expect, it } from "vitest";
import { analyzeTypeScript, typescriptFrontend } from "./index.js";

const SDK = `import { Dag, getClient } from "apache-airflow-ts-sdk";\nconst dag = new Dag("d");\n`;

describe("getXCom consumptions", () => {
  it("records getXCom naming another task, through getClient(), a constant client, or the handler's client", () => {
    const model = analyzeTypeScript(
      `${SDK}
dag.task("a", async () => getClient().getXCom({ key: "return_value", taskId: "extract" }));
dag.task("b", async () => { const client = getClient(); return client.getXCom({ key: "k", taskId: "g.x" }); });
dag.task("c", async ({ client }) => client.getXCom({ key: "return_value", taskId: "extract" }));
dag.task("d", async (args) => args.client.getXCom({ key: "return_value", taskId: "extract" }));
`,
      "dag.ts",
    );
    expect(model.consumptions.map((c) => [c.taskId, c.fromTaskId, c.key, c.via])).toEqual([
      ["a", "extract", "return_value", "get-xcom"],
      ["b", "g.x", "k", "get-xcom"],
      ["c", "extract", "return_value", "get-xcom"],
      ["d", "extract", "return_value", "get-xcom"],
    ]);
  });

  it("ignores reading the task's own XCom, another DAG's XCom, and lookalike clients", () => {
    const model = analyzeTypeScript(
      `${SDK}
import { cache } from "./cache";
dag.task("a", async () => getClient().getXCom({ key: "k" }));
dag.task("b", async () => getClient().getXCom({ key: "k", taskId: "x", dagId: "other_dag" }));
dag.task("c", async () => cache.getXCom({ key: "k", taskId: "x" }));
`,
      "dag.ts",
    );
    expect(model.consumptions).toEqual([]);
  });
});

describe("suppressions (ESLint directive comments)", () => {
  it("reads our rules from eslint-disable-line / -next-line / block directives, with their reasons", () => {
    const model = analyzeTypeScript(
      `${SDK}
// eslint-disable-next-line dag-transport/no-tmp-staging -- same pod, pinned
const a = 1;
const b = 2; // eslint-disable-line dag-transport/no-unserializable-xcom, no-console
/* eslint-disable dag-transport/no-bespoke-transport -- reviewed pass-by-reference */
const c = 3;
/* eslint-enable dag-transport/no-bespoke-transport */
// eslint-disable-next-line no-console -- not ours
// eslint-disable-next-line dag-transport/no-tmp-staging
`,
      "dag.ts",
    );
    expect(model.suppressions.map((s) => [s.ruleIds, s.reason ?? null, s.appliesToLines])).toEqual([
      [["no-tmp-staging"], "same pod, pinned", [5]],
      [["no-unserializable-xcom"], null, [5 + 1]],
      [["no-bespoke-transport"], "reviewed pass-by-reference", [7, 8, 9]],
      [["no-tmp-staging"], null, [12]],
    ]);
  });
});

describe("robustness", () => {
  it("a file that does not use the SDK produces nothing, not even for syntax errors", () => {
    expect(analyzeTypeScript(`export const x = (`, "lib.ts")).toMatchObject({ tasks: [], diagnostics: [] });
    expect(analyzeTypeScript(`const m = new Map(); export default m;`, "lib.ts").handoffs).toEqual([]);
  });

  it("a syntax error in a DAG file is a fatal diagnostic at its position", () => {
    const model = analyzeTypeScript(`${SDK}dag.task("a", async () => {\n  return [1, 2;\n});`, "dag.ts");
    expect(model.diagnostics).toHaveLength(1);
    expect(model.diagnostics[0]).toMatchObject({ fatal: true, span: { line: 4 } });
    expect(model.diagnostics[0]!.message).toMatch(/^Parsing error: /);
  });

  it("deeply nested code does not crash the run", () => {
    const deep = `${"[".repeat(3000)}1${"]".repeat(3000)}`;
    const model = analyzeTypeScript(`${SDK}dag.task("a", async () => ${deep});`, "dag.ts");
    expect(model.handoffs.length + model.diagnostics.length).toBeGreaterThan(0);
  });

  it("parses JavaScript and TypeScript module flavours the CLI lints", () => {
    for (const ending of typescriptFrontend.extensions) {
      const model = typescriptFrontend.analyze(`${SDK}dag.task("a", async () => new Set());`, `dag${ending}`);
      expect(
        model.handoffs.map((h) => h.values[0]?.kind),
        ending,
      ).toEqual(["set"]);
    }
  });

  it("an SDK mention in a comment alone does not make a DAG", () => {
    const model = analyzeTypeScript(`// see apache-airflow-ts-sdk\nconst dag = { task() {} };`, "x.ts");
    expect(model.tasks).toEqual([]);
  });
});

describe("conversion advice in TypeScript's idiom", () => {
  it("writes each value's conversion (the type's own, else the kind's) and never serde's Parquet", () => {
    const source = `${SDK}import * as dfd from "danfojs-node";
dag.task("a", async () => new Map([["k", 1]]));
dag.task("b", async () => new dfd.DataFrame([{ a: 1 }]));
dag.task("c", async () => new Set([1]));
`;
    const facts = analyzeTypeScript(source, "dag.ts").handoffs.map((h) => h.values[0]!);
    expect(facts.map((f) => [f.kind, f.conversion ?? null, f.serdeParquet ?? false])).toEqual([
      ["map", "Object.fromEntries(...)", false],
      ["dataframe", 'dfd.toJSON(df, { format: "row" })', false],
      ["set", "Array.from(...)", false],
    ]);
  });
});
