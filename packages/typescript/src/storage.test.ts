import { describe, expect, it } from "vitest";
import { analyzeTypeScript } from "./index.js";

const HEADER = `import { Dag, getClient } from "apache-airflow-ts-sdk";
import fs, { writeFileSync, readFileSync, createWriteStream, mkdtempSync } from "node:fs";
import { writeFile, readFile, mkdtemp, rename } from "fs/promises";
import path, { join } from "node:path";
import os, { tmpdir } from "node:os";
import { S3Client, PutObjectCommand, GetObjectCommand } from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import { Storage } from "@google-cloud/storage";
const dag = new Dag("d");
const s3 = new S3Client({});
const BUCKET = "ml-artifacts";
`;

function storageOf(body: string, prelude = "") {
  const model = analyzeTypeScript(
    `${HEADER}${prelude}\ndag.task("t", async ({ runId }: { runId: string }) => {\n${body}\n});`,
    "dag.ts",
  );
  return model.storage.map((op) => ({
    access: op.access,
    pattern: op.location.pattern,
    medium: op.location.medium,
    temp: op.location.temp?.reason,
    fallback: op.location.stagingFallback?.variable,
  }));
}

describe("storage operations", () => {
  it("reads and writes through node:fs, fs/promises and fs.promises", () => {
    expect(
      storageOf(`
        writeFileSync("/data/out.json", "x");
        await writeFile("/data/a.json", "x");
        await fs.promises.appendFile("/data/log.txt", "x");
        createWriteStream("/data/s.csv");
        readFileSync("/data/in.json", "utf8");
        await readFile("/data/b.json");
        fs.copyFileSync("/data/src", "/data/dst");
      `).map((op) => `${op.access} ${op.pattern}`),
    ).toEqual([
      "write /data/out.json",
      "write /data/a.json",
      "write /data/log.txt",
      "write /data/s.csv",
      "read /data/in.json",
      "read /data/b.json",
      "read /data/src",
      "write /data/dst",
    ]);
  });

  it("folds constants, templates, concatenation and path.join; run-time parts become holes", () => {
    expect(
      storageOf(
        `
        writeFileSync(join(OUT, "preds", \`\${runId}.json\`), "x");
        writeFileSync(OUT + "/" + runId + ".csv", "x");
        writeFileSync(path.join(OUT, "./a//b.txt"), "x");
      `,
        `const OUT = "/data/out";`,
      ).map((op) => op.pattern),
    ).toEqual(["/data/out/preds/{*}.json", "/data/out/{*}.csv", "/data/out/a/b.txt"]);
  });

  it("knows pod-local temp: /tmp literals, os.tmpdir(), mkdtemp under tmpdir", () => {
    const ops = storageOf(`
      writeFileSync("/tmp/preds.npz", "x");
      writeFileSync(join(tmpdir(), "a.json"), "x");
      writeFileSync(join(os.tmpdir(), "b.json"), "x");
      const dir = await mkdtemp(join(tmpdir(), "run-"));
      writeFileSync(join(dir, "c.json"), "x");
      writeFileSync(\`/var/tmp/\${runId}\`, "x");
    `);
    expect(ops.map((op) => [op.pattern, op.temp !== undefined])).toEqual([
      ["/tmp/preds.npz", true],
      ["/tmp/a.json", true],
      ["/tmp/b.json", true],
      ["/tmp/run-{*}/c.json", true],
      ["/var/tmp/{*}", true],
    ]);
  });

  it("remembers a staging variable that falls back to /tmp (?? and ||)", () => {
    const ops = storageOf(
      `
      writeFileSync(join(STAGING, "x.parquet"), "x");
      writeFileSync(join(process.env.LEOFLOW_STAGING_DIR || tmpdir(), "y.parquet"), "x");
      writeFileSync(join(SAFE, "z.parquet"), "x");
    `,
      `const STAGING = process.env.LEOFLOW_STAGING_DIR ?? "/tmp";\nconst SAFE = process.env.LEOFLOW_STAGING_DIR!;`,
    );
    expect(ops.map((op) => [op.pattern, op.fallback ?? null, op.temp ?? null])).toEqual([
      ["{*}/x.parquet", "LEOFLOW_STAGING_DIR", "LEOFLOW_STAGING_DIR falls back to /tmp when unset"],
      ["{*}/y.parquet", "LEOFLOW_STAGING_DIR", "LEOFLOW_STAGING_DIR falls back to /tmp when unset"],
      ["{*}/z.parquet", null, null],
    ]);
  });

  it("does not record a write whose location is entirely unknown", () => {
    expect(storageOf(`writeFileSync(someParameter, "x");`, `declare const someParameter: string;`)).toEqual(
      [],
    );
  });

  it("does not mistake a relative directory for temp, nor a /tmp-looking string that is not a path prefix", () => {
    expect(
      storageOf(`writeFileSync("tmp/out.json", "x"); writeFileSync("/tmpfiles/x", "x");`).map(
        (op) => op.temp ?? null,
      ),
    ).toEqual([null, null]);
  });

  it("reads S3 commands sent through a client, also with the command in a constant", () => {
    const ops = storageOf(`
      await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: \`preds/\${runId}.json\`, Body: "x" }));
      const get = new GetObjectCommand({ Bucket: "raw", Key: "in/data.csv" });
      await s3.send(get);
    `);
    expect(ops).toEqual([
      {
        access: "write",
        pattern: "s3://ml-artifacts/preds/{*}.json",
        medium: "object-store",
        temp: undefined,
        fallback: undefined,
      },
      {
        access: "read",
        pattern: "s3://raw/in/data.csv",
        medium: "object-store",
        temp: undefined,
        fallback: undefined,
      },
    ]);
  });

  it("reads lib-storage uploads and Google Cloud Storage files", () => {
    const ops = storageOf(
      `
      await new Upload({ client: s3, params: { Bucket: BUCKET, Key: "big/file.bin", Body: "x" } }).done();
      await gcs.bucket("lake").file(\`runs/\${runId}/out.json\`).save("x");
      const bucket = gcs.bucket("lake");
      await bucket.file("runs/in.json").download();
      await bucket.upload("/data/local.csv", { destination: "up/local.csv" });
    `,
      `const gcs = new Storage();`,
    );
    expect(ops.map((op) => `${op.access} ${op.pattern}`)).toEqual([
      "write s3://ml-artifacts/big/file.bin",
      "write gs://lake/runs/{*}/out.json",
      "read gs://lake/runs/in.json",
      "write gs://lake/up/local.csv",
    ]);
  });

  it("attributes writes in helpers the handler calls to the task, and module-level writes to none", () => {
    const model = analyzeTypeScript(
      `${HEADER}
writeFileSync("/data/at-import.json", "x");
function save(data: string) { writeFileSync("/data/helper.json", data); }
dag.task("t", async () => { save("x"); });`,
      "dag.ts",
    );
    expect(model.storage.map((op) => [op.taskId, op.location.pattern])).toEqual([["t", "/data/helper.json"]]);
  });

  it("records write-then-rename as a write of the final name", () => {
    expect(
      storageOf(
        `await writeFile("/data/out.json.tmp", "x"); await rename("/data/out.json.tmp", "/data/out.json");`,
      ).map((op) => `${op.access} ${op.pattern}`),
    ).toEqual(["write /data/out.json.tmp", "write /data/out.json"]);
  });
});

