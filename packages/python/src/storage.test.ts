import type { FrontendOptions } from "@dag-transport/core";
import { describe, expect, it } from "vitest";
import { analyzePython } from "./index.js";

/** A DAG with the given task bodies (each a list of lines), chained in order. */
function dag(tasks: Record<string, string[]>, header = ""): string {
  const bodies = Object.entries(tasks).map(
    ([name, lines]) =>
      `    @task\n    def ${name}(path=None):\n${lines.map((l) => `        ${l}`).join("\n")}\n`,
  );
  const chain = Object.keys(tasks)
    .map((name) => `${name}()`)
    .join(" >> ");
  return [
    "import os, tempfile, shutil, pickle, json",
    "from pathlib import Path",
    "import numpy as np",
    "import pandas as pd",
    "import boto3",
    "from airflow.decorators import dag, task",
    header,
    "@dag(schedule=None)",
    "def pipeline():",
    ...bodies,
    `    ${chain}`,
    "pipeline()",
    "",
  ].join("\n");
}

/** 1-based line of the first source line containing `text`. */
function lineOf(source: string, text: string): number {
  return source.split("\n").findIndex((line) => line.includes(text)) + 1;
}

/** "task access pattern [temp] [staging-fallback:VAR] [staging:VAR]" for each storage op. */
function ops(source: string, options: FrontendOptions = {}): string[] {
  const model = analyzePython(source, "dag.py", options);
  expect(model.diagnostics).toEqual([]);
  return model.storage.map((op) =>
    [
      op.taskId,
      op.access,
      op.location.pattern,
      ...(op.location.temp ? ["temp"] : []),
      ...(op.location.stagingFallback ? [`fallback:${op.location.stagingFallback.variable}`] : []),
      ...(op.location.staging ? [`staging:${op.location.staging.variable}`] : []),
      ...(op.location.medium === "object-store" ? ["object-store"] : []),
    ].join(" "),
  );
}

