/**
 * RuleTester suite for `dag-transport/no-bespoke-transport` in ESLint: TypeScript DAGs, and
 * Python DAGs through the plugin's `python` language.
 */
import tsParser from "@typescript-eslint/parser";
import { RuleTester } from "eslint";
import { describe, it } from "vitest";
import plugin from "../index.js";

RuleTester.describe = describe;
RuleTester.it = it;

const rule = plugin.rules["no-bespoke-transport"]!;
const HEADER = `import { Dag } from "apache-airflow-ts-sdk";
import { GetObjectCommand, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
const s3 = new S3Client({});
const dag = new Dag("d");
`;

new RuleTester({ languageOptions: { parser: tsParser } }).run(
  "no-bespoke-transport (TypeScript)",
  rule as never,
  {
    valid: [
      // A final sink no task of the DAG reads.
      `${HEADER}dag.task("a", async () => { await s3.send(new PutObjectCommand({ Bucket: "out", Key: "daily.json" })); });`,
      // Two tasks reading the same input nobody writes.
      `${HEADER}dag.task("a", async () => s3.send(new GetObjectCommand({ Bucket: "raw", Key: "in.csv" })));
dag.task("b", async () => s3.send(new GetObjectCommand({ Bucket: "raw", Key: "in.csv" })));`,
      // A temp handoff is no-tmp-staging's, not this rule's.
      `${HEADER}import { readFileSync, writeFileSync } from "node:fs";
dag.task("a", async () => { writeFileSync("/tmp/x", "1"); });
dag.task("b", async () => readFileSync("/tmp/x", "utf8"));`,
      // A team's sanctioned pass-by-reference helper (options).
      {
        code: `${HEADER}import { putReference } from "@team/xcom";
dag.task("a", async () => putReference("s3://refs/x.bin"));
dag.task("b", async () => s3.send(new GetObjectCommand({ Bucket: "refs", Key: "x.bin" })));`,
        options: [{ sanctionedHelpers: ["@team/xcom.putReference"] }],
      },
    ],
    invalid: [
      {
        code: `${HEADER}const put = dag.task("a", async () => {
  const key = \`preds/\${Date.now()}.json\`;
  await s3.send(new PutObjectCommand({ Bucket: "ml", Key: key, Body: "[]" }));
  return { key };
});
const get = dag.task("b", async ({ preds }: { preds: { key: string } }) => s3.send(new GetObjectCommand({ Bucket: "ml", Key: preds.key })));
get({ preds: put() });`,
        errors: [
          {
            messageId: "objectStore",
            line: 7,
            data: {
              api: "s3.send(PutObjectCommand)",
              location: "s3://ml/preds/{*}.json",
              more: "",
              consumer: "handed by XCom to task `b` at line 11",
            },
          },
        ],
      },
      {
        // A team's own write helper (options), read back by another task.
        code: `${HEADER}import { saveArray } from "@team/io";
import { readFileSync } from "node:fs";
dag.task("a", async () => { saveArray([1], "/shared/arr.bin"); });
dag.task("b", async () => readFileSync("/shared/arr.bin"));`,
        options: [{ writeApis: [{ call: "@team/io.saveArray", path: 1 }] }],
        errors: [{ messageId: "filesystem", line: 7 }],
      },
    ],
  },
);

new RuleTester({ plugins: { "dag-transport": plugin }, language: "dag-transport/python" }).run(
  "no-bespoke-transport (Python language)",
  rule as never,
  {
    valid: [
      {
        filename: "dag.py",
        code: `import boto3
from airflow.decorators import dag, task

@dag(schedule=None)
def sink():
    @task
    def publish():
        boto3.client("s3").put_object(Bucket="reports", Key="daily.json", Body=b"{}")
    publish()

sink()
`,
      },
    ],
    invalid: [
      {
        filename: "dag.py",
        code: `import boto3
from airflow.decorators import dag, task

@dag(schedule=None)
def handoff():
    @task
    def export():
        boto3.client("s3").put_object(Bucket="lake", Key="exports/latest.json", Body=b"{}")

    @task
    def load():
        return boto3.client("s3").get_object(Bucket="lake", Key="exports/latest.json")["ContentLength"]

    export() >> load()

handoff()
`,
        errors: [{ messageId: "objectStore", line: 8 }],
      },
    ],
  },
);
