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
    required: op.location.stagingFallback?.required,
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
    expect(ops.map((op) => [op.pattern, op.temp ?? null])).toEqual([
      ["/tmp/preds.npz", "`/tmp` is on the pod's own disk"],
      ["/tmp/a.json", "`os.tmpdir()` is the pod's own temporary directory"],
      ["/tmp/b.json", "`os.tmpdir()` is the pod's own temporary directory"],
      // A fresh name (made unique at run time) matches only itself.
      ["/tmp/run-{fresh:18:25}/c.json", "`mkdtemp()` makes its name on the pod's own disk"],
      ["/var/tmp/{*}", "`/var/tmp` is on the pod's own disk"],
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
    const reason = "`LEOFLOW_STAGING_DIR` falls back to `/tmp` (the pod's own disk) when unset";
    expect(ops.map((op) => [op.pattern, op.fallback ?? null, op.temp ?? null])).toEqual([
      ["${LEOFLOW_STAGING_DIR}/x.parquet", "LEOFLOW_STAGING_DIR", reason],
      ["${LEOFLOW_STAGING_DIR}/y.parquet", "LEOFLOW_STAGING_DIR", reason],
      ["${LEOFLOW_STAGING_DIR}/z.parquet", null, null],
    ]);
    // How TypeScript reads it without a fallback, for the rule's advice.
    expect(ops.map((op) => op.required ?? null)).toEqual([
      "process.env.LEOFLOW_STAGING_DIR",
      "process.env.LEOFLOW_STAGING_DIR",
      null,
    ]);
  });

  it("lists without reading; what it reads of a listing is a wildcard under the directory", () => {
    expect(
      storageOf(
        [
          `for (const name of readdirSync("/data/in")) unlinkSync(join("/data/in", name));`,
          `for (const name of readdirSync("/data/in")) readFileSync(join("/data/in", name));`,
          `for (const name of ["a"]) readFileSync(join("/data/x", name));`,
        ].join("\n"),
        `import { readdirSync, unlinkSync } from "node:fs";`,
      ).map((op) => `${op.access} ${op.pattern}`),
    ).toEqual(["read /data/in/{any}", "read /data/x/{*}"]);
  });

  it("does not record a write whose location is entirely unknown", () => {
    expect(storageOf(`writeFileSync(someParameter, "x");`, `declare const someParameter: string;`)).toEqual(
      [],
    );
  });

  it("a relative path or ~ is the pod's own disk too; a /tmp-looking name that is not the prefix is not", () => {
    expect(
      storageOf(
        `writeFileSync("out/preds.json", "x"); writeFileSync(join(os.homedir(), "cache.bin"), "x"); writeFileSync("/tmpfiles/x", "x");`,
      ).map((op) => [op.pattern, op.temp ?? null]),
    ).toEqual([
      ["out/preds.json", "a relative path is in the worker's working directory, on the pod's own disk"],
      ["~/cache.bin", "`~` is the home directory on the pod's own disk"],
      ["/tmpfiles/x", null],
    ]);
  });

  it("marks the staging volume named without a fallback (Leoflow's sanctioned shared filesystem)", () => {
    const model = analyzeTypeScript(
      `${HEADER}dag.task("t", async () => { writeFileSync(join(process.env.LEOFLOW_STAGING_DIR!, "x.parquet"), "x"); });`,
      "dag.ts",
    );
    expect(
      model.storage.map((op) => [op.location.pattern, op.location.staging, op.location.temp, op.dagId]),
    ).toEqual([["${LEOFLOW_STAGING_DIR}/x.parquet", { variable: "LEOFLOW_STAGING_DIR" }, undefined, "d"]]);
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

  it("attributes writes in helpers to the task, at the helper's write (called at the handler's call); module-level writes to no task", () => {
    const model = analyzeTypeScript(
      `${HEADER}
writeFileSync("/data/at-import.json", "x");
function save(data: string) { writeFileSync("/data/helper.json", data); }
function load() { return readFileSync("/data/other.json", "utf8"); }
dag.task("t", async () => { save("x");
  load(); });`,
      "dag.ts",
    );
    expect(
      model.storage.map((op) => [op.taskId, op.location.pattern, op.api, op.span.line, op.calledAt?.line]),
    ).toEqual([
      ["t", "/data/helper.json", "save() → writeFileSync", 14, 16],
      ["t", "/data/other.json", "load() → readFileSync", 17, undefined],
    ]);
  });

  it("records write-then-rename as reading the temporary name and writing the final one", () => {
    expect(
      storageOf(
        `await writeFile("/data/out.json.tmp", "x"); await rename("/data/out.json.tmp", "/data/out.json");`,
      ).map((op) => `${op.access} ${op.pattern}`),
    ).toEqual(["write /data/out.json.tmp", "read /data/out.json.tmp", "write /data/out.json"]);
  });

  it("names environment variables and Airflow Variables; TMPDIR is the pod's own temp", () => {
    const ops = storageOf(`
      writeFileSync(join(process.env.OUT_DIR!, "a.json"), "x");
      writeFileSync(\`\${process.env.TMPDIR}/b.json\`, "x");
      const bucket = await getClient().getVariable("artifact_bucket");
      await s3.send(new PutObjectCommand({ Bucket: bucket!, Key: "c.json" }));
    `);
    expect(ops.map((op) => [op.pattern, op.temp ?? null])).toEqual([
      ["${OUT_DIR}/a.json", null],
      ["${TMPDIR}/b.json", "`TMPDIR` names the pod's own temporary directory"],
      ["s3://${var.artifact_bucket}/c.json", null],
    ]);
  });
});