describe("storage facts: locations", () => {
  it("folds constants, f-strings and Jinja into templates with holes", () => {
    const source = dag(
      { a: ['np.save(f"{BASE}/{ds}.npy", x)', 'open("s3://b/{{ ds }}/x.json", "w")'] },
      'BASE = "s3://bucket/preds"\nds = None',
    );
    expect(ops(source)).toEqual([
      "a write s3://bucket/preds/{*}.npy object-store",
      "a write s3://b/{*}/x.json object-store",
    ]);
  });

  it("composes os.path.join, Path /, joinpath, + and format", () => {
    const source = dag({
      a: [
        'np.save(os.path.join("/data", "run", "x.npy"), v)',
        'np.save(os.path.join("/data", "/abs", "y.npy"), v)',
        'np.save(Path("/data") / "sub" / "z.npy", v)',
        'np.save(Path("/data").joinpath("w.npy"), v)',
        'np.save("/data/" + name + ".npy", v)',
        'np.save("{}/{}.npy".format("/data", "f"), v)',
        'np.save("%s/g.npy" % "/data", v)',
      ],
    });
    expect(ops(source)).toEqual([
      "a write /data/run/x.npy",
      "a write /abs/y.npy",
      "a write /data/sub/z.npy",
      "a write /data/w.npy",
      "a write /data/{*}.npy",
      "a write /data/f.npy",
      "a write /data/g.npy",
    ]);
  });

  it("joins bucket and key into a URI; a key that is a URI wins", () => {
    const source = dag(
      {
        a: [
          "s3 = boto3.client('s3')",
          's3.put_object(Bucket=BUCKET, Key="k/1.json", Body=b"")',
          's3.upload_file("/local.csv", BUCKET, "/k/2.csv")',
          'S3Hook().load_file("/local.csv", key="s3://other/k/3.csv")',
          'S3Hook().load_string("x", "k/4.txt")',
        ],
      },
      'BUCKET = "lake"\nfrom airflow.providers.amazon.aws.hooks.s3 import S3Hook',
    );
    expect(ops(source)).toEqual([
      "a write s3://lake/k/1.json object-store",
      "a read /local.csv",
      "a write s3://lake/k/2.csv object-store",
      "a read /local.csv",
      "a write s3://other/k/3.csv object-store",
      "a write s3://{*}/k/4.txt object-store",
    ]);
  });

  it("marks environment variables that fall back to /tmp as temp, naming the variable", () => {
    const source = dag({
      a: [
        'np.save(os.environ.get("LEOFLOW_STAGING_DIR", "/tmp") + "/a.npy", v)',
        'np.save(os.path.join(os.getenv("DATA_DIR", tempfile.gettempdir()), "b.npy"), v)',
        "np.save(f\"{os.environ.get('OUT') or '/var/tmp'}/c.npy\", v)",
        'np.save(os.environ["TMPDIR"] + "/d.npy", v)',
        'np.save(os.environ["DATA_DIR"] + "/e.npy", v)',
      ],
    });
    expect(ops(source)).toEqual([
      "a write ${LEOFLOW_STAGING_DIR}/a.npy temp fallback:LEOFLOW_STAGING_DIR",
      "a write ${DATA_DIR}/b.npy temp fallback:DATA_DIR",
      "a write ${OUT}/c.npy temp fallback:OUT",
      "a write ${TMPDIR}/d.npy temp",
      "a write ${DATA_DIR}/e.npy",
    ]);
  });

  it("marks the staging variable without a temp fallback as the staging volume", () => {
    const source = dag({
      a: [
        'np.save(os.environ["LEOFLOW_STAGING_DIR"] + "/a.npy", v)',
        'np.save(os.environ.get("LEOFLOW_STAGING_DIR", "/staging") + "/b.npy", v)',
      ],
    });
    expect(ops(source)).toEqual([
      "a write ${LEOFLOW_STAGING_DIR}/a.npy staging:LEOFLOW_STAGING_DIR",
      "a write ${LEOFLOW_STAGING_DIR}/b.npy staging:LEOFLOW_STAGING_DIR",
    ]);
  });

  it("makes fresh names for mkdtemp, mkstemp and NamedTemporaryFile, unless dir= puts them elsewhere", () => {
    const source = dag({
      a: [
        "d = tempfile.mkdtemp()",
        'np.save(os.path.join(d, "x.npy"), v)',
        '_, p = tempfile.mkstemp(suffix=".csv")',
        "frame.to_csv(p)",
        'with tempfile.NamedTemporaryFile(dir=os.environ["LEOFLOW_STAGING_DIR"], suffix=".part") as f:',
        "    f.write(b'')",
      ],
    });
    const mkdtemp = lineOf(source, "mkdtemp()");
    const mkstemp = lineOf(source, "mkstemp(");
    const named = lineOf(source, "NamedTemporaryFile(");
    expect(ops(source)).toEqual([
      `a write /tmp/{fresh:${mkdtemp}:13}/x.npy temp`,
      `a write /tmp/{fresh:${mkstemp}:16}.csv temp`,
      `a write \${LEOFLOW_STAGING_DIR}/{fresh:${named}:14}.part staging:LEOFLOW_STAGING_DIR`,
    ]);
  });

  it("treats relative paths and the home directory as pod-local, and an unknown root as unknown", () => {
    const source = dag({
      a: ['df.to_csv("download.csv")', 'df.to_csv("~/exports/x.csv")', 'df.to_csv(f"{root}/y.csv")'],
    });
    expect(ops(source)).toEqual([
      "a write download.csv temp",
      "a write ~/exports/x.csv temp",
      "a write {*}/y.csv",
    ]);
  });

  it("honours configured temp prefixes and staging variable", () => {
    const source = dag({
      a: [
        'np.save("/scratch/a.npy", v)',
        'np.save("/tmp/b.npy", v)',
        'np.save(os.environ["STAGE"] + "/c.npy", v)',
      ],
    });
    const options = { "no-tmp-staging": { tempPrefixes: ["/scratch/"], stagingVariable: "STAGE" } };
    expect(ops(source, options)).toEqual([
      "a write /scratch/a.npy temp",
      "a write /tmp/b.npy",
      "a write ${STAGE}/c.npy staging:STAGE",
    ]);
  });
});

describe("storage facts: APIs", () => {
  it("decides open() by its mode, and skips a mode it cannot read", () => {
    const source = dag({
      a: [
        'open("/d/a", "w")',
        'open("/d/b", "rb")',
        'open("/d/c", mode="a")',
        'open("/d/d")',
        'open("/d/e", m)',
      ],
    });
    expect(ops(source)).toEqual(["a write /d/a", "a read /d/b", "a write /d/c", "a read /d/d"]);
  });

  it("records writes through a handle once, at the open", () => {
    const source = dag({
      a: ['with open("/d/model.pkl", "wb") as f:', "    pickle.dump(model, f)", "    json.dump({}, f)"],
    });
    expect(ops(source)).toEqual(["a write /d/model.pkl"]);
  });

  it("knows path methods, frame writers, copies, listings and globs", () => {
    const source = dag({
      a: [
        'Path("/d/a.txt").write_text("x")',
        'Path("/d/b.bin").read_bytes()',
        'df.to_parquet("/d/c.parquet")',
        "df.to_csv()",
        'shutil.move("/d/src", "/d/dst")',
        'os.listdir("/d/dir")',
        'import glob\n        glob.glob("/d/parts/*.parquet")',
      ],
    });
    expect(ops(source)).toEqual([
      "a write /d/a.txt",
      "a read /d/b.bin",
      "a write /d/c.parquet",
      "a read /d/src",
      "a write /d/dst",
      "a read /d/dir",
      "a read /d/parts/{*}.parquet",
    ]);
  });

  it("follows boto3 resources, buckets and hook clients", () => {
    const source = dag(
      {
        a: [
          "s3 = boto3.resource('s3')",
          's3.Object("b1", "k1").put(Body=b"")',
          'bucket = s3.Bucket("b2")',
          'bucket.upload_file("/local", "k2")',
          'S3Hook().get_conn().get_object(Bucket="b3", Key="k3")',
        ],
      },
      "from airflow.providers.amazon.aws.hooks.s3 import S3Hook",
    );
    expect(ops(source)).toEqual([
      "a write s3://b1/k1 object-store",
      "a read /local",
      "a write s3://b2/k2 object-store",
      "a read s3://b3/k3 object-store",
    ]);
  });

  it("does not take a local function named like a builtin for storage", () => {
    const source = dag({ a: ['open("/d/x", "w")'] }, "def open(path, mode):\n    return None");
    expect(ops(source)).toEqual([]);
  });
});