describe("locations handed on by XCom", () => {
  function handedOn(body: string, prelude = "") {
    const model = analyzeTypeScript(
      `${HEADER}${prelude}\ndag.task("t", async ({ runId }: { runId: string }) => {\n${body}\n});`,
      "dag.ts",
    );
    return model.handoffs.flatMap((h) => h.locations.map((l) => l.pattern));
  }

  it("a returned path or URI is a location; so is a variable the task wrote to", () => {
    expect(
      handedOn(`const out = join(tmpdir(), "p.json"); writeFileSync(out, "x"); return { out };`),
    ).toEqual(["/tmp/p.json"]);
    expect(
      handedOn(
        `const key = \`preds/\${runId}.json\`; await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: key })); return { key };`,
      ),
    ).toEqual(["s3://ml-artifacts/preds/{*}.json"]);
    expect(handedOn(`return "s3://bucket/x.parquet";`)).toEqual(["s3://bucket/x.parquet"]);
  });

  it("ordinary strings are not locations", () => {
    expect(handedOn(`return { status: "done", region: "eu/west", count: 3 };`)).toEqual([]);
  });

  it("setXCom values name locations too", () => {
    expect(handedOn(`await getClient().setXCom({ key: "path", value: "/tmp/out.json" });`)).toEqual([
      "/tmp/out.json",
    ]);
  });
});
