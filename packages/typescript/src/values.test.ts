import { describe, expect, it } from "vitest";
import { analyzeTypeScript } from "./index.js";

const HEADER = `import { Dag, getClient } from "apache-airflow-ts-sdk";
import * as dfd from "danfojs-node";
import pl from "nodejs-polars";
import { tableFromArrays } from "apache-arrow";
import * as tf from "@tensorflow/tfjs-node";
import { readFileSync } from "node:fs";
const dag = new Dag("d");
`;

/** The kinds (and paths) of what a handler returns, `body` being the handler's body. */
function returned(body: string, prelude = ""): string[] {
  const model = analyzeTypeScript(`${HEADER}${prelude}\ndag.task("t", async () => {\n${body}\n});`, "dag.ts");
  return model.handoffs.flatMap((h) => h.values.map((v) => `${v.kind}${v.path ?? ""}`));
}

describe("value kinds without type information", () => {
  it.each([
    ["return new Map([['a', 1]]);", "map"],
    ["return new WeakMap();", "map"],
    ["return new Set([1, 2]);", "set"],
    ["return new Float32Array(4);", "typed-array"],
    ["return Uint8Array.from([1]);", "typed-array"],
    ["return new ArrayBuffer(8);", "array-buffer"],
    ["return Buffer.from('x');", "buffer"],
    ["return readFileSync('/data/x.bin');", "buffer"],
    ["return 10n;", "bigint"],
    ["return BigInt(10);", "bigint"],
    ["return new Date();", "date"],
    ["return () => 1;", "function"],
    ["return await dfd.readCSV('x.csv');", "dataframe"],
    ["return new dfd.DataFrame([{ a: 1 }]);", "dataframe"],
    ["return pl.readCSV('x.csv');", "polars-frame"],
    ["return tableFromArrays({ a: [1] });", "arrow-table"],
    ["return tf.tensor([1, 2]);", "tensor"],
  ])("%s → %s", (body, kind) => {
    expect(returned(body)).toEqual([kind]);
  });

  it("follows constants, method chains that keep the kind, and nested literals with their paths", () => {
    expect(
      returned(`
        const df = await dfd.readCSV("x.csv");
        const top = df.head(5).sortValues("a");
        const seen = new Set();
        return { top, nested: { seen }, list: [1, tf.zeros([2]).add(1)] };
      `),
    ).toEqual(["dataframe.top", "set.nested.seen", "tensor.list[1]"]);
  });

  it("names the element as written inside a returned literal, and points at it", () => {
    const model = analyzeTypeScript(
      `${HEADER}const seen = new Set([1]);\nconst result = { ids: new Set([2]) };\ndag.task("t", async () => ({\n  nested: { seen },\n  result,\n  list: [1, new Map()],\n}));`,
      "dag.ts",
    );
    expect(
      model.handoffs[0]!.values.map((v) => [
        v.path,
        v.expression,
        v.writtenAt && `${v.writtenAt.line}:${v.writtenAt.column}`,
      ]),
    ).toEqual([
      [".nested.seen", "seen", "11:13"],
      [".result.ids", "result.ids", "12:3"],
      [".list[1]", "new Map()", "13:13"],
    ]);
  });

  it("flags instances of classes declared in the file, and functions handed on", () => {
    expect(
      returned(
        `return { p: new Point(1), helper, method() { return 1; } };`,
        `class Point { constructor(public x: number) {} }\nfunction helper() {}`,
      ),
    ).toEqual(["class-instance.p", "function.helper", "function.method"]);
  });

  it("follows a helper of the same file when all its returns agree", () => {
    expect(returned(`return makeIndex();`, `function makeIndex() { return new Map(); }`)).toEqual(["map"]);
    expect(
      returned(
        `return maybe();`,
        `function maybe(x?: number) { if (x) return new Map(); return JSON.parse("{}"); }`,
      ),
    ).toEqual([]);
  });

  it.each([
    ["Array.from(new Set([1]))", "Array.from"],
    ["[...new Set([1])]", "array spread"],
    ["Object.fromEntries(new Map([['a', 1]]))", "Object.fromEntries"],
    ["new Date().toISOString()", ".toISOString()"],
    ["dfd.toJSON(await dfd.readCSV('x.csv'))", "dfd.toJSON"],
    ["(await dfd.readCSV('x.csv')).values", "DataFrame.values"],
    ["tableFromArrays({ a: [1] }).toArray()", ".toArray()"],
    ["tf.tensor([1]).arraySync()", ".arraySync()"],
    ["pl.readCSV('x.csv').toRecords()", ".toRecords()"],
    ["Buffer.from('x').toString('base64')", ".toString('base64')"],
    ["(10n).toString()", "BigInt .toString()"],
    ["Number(10n)", "Number(...)"],
    ["readFileSync('/data/x.json', 'utf8')", "readFileSync with an encoding"],
  ])("%s is JSON (%s converts)", (expression) => {
    expect(returned(`return ${expression};`)).toEqual([]);
  });

  it("does not follow a variable that is reassigned (it may hold the converted value)", () => {
    expect(returned(`let rows = new Set([1]);\nrows = Array.from(rows) as any;\nreturn rows;`)).toEqual([]);
  });

  it("treats values it cannot see into as unknown, never as findings", () => {
    expect(returned(`return await fetchRows();`, `import { fetchRows } from "./rows";`)).toEqual([]);
    expect(returned(`return new Client();`, `import { Client } from "pg";`)).toEqual([]);
    expect(returned(`return { ...config };`, `const config = { a: 1 };`)).toEqual([]);
  });

  it("does not confuse a local class named Map with the global", () => {
    expect(returned(`return new Map();`, `class Map2 {}\nconst Map = Map2;`)).toEqual([]);
  });

  it("reads the value of setXCom as a handoff under its key", () => {
    const model = analyzeTypeScript(
      `${HEADER}dag.task("t", async () => {\n  await getClient().setXCom({ key: "index", value: new Map() });\n});`,
      "dag.ts",
    );
    expect(model.handoffs.map((h) => [h.channel, h.key, h.values.map((v) => v.kind)])).toEqual([
      ["set-xcom", "index", ["map"]],
    ]);
  });

  it("does not hand off what a handler returns through `return;` or `return undefined`", () => {
    const model = analyzeTypeScript(
      `${HEADER}dag.task("a", async () => { return; });\ndag.task("b", async () => undefined);\ndag.task("c", async () => { console.log(1); });`,
      "dag.ts",
    );
    expect(model.handoffs).toEqual([]);
  });

  it("returns of callbacks inside a handler are not the handler's return", () => {
    expect(returned(`const rows = [1, 2].map((x) => new Map()); return rows.length;`)).toEqual([]);
  });
});

