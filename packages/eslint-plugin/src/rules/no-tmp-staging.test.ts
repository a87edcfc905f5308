/**
 * RuleTester suite for `dag-transport/no-tmp-staging` in ESLint: TypeScript DAGs, and Python
 * DAGs through the plugin's `python` language.
 */
import tsParser from "@typescript-eslint/parser";
import { RuleTester } from "eslint";
import { describe, it } from "vitest";
import plugin from "../index.js";

RuleTester.describe = describe;
RuleTester.it = it;

const rule = plugin.rules["no-tmp-staging"]!;
const HEADER = `import { Dag } from "apache-airflow-ts-sdk";
import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
const dag = new Dag("d");
`;

new RuleTester({ languageOptions: { parser: tsParser } }).run("no-tmp-staging (TypeScript)", rule as never, {
  valid: [
    // Scratch inside one task.
    `${HEADER}dag.task("a", async () => { writeFileSync("/tmp/x", "1"); return readFileSync("/tmp/x", "utf8"); });`,
    // Written, never read by another task.
    `${HEADER}dag.task("a", async () => { writeFileSync(join(tmpdir(), "log.txt"), "1"); });`,
    // The staging volume without a fallback.
    `${HEADER}const S = process.env.LEOFLOW_STAGING_DIR!;
dag.task("a", async () => { writeFileSync(join(S, "x"), "1"); });
dag.task("b", async () => readFileSync(join(S, "x"), "utf8"));`,
    // Not a DAG file.
    `import { readFileSync, writeFileSync } from "node:fs";
export const a = () => writeFileSync("/tmp/x", "1");
export const b = () => readFileSync("/tmp/x", "utf8");`,
  ],
  invalid: [
    {
      code: `${HEADER}dag.task("a", async () => { writeFileSync("/tmp/preds.json", "[]"); });
dag.task("b", async () => JSON.parse(readFileSync("/tmp/preds.json", "utf8")));`,
      errors: [
        {
          messageId: "tmp",
          line: 6,
          column: 29,
          data: {
            api: "writeFileSync",
            location: "/tmp/preds.json",
            more: "",
            consumer: "read by task `b` at line 7",
            reason: "`/tmp` is on the pod's own disk",
          },
        },
      ],
    },
    {
      code: `${HEADER}const STAGING = process.env.LEOFLOW_STAGING_DIR ?? "/tmp";
const write = dag.task("a", async () => { const out = join(STAGING, "x.json"); writeFileSync(out, "{}"); return out; });
const read = dag.task("b", async ({ path }: { path: string }) => readFileSync(path, "utf8"));
read({ path: write() });`,
      errors: [{ messageId: "stagingFallback", line: 7 }],
    },
    {
      // Options: a team's own temp prefix.
      code: `${HEADER}dag.task("a", async () => { writeFileSync("/scratch/x", "1"); });
dag.task("b", async () => readFileSync("/scratch/x", "utf8"));`,
      options: [{ tempPrefixes: ["/scratch"] }],
      errors: [{ messageId: "tmp", line: 6 }],
    },
  ],
});

new RuleTester({ plugins: { "dag-transport": plugin }, language: "dag-transport/python" }).run(
  "no-tmp-staging (Python language)",
  rule as never,
  {
    valid: [
      {
        filename: "dag.py",
        code: `import numpy as np
from airflow.decorators import dag, task

@dag(schedule=None)
def scratch():
    @task
    def only():
        np.save("/tmp/x.npy", np.zeros(3))
        return np.load("/tmp/x.npy").tolist()
    only()

scratch()
`,
      },
    ],
    invalid: [
      {
        filename: "dag.py",
        code: `import numpy as np
from airflow.decorators import dag, task

@dag(schedule=None)
def cohort():
    @task
    def predict():
        np.savez("/tmp/preds.npz", scores=np.zeros(3))

    @task
    def select_cohort():
        return np.load("/tmp/preds.npz")["scores"].tolist()

    predict() >> select_cohort()

cohort()
`,
        errors: [{ messageId: "tmp", line: 8, column: 9 }],
      },
    ],
  },
);