describe("storage facts: helpers", () => {
  const helpers = [
    "def save(array, name):",
    '    np.save(f"/tmp/{name}.npy", array)',
    "def out_path(name):",
    '    return os.path.join("/tmp", name + ".csv")',
    "def forever(x):",
    "    return forever(x)",
  ].join("\n");

  it("carries a helper's writes to the call site, with its parameters bound", () => {
    const source = dag({ a: ['save(v, "preds")'] }, helpers);
    const model = analyzePython(source, "dag.py");
    expect(model.storage.map((op) => [op.api, op.location.pattern, op.span.line])).toEqual([
      ["save() → np.save", "/tmp/preds.npy", lineOf(source, 'save(v, "preds")')],
    ]);
  });

  it("follows a helper's return value, and survives recursion", () => {
    const source = dag({ a: ['df.to_csv(out_path("x"))', 'df.to_csv(forever("/tmp/y"))'] }, helpers);
    expect(ops(source)).toEqual(["a write /tmp/x.csv temp"]);
  });

  it("never looks into sanctioned helpers, local or imported", () => {
    const source = dag(
      { a: ['save(v, "preds")', 'put_ref(v, "/tmp/ref.npy")', 'np.save("/tmp/kept.npy", v)'] },
      `${helpers}\nfrom team_xcom import put_ref`,
    );
    const options = {
      "no-bespoke-transport": {
        sanctionedHelpers: ["save", "team_xcom.put_ref"],
        writeApis: [{ call: "team_xcom.put_ref", path: 1 }],
      },
    };
    expect(ops(source, options)).toEqual(["a write /tmp/kept.npy temp"]);
  });

  it("applies a team's configured write and read APIs from either storage rule", () => {
    const source = dag(
      {
        a: [
          'team_io.save_array(v, "/tmp/a.npy")',
          'artifacts.save_artifact(v, uri="s3://b/k")',
          'team_io.fetch("b2", "k2")',
        ],
      },
      "import team_io",
    );
    const options = {
      "no-bespoke-transport": { writeApis: [{ call: "team_io.save_array", path: 1 }] },
      "no-tmp-staging": {
        writeApis: [{ call: ".save_artifact", path: "uri" }],
        readApis: [{ call: "team_io.fetch", bucket: 0, key: 1, scheme: "gs" }],
      },
    };
    expect(ops(source, options)).toEqual([
      "a write /tmp/a.npy temp",
      "a write s3://b/k object-store",
      "a read gs://b2/k2 object-store",
    ]);
  });
});

describe("storage facts: what tasks hand on", () => {
  it("fills a handoff's locations with the paths it returns, also inside a dict, and nothing else", () => {
    const source = dag({
      a: ['raw = "/tmp/raw.parquet"', 'return {"raw": raw, "rows": 3, "status": "done"}'],
    });
    const model = analyzePython(source, "dag.py");
    expect(model.handoffs.map((h) => h.locations.map((l) => l.pattern))).toEqual([["/tmp/raw.parquet"]]);
  });

  it("resolves a consumer's parameter to what the producer handed on", () => {
    const source = [
      "import numpy as np",
      "from airflow.decorators import dag, task",
      "@dag(schedule=None)",
      "def d():",
      "    @task",
      "    def produce():",
      '        return {"preds": "/tmp/p.npy"}',
      "    @task",
      "    def consume(meta):",
      '        return np.load(meta["preds"])',
      "    consume(produce())",
      "d()",
    ].join("\n");
    expect(ops(source)).toEqual(["consume read /tmp/p.npy temp"]);
  });

  it("resolves xcom_pull in code to what the named task handed on", () => {
    const source = [
      "import numpy as np",
      "from airflow.decorators import dag, task",
      "@dag(schedule=None)",
      "def d():",
      "    @task",
      "    def produce():",
      '        return "/tmp/p.npy"',
      "    @task",
      "    def consume(ti=None):",
      '        return np.load(ti.xcom_pull(task_ids="produce"))',
      "    produce() >> consume()",
      "d()",
    ].join("\n");
    expect(ops(source)).toEqual(["consume read /tmp/p.npy temp"]);
  });
});
