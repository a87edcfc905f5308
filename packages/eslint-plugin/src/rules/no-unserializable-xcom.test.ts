/**
 * RuleTester suite for `dag-transport/no-unserializable-xcom` in ESLint: TypeScript without
 * type information, TypeScript with a real program (tsconfig + the real apache-airflow-ts-sdk
 * types), and Python through the plugin's `python` language.
 */
import path from "node:path";
import tsParser from "@typescript-eslint/parser";
import { RuleTester } from "eslint";
import { describe, it } from "vitest";
import plugin from "../index.js";

RuleTester.describe = describe;
RuleTester.it = it;

const rule = plugin.rules["no-unserializable-xcom"]!;
const TYPED_ROOT = path.resolve(import.meta.dirname, "../../test-fixtures/typed");

const SDK = `import { Dag, getClient } from "apache-airflow-ts-sdk";\nconst dag = new Dag("etl");\n`;

const untyped = new RuleTester({ languageOptions: { parser: tsParser } });

untyped.run("no-unserializable-xcom (TypeScript)", rule as never, {
  valid: [
    // Converted before it leaves the task.
    `${SDK}dag.task("a", async () => Object.fromEntries(new Map([["k", 1]])));`,
    `${SDK}dag.task("b", async () => Array.from(new Set([1, 2])));`,
    `${SDK}dag.task("c", async () => ({ at: new Date().toISOString() }));`,
    // Unknown kind is never a finding.
    `${SDK}import { fetchRows } from "./rows";\ndag.task("d", async () => fetchRows());`,
    // A Map used inside the task, JSON handed on.
    `${SDK}dag.task("e", async () => { const index = new Map<string, number>(); index.set("a", 1); return { size: index.size }; });`,
    // Not a DAG file: the same code without the SDK.
    `const dag = { task(id: string, fn: () => unknown) { return fn; } };\ndag.task("f", async () => new Map());`,
    // The value of a control-flow task (dag.if) is a decision, not data.
    `${SDK}const gate = dag.task("gate", async () => new Set([true]));\ndag.if(gate());`,
  ],
  invalid: [
    {
      code: `${SDK}dag.task("a", async () => new Map([["k", 1]]));`,
      errors: [
        {
          messageId: "unserializable",
          line: 3,
          column: 27,
          endColumn: 46,
          data: {
            expression: 'new Map([["k", 1]])',
            typeName: "Map",
            madeBy: "new Map(...)",
            line: 3,
            conversion: "Object.fromEntries(...)",
          },
        },
      ],
    },
    {
      code: `${SDK}dag.task("b", async () => {\n  await getClient().setXCom({ key: "ids", value: new Set([1]) });\n});`,
      errors: [{ messageId: "unserializable", line: 4, column: 50 }],
    },
    {
      code: `${SDK}import * as dfd from "danfojs-node";\ndag.task("c", async () => {\n  const df = await dfd.readCSV("in.csv");\n  return { top: df.head(5) };\n});`,
      errors: [
        {
          messageId: "unserializable",
          // The finding points at the element as written inside the returned literal.
          line: 6,
          column: 17,
          data: {
            expression: "df.head(5)",
            typeName: "danfo.js DataFrame",
            madeBy: "dfd.readCSV(...).head(...)",
            line: 6,
            conversion: 'dfd.toJSON(df, { format: "row" })',
          },
        },
      ],
    },
    {
      code: `${SDK}class Point { constructor(public x: number) {} }\ndag.task("d", async () => new Point(1));`,
      errors: [{ messageId: "unserializable", line: 4 }],
    },
    {
      // A suggestion, never an autofix: the element as written inside the literal.
      code: `${SDK}dag.task("e", async () => ({ when: new Date() }));`,
      output: null,
      errors: [
        {
          messageId: "unserializable",
          line: 3,
          suggestions: [
            {
              desc: "Convert with .toISOString() (the next task receives the ISO string)",
              output: `${SDK}dag.task("e", async () => ({ when: new Date().toISOString() }));`,
            },
          ],
        },
      ],
    },
    {
      // A Map declared to hold JSON under string keys.
      code: `${SDK}dag.task("g", async () => { const m = new Map<string, number>(); return m; });`,
      errors: [
        {
          messageId: "unserializable",
          suggestions: [
            {
              desc: "Convert with Object.fromEntries(…) (the next task receives a plain object)",
              output: `${SDK}dag.task("g", async () => { const m = new Map<string, number>(); return Object.fromEntries(m); });`,
            },
          ],
        },
      ],
    },
    {
      // What the Set holds is not declared: no suggestion.
      code: `${SDK}dag.task("h", async () => { const s = new Set(); return s; });`,
      errors: [{ messageId: "unserializable", suggestions: [] }],
    },
    {
      // Options: a registered serializer carries a kind; the others are still flagged.
      code: `${SDK}dag.task("f", async () => ({ a: new Map(), b: 10n }));`,
      options: [{ registeredSerializers: ["Map"] }],
      errors: [{ message: /^`10n` is a BigInt \(10n, line 3\)/, column: 47 }],
    },
  ],
});

const typed = new RuleTester({
  languageOptions: {
    parser: tsParser,
    parserOptions: {
      project: "./tsconfig.json",
      tsconfigRootDir: TYPED_ROOT,
      // With CI=true typescript-eslint assumes a one-shot lint and builds the program from the
      // files on disk once; RuleTester lints many in-memory versions of one file name.
      disallowAutomaticSingleRunInference: true,
    },
  },
});
const filename = path.join(TYPED_ROOT, "file.ts");
const TYPED_SDK = `import { Dag, type TaskHandlerArgs } from "apache-airflow-ts-sdk";\nimport { latestReport, loadCounts, loadIndex, parsed } from "./helpers.js";\nconst dag = new Dag("typed");\n`;