describe("a let across its reassignments", () => {
  it.each([
    ["let sum = 0n;\nfor (const c of ['1', '2']) sum += BigInt(c);\nreturn sum;", ["bigint"]],
    [
      "let sum = BigInt(0);\nfor (const c of [1, 2]) sum += c as unknown as bigint;\nreturn { sum };",
      ["bigint.sum"],
    ],
    ["let n = 0n;\nn++;\nreturn n;", ["bigint"]],
    ["let seen;\nseen = new Set([1]);\nreturn seen;", ["set"]],
    ["let cache = new Map();\nif (Math.random() > 0.5) cache = new Map([['a', 1]]);\nreturn cache;", ["map"]],
  ])("%s → %j", (body, kinds) => {
    expect(returned(body)).toEqual(kinds);
  });

  it.each([
    // Converted before it leaves: the last assignment is JSON.
    "let m = new Map([['a', 1]]);\nm = Object.fromEntries(m);\nreturn m;",
    // A number, not a BigInt.
    "let total = 0;\nfor (const c of [1, 2]) total += c;\nreturn total;",
    // Assigned something we do not know.
    "let s = 0n;\ns = Number(s) as unknown as bigint;\nreturn s;",
    // Assigned through a pattern.
    "let a = new Set();\n[a] = [[1, 2]] as unknown as [Set<number>];\nreturn a;",
    // `+=` on a Map concatenates a string.
    "let text = new Map();\ntext += 'x';\nreturn text;",
  ])("%s → nothing", (body) => {
    expect(returned(body)).toEqual([]);
  });
});