describe("team knowledge from the storage rules' options", () => {
  function storageWith(options: Record<string, Record<string, unknown>>, body: string, prelude = "") {
    const model = analyzeTypeScript(
      `${HEADER}import { saveArray, publish } from "@team/io";\n${prelude}\ndag.task("t", async () => {\n${body}\n});`,
      "dag.ts",
      options,
    );
    return model.storage.map(
      (op) => `${op.access} ${op.location.pattern}${op.location.temp ? " (temp)" : ""}`,
    );
  }

  it("reads a team's own write and read helpers: imports, local functions, methods, positions and option properties", () => {
    expect(
      storageWith(
        {
          "no-bespoke-transport": {
            writeApis: [
              { call: "@team/io.saveArray", path: 1 },
              { call: ".uploadArtifact", bucket: "bucket", key: "key" },
            ],
            readApis: [{ call: "loadLocal", path: "file" }],
          },
        },
        `saveArray(data, "/shared/arr.bin"); await store.uploadArtifact({ bucket: "ml", key: "m.bin" }); loadLocal({ file: "/shared/in.bin" });`,
        `declare const data: number[];\ndeclare const store: any;\nfunction loadLocal(o: { file: string }) { return o; }`,
      ),
    ).toEqual(["write /shared/arr.bin", "write s3://ml/m.bin", "read /shared/in.bin"]);
  });

  it("never treats a sanctioned helper as storage, nor follows into it", () => {
    const options = { "no-bespoke-transport": { sanctionedHelpers: ["@team/io.publish", "stash"] } };
    expect(
      storageWith(
        options,
        `publish("/shared/x.bin"); stash();`,
        `function stash() { writeFileSync("/shared/y.bin", "x"); }`,
      ),
    ).toEqual([]);
  });

  it("takes temp prefixes and the staging variable from no-tmp-staging", () => {
    const options = { "no-tmp-staging": { tempPrefixes: ["/scratch"], stagingVariable: "RUN_DIR" } };
    expect(
      storageWith(
        options,
        `writeFileSync("/scratch/a", "x"); writeFileSync("/tmp/b", "x"); writeFileSync(join(process.env.RUN_DIR ?? "/scratch", "c"), "x");`,
      ),
    ).toEqual(["write /scratch/a (temp)", "write /tmp/b", "write ${RUN_DIR}/c (temp)"]);
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
    expect(handedOn(`return { status: "done", region: "eu-west", count: 3 };`)).toEqual([]);
  });

  it("setXCom values name locations too", () => {
    expect(handedOn(`await getClient().setXCom({ key: "path", value: "/tmp/out.json" });`)).toEqual([
      "/tmp/out.json",
    ]);
  });
});