typed.run("no-unserializable-xcom (TypeScript, typed)", rule as never, {
  valid: [
    // JSON by type, wherever it came from.
    { filename, code: `${TYPED_SDK}dag.task("a", async () => loadCounts());` },
    { filename, code: `${TYPED_SDK}dag.task("b", async () => Object.fromEntries(loadIndex()));` },
    // `any` and `unknown` say nothing: never a finding.
    { filename, code: `${TYPED_SDK}dag.task("c", async () => parsed("{}"));` },
    {
      filename,
      code: `${TYPED_SDK}dag.task("d", async ({ client }: TaskHandlerArgs) => client.getXCom({ key: "return_value", taskId: "a" }));`,
    },
    {
      filename,
      code: `${TYPED_SDK}dag.task("e", async () => ({ rows: [1, 2], label: "x", ok: true, none: null }));`,
    },
  ],
  invalid: [
    {
      // From an imported function: only its type says it is a Map.
      filename,
      code: `${TYPED_SDK}dag.task("a", async () => loadIndex());`,
      errors: [
        {
          messageId: "unserializable",
          line: 4,
          data: {
            expression: "loadIndex()",
            typeName: "Map",
            madeBy: "declared type Map<string, number>",
            line: 4,
            conversion: "Object.fromEntries(...)",
          },
        },
      ],
    },
    {
      // Pulled from another task with a declared type, handed on again.
      filename,
      code: `${TYPED_SDK}async function relay({ client }: TaskHandlerArgs) {\n  const ids = await client.getXCom<Set<string>>({ key: "ids", taskId: "a" });\n  return ids;\n}\ndag.task("b", relay);`,
      errors: [{ line: 6, message: /^`ids` is a Set \(declared type Set<string>, line 6\)/ }],
    },
    {
      // Nested in a plain object, and a class instance from another module.
      filename,
      code: `${TYPED_SDK}dag.task("c", async () => ({ report: latestReport(), total: 1 }));`,
      errors: [
        { message: /^`latestReport\(\)` is a Report instance \(declared type Report, line 4\)/, column: 38 },
      ],
    },
    {
      filename,
      code: `${TYPED_SDK}function checksum(data: Buffer) { return data; }\ndag.task("d", async () => checksum(Buffer.alloc(1)));`,
      errors: [{ message: /^`checksum\(Buffer\.alloc\(1\)\)` is a Buffer \(declared type Buffer/ }],
    },
  ],
});

const python = new RuleTester({
  plugins: { "dag-transport": plugin },
  language: "dag-transport/python",
});

python.run("no-unserializable-xcom (Python language)", rule as never, {
  valid: [
    {
      filename: "dag.py",
      code: `from airflow.decorators import dag, task\n\n@dag(schedule=None)\ndef etl():\n    @task\n    def extract():\n        return {"rows": [1, 2]}\n    extract()\n\netl()\n`,
    },
    { filename: "not_a_dag.py", code: "import numpy as np\nvalues = np.zeros(3)\n" },
    {
      filename: "dag.py",
      code: `import numpy as np\nfrom airflow.decorators import dag, task\n\n@dag(schedule=None)\ndef etl():\n    @task\n    def extract():\n        return np.zeros(3).tolist()\n    extract()\n\netl()\n`,
    },
  ],
  invalid: [
    {
      filename: "dag.py",
      code: `import numpy as np\nfrom airflow.decorators import dag, task\n\n@dag(schedule=None)\ndef etl():\n    @task\n    def extract():\n        X_train = np.random.default_rng(42).normal(size=(100, 3))\n        return X_train\n    extract()\n\netl()\n`,
      errors: [
        {
          messageId: "unserializable",
          line: 9,
          column: 16,
          data: {
            expression: "X_train",
            typeName: "numpy ndarray",
            madeBy: "np.random.default_rng(...).normal",
            line: 8,
            conversion: ".tolist()",
            airflowVersion: "3",
          },
          suggestions: [
            {
              desc: "Convert with .tolist() (the next task receives a list)",
              output: `import numpy as np\nfrom airflow.decorators import dag, task\n\n@dag(schedule=None)\ndef etl():\n    @task\n    def extract():\n        X_train = np.random.default_rng(42).normal(size=(100, 3))\n        return X_train.tolist()\n    extract()\n\netl()\n`,
            },
          ],
        },
      ],
    },
    {
      // Options reach the python language's rule too: before Airflow 2.6, numpy scalars fail.
      filename: "dag.py",
      code: `import numpy as np\nfrom airflow.decorators import dag, task\n\n@dag(schedule=None)\ndef etl():\n    @task\n    def mean():\n        return np.zeros(3).mean()\n    mean()\n\netl()\n`,
      options: [{ airflowVersion: "2.5" }],
      errors: [
        {
          messageId: "numpyScalar",
          line: 8,
          suggestions: [
            {
              desc: "Convert with .item() (the next task receives a Python number)",
              output: `import numpy as np\nfrom airflow.decorators import dag, task\n\n@dag(schedule=None)\ndef etl():\n    @task\n    def mean():\n        return np.zeros(3).mean().item()\n    mean()\n\netl()\n`,
            },
          ],
        },
      ],
    },
  ],
});
