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
      ...(op.location.mount ? [`mount:${op.location.mount.scheme}:${op.location.mount.key}`] : []),
    ].join(" "),
  );
}

/** Helper functions defined in the DAG file, for the helper cases. */
const HELPERS = [
  "def save(array, name):",
  '    np.save(f"/tmp/{name}.npy", array)',
  "def out_path(name):",
  '    return os.path.join("/tmp", name + ".csv")',
  "def forever(x):",
  "    return forever(x)",
].join("\n");

interface Case {
  name: string;
  /** Task bodies, as for `dag`. */
  tasks: Record<string, string[]>;
  /** Module code before the DAG (imports, constants, helpers). */
  header?: string;
  options?: FrontendOptions;
  /** The storage ops, as `ops` prints them (a function of the source when lines matter). */
  expected: string[] | ((source: string) => string[]);
}

/** Each case: a DAG's task bodies, and the storage facts the frontend must find in them. */
const CASES: Case[] = [
  {
    name: "lists with iterdir without reading, and reads each listed path it reads",
    tasks: {
      a: [
        'base = Path("/data/in")',
        "names = [f.name for f in base.iterdir()]",
        "for f in base.iterdir():",
        "    f.read_text()",
      ],
    },
    expected: ["a read /data/in/{any}"],
  },
  {
    name: "listing and deleting read nothing; what a comprehension reads of a glob is a wildcard",
    tasks: {
      a: [
        'for name in os.listdir("/d/work"):',
        '    os.unlink(os.path.join("/d/work", name))',
        'for entry in os.scandir("/d/work"):',
        "    os.remove(entry.path)",
        'shutil.rmtree("/d/work")',
        'frames = [pd.read_csv(p) for p in glob.glob("/d/parts/*.csv")]',
        'texts = {n: open(os.path.join("/d/in", n)).read() for n in os.listdir("/d/in")}',
      ],
    },
    header: "import glob",
    expected: ["a read /d/parts/{any}.csv", "a read /d/in/{any}"],
  },
  {
    name: "a loop over a list literal of one place reads it (`paths = [paths]`); of different places, each; with one unknown, nothing",
    tasks: {
      a: [
        'def read_all(paths="/d/one.csv"):',
        "    if isinstance(paths, str):",
        "        paths = [paths]",
        "    for p in paths:",
        "        pd.read_csv(p)",
        "read_all()",
        'for q in ["/d/two.csv", "/d/two.csv"]:',
        "    pd.read_csv(q)",
        'for r in ["/d/three.csv", "/d/four.csv"]:',
        "    pd.read_csv(r)",
        'several = ["/d/five.csv", path]',
        "for s in several:",
        "    pd.read_csv(s)",
      ],
    },
    expected: ["a read /d/one.csv", "a read /d/two.csv", "a read /d/three.csv", "a read /d/four.csv"],
  },
  {
    name: "takes a relative file:// location for the working directory, an absolute one for itself",
    tasks: {
      a: [
        'ObjectStoragePath("file://include/x.csv").write_text("x")',
        'ObjectStoragePath("file:///shared/y.csv").write_text("x")',
        '(ObjectStoragePath("file://") / "z.csv").write_text("x")',
      ],
    },
    header: "from airflow.io.path import ObjectStoragePath",
    expected: [
      "a write file://include/x.csv temp",
      "a write file:///shared/y.csv",
      "a write file://z.csv temp",
    ],
  },
  {
    name: "folds constants, f-strings and Jinja into templates with holes",
    tasks: { a: ['np.save(f"{BASE}/{ds}.npy", x)', 'open("s3://b/{{ ds }}/x.json", "w")'] },
    header: 'BASE = "s3://bucket/preds"\nds = None',
    expected: ["a write s3://bucket/preds/{*}.npy object-store", "a write s3://b/{*}/x.json object-store"],
  },
  {
    name: "composes os.path.join, Path /, joinpath, + and format",
    tasks: {
      a: [
        'np.save(os.path.join("/data", "run", "x.npy"), v)',
        'np.save(os.path.join("/data", "/abs", "y.npy"), v)',
        'np.save(Path("/data") / "sub" / "z.npy", v)',
        'np.save(Path("/data").joinpath("w.npy"), v)',
        'np.save("/data/" + name + ".npy", v)',
        'np.save("{}/{}.npy".format("/data", "f"), v)',
        'np.save("%s/g.npy" % "/data", v)',
      ],
    },
    expected: [
      "a write /data/run/x.npy",
      "a write /abs/y.npy",
      "a write /data/sub/z.npy",
      "a write /data/w.npy",
      "a write /data/{*}.npy",
      "a write /data/f.npy",
      "a write /data/g.npy",
    ],
  },
  {
    name: "joins a relative part without its leading ./ on a disk, keeps it in an object key",
    tasks: {
      a: [
        'np.save(Path("/data").joinpath("./w.npy"), v)',
        'np.save(Path("/data") / "././sub" / "x.npy", v)',
        'np.save(os.path.join("/data", ".", "y.npy"), v)',
        'np.save(os.path.join("s3://b/k", "./v.npy"), v)',
      ],
    },
    expected: [
      "a write /data/w.npy",
      "a write /data/sub/x.npy",
      "a write /data/y.npy",
      "a write s3://b/k/./v.npy object-store",
    ],
  },
  {
    name: "replaces literal text of a path string (str.replace) and a path object's suffix (with_suffix)",
    tasks: {
      a: [
        'src = "/data/trips_2021.csv"',
        'np.save(src.replace(".csv", ".npy"), v)',
        'np.save(str(Path(src).with_suffix(".bin")), v)',
        'np.save(Path(f"/data/{name}").with_suffix(".out"), v)',
        'np.save(Path("/data/.env").with_suffix(".npy"), v)',
      ],
      // Literal text is replaced where it is; a run-time part stays unknown either way.
      b: [
        'np.save(f"/data/{name}".replace("a", "b"), v)',
        'np.save("/tmp/x.npy".replace("/tmp", "/mnt"), v)',
      ],
      // Unknown: the text is in no literal part (the unknown part may hold it); the first part of a
      // place whose root is a temp directory changes.
      c: [
        'np.save(f"/data/{name}".replace(".csv", ".npy"), v)',
        'np.save(os.path.join(tempfile.gettempdir(), "x.npy").replace("x", "y"), v)',
      ],
    },
    expected: [
      "a write /data/trips_2021.npy",
      "a write /data/trips_2021.bin",
      "a write /data/{*}.out",
      "a write /data/.env.npy",
      "b write /dbtb/{*}",
      "b write /mnt/x.npy",
    ],
  },
  {
    name: "joins bucket and key into a URI; a key that is a URI wins",
    tasks: {
      a: [
        "s3 = boto3.client('s3')",
        's3.put_object(Bucket=BUCKET, Key="k/1.json", Body=b"")',
        's3.upload_file("/local.csv", BUCKET, "/k/2.csv")',
        'S3Hook().load_file("/local.csv", key="s3://other/k/3.csv")',
        'S3Hook().load_string("x", "k/4.txt")',
      ],
    },
    header: 'BUCKET = "lake"\nfrom airflow.providers.amazon.aws.hooks.s3 import S3Hook',
    expected: [
      "a write s3://lake/k/1.json object-store",
      "a read /local.csv",
      "a write s3://lake/k/2.csv object-store",
      "a read /local.csv",
      "a write s3://other/k/3.csv object-store",
      "a write s3://{*}/k/4.txt object-store",
    ],
  },
  {
    name: "marks environment variables that fall back to /tmp as temp, naming the variable",
    tasks: {
      a: [
        'np.save(os.environ.get("LEOFLOW_STAGING_DIR", "/tmp") + "/a.npy", v)',
        'np.save(os.path.join(os.getenv("DATA_DIR", tempfile.gettempdir()), "b.npy"), v)',
        "np.save(f\"{os.environ.get('OUT') or '/var/tmp'}/c.npy\", v)",
        'np.save(os.environ["TMPDIR"] + "/d.npy", v)',
        'np.save(os.environ["DATA_DIR"] + "/e.npy", v)',
      ],
    },
    expected: [
      "a write ${LEOFLOW_STAGING_DIR}/a.npy temp fallback:LEOFLOW_STAGING_DIR",
      "a write ${DATA_DIR}/b.npy temp fallback:DATA_DIR",
      "a write ${OUT}/c.npy temp fallback:OUT",
      "a write ${TMPDIR}/d.npy temp",
      "a write ${DATA_DIR}/e.npy",
    ],
  },
  {
    name: "marks the staging variable without a temp fallback as the staging volume",
    tasks: {
      a: [
        'np.save(os.environ["LEOFLOW_STAGING_DIR"] + "/a.npy", v)',
        'np.save(os.environ.get("LEOFLOW_STAGING_DIR", "/staging") + "/b.npy", v)',
      ],
    },
    expected: [
      "a write ${LEOFLOW_STAGING_DIR}/a.npy staging:LEOFLOW_STAGING_DIR",
      "a write ${LEOFLOW_STAGING_DIR}/b.npy staging:LEOFLOW_STAGING_DIR",
    ],
  },
  {
    name: "treats relative paths and the home directory as pod-local, and an unknown root as unknown",
    tasks: {
      a: ['df.to_csv("download.csv")', 'df.to_csv("~/exports/x.csv")', 'df.to_csv(f"{root}/y.csv")'],
    },
    expected: ["a write download.csv temp", "a write ~/exports/x.csv temp", "a write {*}/y.csv"],
  },
  {
    name: "honours configured temp prefixes and staging variable",
    tasks: {
      a: [
        'np.save("/scratch/a.npy", v)',
        'np.save("/tmp/b.npy", v)',
        'np.save(os.environ["STAGE"] + "/c.npy", v)',
      ],
    },
    options: { "no-tmp-staging": { tempPrefixes: ["/scratch/"], stagingVariable: "STAGE" } },
    expected: ["a write /scratch/a.npy temp", "a write /tmp/b.npy", "a write ${STAGE}/c.npy staging:STAGE"],
  },
  {
    name: "decides open() by its mode, and skips a mode it cannot read",
    tasks: {
      a: [
        'open("/d/a", "w")',
        'open("/d/b", "rb")',
        'open("/d/c", mode="a")',
        'open("/d/d")',
        'open("/d/e", m)',
      ],
    },
    expected: ["a write /d/a", "a read /d/b", "a write /d/c", "a read /d/d"],
  },
  {
    name: "records writes through a handle once, at the open",
    tasks: {
      a: ['with open("/d/model.pkl", "wb") as f:', "    pickle.dump(model, f)", "    json.dump({}, f)"],
    },
    expected: ["a write /d/model.pkl"],
  },
  {
    name: "knows path methods, frame writers and copies; listings and globs read nothing",
    tasks: {
      a: [
        'Path("/d/a.txt").write_text("x")',
        'Path("/d/b.bin").read_bytes()',
        'df.to_parquet("/d/c.parquet")',
        "df.to_csv()",
        'shutil.move("/d/src", "/d/dst")',
        'os.listdir("/d/dir")',
        'import glob\n        glob.glob("/d/parts/*.parquet")',
      ],
    },
    expected: [
      "a write /d/a.txt",
      "a read /d/b.bin",
      "a write /d/c.parquet",
      "a read /d/src",
      "a write /d/dst",
    ],
  },
  {
    name: "follows boto3 resources, buckets and hook clients",
    tasks: {
      a: [
        "s3 = boto3.resource('s3')",
        's3.Object("b1", "k1").put(Body=b"")',
        'bucket = s3.Bucket("b2")',
        'bucket.upload_file("/local", "k2")',
        'S3Hook().get_conn().get_object(Bucket="b3", Key="k3")',
      ],
    },
    header: "from airflow.providers.amazon.aws.hooks.s3 import S3Hook",
    expected: [
      "a write s3://b1/k1 object-store",
      "a read /local",
      "a write s3://b2/k2 object-store",
      "a read s3://b3/k3 object-store",
    ],
  },
  {
    name: "does not take a local function named like a builtin for storage",
    tasks: { a: ['open("/d/x", "w")'] },
    header: "def open(path, mode):\n    return None",
    expected: [],
  },
  {
    name: "decides copy_expert by the SQL's direction, and skips a direction it cannot read",
    tasks: {
      a: [
        "hook = PostgresHook()",
        'hook.copy_expert("COPY t TO STDOUT WITH CSV", "/d/out.csv")',
        'hook.copy_expert(f"COPY {table} FROM STDIN", "/d/in.csv")',
        'hook.copy_expert(sql, "/d/unknown.csv")',
        'MySqlHook().bulk_dump("t", "/d/dump.tsv")',
      ],
    },
    header:
      "from airflow.providers.postgres.hooks.postgres import PostgresHook\nfrom airflow.providers.mysql.hooks.mysql import MySqlHook",
    expected: ["a write /d/out.csv", "a read /d/in.csv", "a write mysql://{*}/d/dump.tsv"],
  },
  {
    name: "makes S3Hook.download_file a fresh temp file it returns, under local_path when given",
    tasks: {
      a: [
        "hook = S3Hook()",
        'p = hook.download_file("k.csv", "b")',
        "np.load(p)",
        'hook.download_file(key="k2", bucket_name="b", local_path="/data")',
      ],
    },
    header: "from airflow.providers.amazon.aws.hooks.s3 import S3Hook",
    expected: (source) => {
      const line = lineOf(source, 'p = hook.download_file("k.csv"');
      const second = lineOf(source, 'hook.download_file(key="k2"');
      return [
        "a read s3://b/k.csv object-store",
        `a write /tmp/{fresh:${line}:13} temp`,
        `a read /tmp/{fresh:${line}:13} temp`,
        "a read s3://b/k2 object-store",
        `a write /data/{fresh:${second}:9}`,
      ];
    },
  },
  {
    name: "names remote servers by connection, and follows clients made by helpers and transitions",
    tasks: {
      a: [
        'SFTPHook(ssh_conn_id="vendor").retrieve_file("in/a.edi", "/d/a.edi")',
        'client = SSHHook("gadi").get_conn()',
        "with client.open_sftp() as sftp:",
        '    sftp.put("/d/b.csv", "upload/b.csv")',
        'minio().fget_object("lake", "raw/c.json", "/d/c.json")',
        'storage.Client().bucket("g").blob("x/d.txt").upload_from_filename("/d/d.txt")',
      ],
    },
    header: [
      "from airflow.providers.sftp.hooks.sftp import SFTPHook",
      "from airflow.providers.ssh.hooks.ssh import SSHHook",
      "from minio import Minio",
      "from google.cloud import storage",
      "def minio():",
      '    return Minio("minio:9000")',
    ].join("\n"),
    expected: [
      "a read sftp://vendor/in/a.edi",
      "a write /d/a.edi",
      "a read /d/b.csv",
      "a write sftp://gadi/upload/b.csv",
      "a read s3://lake/raw/c.json object-store",
      "a write /d/c.json",
      "a read /d/d.txt",
      "a write gs://g/x/d.txt object-store",
    ],
  },
  {
    name: "reads the files a DuckDB query names, keeping the staging variable of a field",
    tasks: {
      a: [
        'out = os.environ["LEOFLOW_STAGING_DIR"] + "/agg.parquet"',
        "con = duckdb.connect()",
        "con.execute(f\"COPY (SELECT * FROM read_parquet('/d/raw/*.parquet')) TO '{out}' (FORMAT parquet)\")",
      ],
    },
    header: "import duckdb",
    expected: [
      "a read /d/raw/{any}.parquet",
      "a write ${LEOFLOW_STAGING_DIR}/agg.parquet staging:LEOFLOW_STAGING_DIR",
    ],
  },
  {
    name: "resolves a callable's parameters from the operator's op_kwargs and op_args",
    tasks: {},
    header: [
      "from airflow.operators.python import PythonOperator",
      "def fetch(url, output_path):",
      "    urllib.request.urlretrieve(url, output_path)",
      "import urllib.request",
      'PythonOperator(task_id="kw", python_callable=fetch, op_kwargs={"url": "u", "output_path": "/d/kw.gz"})',
      'PythonOperator(task_id="args", python_callable=fetch, op_args=["u", "/d/args.gz"])',
    ].join("\n"),
    expected: ["kw write /d/kw.gz", "args write /d/args.gz"],
  },
  {
    name: "never looks into sanctioned helpers, local or imported",
    tasks: { a: ['save(v, "preds")', 'put_ref(v, "/tmp/ref.npy")', 'np.save("/tmp/kept.npy", v)'] },
    header: `${HELPERS}\nfrom team_xcom import put_ref`,
    options: {
      "no-bespoke-transport": {
        sanctionedHelpers: ["save", "team_xcom.put_ref"],
        writeApis: [{ call: "team_xcom.put_ref", path: 1 }],
      },
    },
    expected: ["a write /tmp/kept.npy temp"],
  },
  {
    name: "applies a team's configured write and read APIs from either storage rule",
    tasks: {
      a: [
        'team_io.save_array(v, "/tmp/a.npy")',
        'artifacts.save_artifact(v, uri="s3://b/k")',
        'team_io.fetch("b2", "k2")',
      ],
    },
    header: "import team_io",
    options: {
      "no-bespoke-transport": { writeApis: [{ call: "team_io.save_array", path: 1 }] },
      "no-tmp-staging": {
        writeApis: [{ call: ".save_artifact", path: "uri" }],
        readApis: [{ call: "team_io.fetch", bucket: 0, key: 1, scheme: "gs" }],
      },
    },
    expected: ["a write /tmp/a.npy temp", "a write s3://b/k object-store", "a read gs://b2/k2 object-store"],
  },
  {
    name: "makes fresh names for mkdtemp, mkstemp and NamedTemporaryFile, unless dir= puts them elsewhere",
    tasks: {
      a: [
        "d = tempfile.mkdtemp()",
        'np.save(os.path.join(d, "x.npy"), v)',
        '_, p = tempfile.mkstemp(suffix=".csv")',
        "frame.to_csv(p)",
        'with tempfile.NamedTemporaryFile(dir=os.environ["LEOFLOW_STAGING_DIR"], suffix=".part") as f:',
        "    f.write(b'')",
      ],
    },
    expected: (source) => [
      `a write /tmp/{fresh:${lineOf(source, "mkdtemp()")}:13}/x.npy temp`,
      `a write /tmp/{fresh:${lineOf(source, "mkstemp(")}:16}.csv temp`,
      `a write \${LEOFLOW_STAGING_DIR}/{fresh:${lineOf(source, "NamedTemporaryFile(")}:14}.part staging:LEOFLOW_STAGING_DIR`,
    ],
  },
  {
    name: "reads environs readers like os.environ.get: env(), env.str(), env.path() with their defaults",
    tasks: {
      a: [
        'df.to_csv(f"{SHARED}/a.csv")',
        'df.to_csv(env.str("OUT_DIR", "/data/out") + "/b.csv")',
        'df.to_csv(env.path("PATH_DIR", "/tmp/p") / "c.csv")',
        "df.to_csv(f\"{env('LEOFLOW_STAGING_DIR')}/d.csv\")",
      ],
    },
    header: 'from environs import Env\nenv = Env()\nSHARED = env("SHARED_DIR", "/tmp")',
    expected: [
      "a write ${SHARED_DIR}/a.csv temp fallback:SHARED_DIR",
      "a write ${OUT_DIR}/b.csv",
      "a write ${PATH_DIR}/c.csv temp fallback:PATH_DIR",
      "a write ${LEOFLOW_STAGING_DIR}/d.csv staging:LEOFLOW_STAGING_DIR",
    ],
  },
  {
    name: "an object that is not an environs Env reads no environment variable",
    tasks: {
      a: ["df.to_csv(f\"{cfg('SHARED_DIR', '/tmp')}/a.csv\")", 'df.to_csv(cfg.str("X", "/tmp") + "/b.csv")'],
    },
    header: "from team_config import Settings\ncfg = Settings()",
    // An unknown call: a run-time name, never `${SHARED_DIR}` with a /tmp fallback (in an
    // f-string field or joined with `+` alike).
    expected: ["a write {*}/a.csv", "a write {*}/b.csv"],
  },
  {
    name: "a DuckDB database file: read read_only=True; a read-write connection does what its statements do",
    tasks: {
      a: [
        'duckdb.connect("include/ducks.db")',
        'duckdb.connect(database="/data/ducks.db", read_only=False)',
        'duckdb.connect("include/ducks.db", read_only=True)',
        'duckdb.connect(":memory:")',
        "duckdb.connect()",
        'duckdb.connect(database=":memory:", read_only=True)',
        "duckdb.connect(path, read_only=flag)",
      ],
      b: [
        'conn = duckdb.connect(database="/data/w.db")',
        "conn.execute(\"CREATE OR REPLACE TABLE t AS SELECT * FROM read_parquet('/d/in.parquet')\")",
        'duckdb.connect("/data/r.db").sql("SELECT * FROM t")',
        'duckdb.connect("/data/n.db").execute("SELECT 42")',
        'duckdb.connect(":memory:").execute("CREATE TABLE t AS SELECT 1")',
        'duckdb.connect().execute("SELECT * FROM t")',
      ],
    },
    header: "import duckdb",
    expected: [
      "a read include/ducks.db temp",
      "b read /d/in.parquet",
      "b write /data/w.db",
      "b read /data/r.db",
    ],
  },
  {
    name: "Composer's data folder is its bucket's data/ objects; GCSToGCSOperator reads each source object",
    tasks: {
      a: [
        'open("/home/airflow/gcs/data/adyen/terminals.json", "w")',
        'open("/home/airflow/gcs/dags/sql/q.sql")',
        'open("/home/airflow/gcs/data", "w")',
      ],
    },
    header: [
      "from airflow.models import Variable",
      "from airflow.providers.google.cloud.transfers.gcs_to_gcs import GCSToGCSOperator",
      "GCSToGCSOperator(",
      '    task_id="copy",',
      '    source_bucket=Variable.get("composer_bucket"),',
      '    source_objects=["data/adyen/terminals.json", f"data/{name}/stores.json"],',
      '    destination_bucket="lake",',
      '    destination_object="raw/terminals.json",',
      ")",
      'GCSToGCSOperator(task_id="same_bucket", source_bucket="lake", source_object="a/b.json", destination_object="c/b.json")',
    ].join("\n"),
    expected: [
      "a write /home/airflow/gcs/data/adyen/terminals.json mount:gs:data/adyen/terminals.json",
      "a read /home/airflow/gcs/dags/sql/q.sql",
      "a write /home/airflow/gcs/data",
      "copy read gs://${var.composer_bucket}/data/adyen/terminals.json object-store",
      "copy read gs://${var.composer_bucket}/data/{*}/stores.json object-store",
      "copy write gs://lake/raw/terminals.json object-store",
      "same_bucket read gs://lake/a/b.json object-store",
      "same_bucket write gs://lake/c/b.json object-store",
    ],
  },
  {
    name: "an operator made in a for over a literal list reads each element's place; other loops keep a hole",
    tasks: {},
    header: [
      "from airflow.models import Variable",
      "from airflow.providers.amazon.aws.operators.s3 import S3CreateObjectOperator",
      'NAMES = ("a", "b")',
      'for name in ["x", "y"]:',
      '    S3CreateObjectOperator(task_id=f"put_{name}", s3_bucket="lake", s3_key=f"raw/{name}.json", data="{}")',
      "for name in NAMES:",
      '    S3CreateObjectOperator(task_id=f"const_{name}", s3_bucket="lake", s3_key=f"c/{name}.json", data="{}")',
      'for name in Variable.get("names", deserialize_json=True):',
      '    S3CreateObjectOperator(task_id=f"runtime_{name}", s3_bucket="lake", s3_key=f"r/{name}.json", data="{}")',
      'for name in ["x", None]:',
      '    S3CreateObjectOperator(task_id=f"mixed_{name}", s3_bucket="lake", s3_key=f"m/{name}.json", data="{}")',
      "def make(name):",
      '    for part in ["p", "q"]:',
      '        S3CreateObjectOperator(task_id=f"f_{part}", s3_bucket="lake", s3_key=f"{name}/{part}.json", data="{}")',
    ].join("\n"),
    expected: [
      "put_{name} write s3://lake/raw/x.json object-store",
      "put_{name} write s3://lake/raw/y.json object-store",
      "const_{name} write s3://lake/c/a.json object-store",
      "const_{name} write s3://lake/c/b.json object-store",
      "runtime_{name} write s3://lake/r/{*}.json object-store",
      "mixed_{name} write s3://lake/m/{*}.json object-store",
      "f_{part} write s3://lake/{*}/p.json object-store",
      "f_{part} write s3://lake/{*}/q.json object-store",
    ],
  },
  {
    name: "follows methods of the module's classes: static on the class, on an instance made, bound once to a name, assigned once in __init__ or always to one class",
    tasks: {
      a: [
        'Store.persist("/d/static.json")',
        'Api("c").ep.persist("/d/chained.json")',
        'Endpoint(1).persist("/d/made.json")',
      ],
      b: [
        'Api("c").later.persist("/d/twice.json")',
        'api = Api("c")',
        'api.ep.persist("/d/variable.json")',
        "if flag:",
        "    either = Endpoint(1)",
        "else:",
        "    either = Store()",
        'either.persist("/d/either.json")',
      ],
      c: ['Store.kinds("/d/class.json")', 'Plain().persist("/d/other.json")'],
      d: ["Runner().run(True)"],
    },
    header: [
      "class Store:",
      "    @staticmethod",
      "    def persist(path):",
      '        open(path, "w")',
      "    @classmethod",
      "    def kinds(cls, path):",
      '        open(path, "w")',
      "class Endpoint:",
      "    def __init__(self, client):",
      "        self.client = client",
      "    def persist(self, path):",
      "        Store.persist(path)",
      "class Api:",
      "    def __init__(self, config):",
      "        self.ep = Endpoint(config)",
      "        self.later = Endpoint(config)",
      "    def again(self):",
      "        self.later = Store()",
      "class Plain:",
      "    def persist(self, path):",
      '        open(path + ".bak", "w")',
      "class Plain:",
      "    pass",
      "class Runner:",
      "    def run(self, flag):",
      "        if flag:",
      "            self.h = Endpoint(1)",
      "        else:",
      "            self.h = Endpoint(2)",
      '        self.h.persist("/d/branches.json")',
      '        self.g.persist("/d/mixed.json")',
      "    def other(self):",
      "        self.g = Endpoint(1)",
      "    def more(self):",
      "        self.g = Store()",
    ].join("\n"),
    expected: [
      "a write /d/static.json",
      "a write /d/chained.json",
      "a write /d/made.json",
      "b write /d/variable.json",
      "c write /d/class.json",
      "d write /d/branches.json",
    ],
  },
  {
    name: "py7zr extraction writes its members under the directory (a literal target by name, else the extraction's own member names); without a path, nothing",
    tasks: {
      a: [
        'with py7zr.SevenZipFile("/tmp/in.7z", mode="r") as archive:',
        '    archive.extract(path="/data/out", targets=["a.xlsx"])',
        '    archive.extractall("/tmp/all")',
        "    archive.extractall()",
      ],
    },
    header: "import py7zr",
    // The member names of `extractall` at line 14, column 13.
    expected: ["a write /data/out/a.xlsx", "a write /tmp/all/{fresh:member:14:13} temp"],
  },
  {
    name: "follows a helper's return value, and survives recursion",
    tasks: { a: ['df.to_csv(out_path("x"))', 'df.to_csv(forever("/tmp/y"))'] },
    header: HELPERS,
    expected: ["a write /tmp/x.csv temp"],
  },
];

describe("storage facts", () => {
  it("spells a staging variable's required read in Python, for the rule's advice", () => {
    const source = dag({ a: ['np.save(os.environ.get("LEOFLOW_STAGING_DIR", "/tmp") + "/a.npy", v)'] });
    const [op] = analyzePython(source, "dag.py").storage;
    expect(op!.location.stagingFallback?.required).toBe('os.environ["LEOFLOW_STAGING_DIR"]');
  });

  it.each(CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const source = dag(c.tasks, c.header);
    const expected = typeof c.expected === "function" ? c.expected(source) : c.expected;
    expect(ops(source, c.options)).toEqual(expected);
  });

  it("carries a helper's writes to the task, with its parameters bound, at the helper's line", () => {
    const source = dag({ a: ['save(v, "preds")'] }, HELPERS);
    const model = analyzePython(source, "dag.py");
    expect(model.storage.map((op) => [op.api, op.location.pattern, op.span.line, op.calledAt?.line])).toEqual(
      [
        [
          "save() → np.save",
          "/tmp/preds.npy",
          lineOf(source, "np.save("),
          lineOf(source, 'save(v, "preds")'),
        ],
      ],
    );
  });
});

describe("environment reads through environs", () => {
  it("records env(), env.str() and env.path() like os.environ.get, and what an unset variable does without a default", () => {
    const source = [
      "from environs import Env",
      "env = Env()",
      'SHARED = env("SHARED_DIR", "/tmp")',
      'STAGING = env.str("LEOFLOW_STAGING_DIR")',
      'OUT = env.path("OUT_DIR", default="/data/out")',
      "",
    ].join("\n");
    const reads = analyzePython(source, "dag.py").envReads;
    expect(reads.map((r) => [r.variable, r.api, r.fallback, r.whenUnset])).toEqual([
      ["SHARED_DIR", "environs.Env", "/tmp", undefined],
      ["LEOFLOW_STAGING_DIR", "environs.Env.str", undefined, "this raises `environs.EnvError`"],
      ["OUT_DIR", "environs.Env.path", "/data/out", undefined],
    ]);
  });
});

describe("storage facts: receivers made by same-file helpers", () => {
  const source = (decorator: string) =>
    [
      "import contextlib",
      "import paramiko",
      "from airflow.decorators import dag, task",
      decorator,
      "def sftp_client():",
      "    client = paramiko.SSHClient()",
      "    with client.open_sftp() as sftp:",
      "        yield sftp",
      "@dag(schedule=None)",
      "def d():",
      "    @task",
      "    def download():",
      "        with sftp_client() as sftp:",
      '            sftp.get("export.zip", "/tmp/landing/export.zip")',
      "    download()",
      "d()",
    ].join("\n");

  it("takes what a @contextmanager helper yields as the `with` target", () => {
    expect(ops(source("@contextlib.contextmanager"))).toEqual([
      "download read sftp://{*}/export.zip",
      "download write /tmp/landing/export.zip temp",
    ]);
  });

  it("does not take a plain generator's yield as a return", () => {
    expect(ops(source("# not a context manager"))).toEqual([]);
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

  it("fills a handoff's locations with what the task appends to the list it returns", () => {
    const source = dag({
      a: ["files = []", "for name in names:", '    files.append(f"/tmp/out/{name}.csv")', "return files"],
      b: ["files = make()", 'files.append("/tmp/b.csv")', "return files"],
    });
    const model = analyzePython(source, "dag.py");
    expect(model.handoffs.map((h) => h.locations.map((l) => l.pattern))).toEqual([["/tmp/out/{*}.csv"], []]);
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

  it("resolves xcom_pull(key=…) without task ids to the one task of the DAG that pushes the key", () => {
    const source = (pushers: string[]) =>
      [
        "import numpy as np",
        "from airflow.decorators import dag, task",
        "@dag(schedule=None)",
        "def d():",
        ...pushers.flatMap((name) => [
          "    @task",
          `    def ${name}(ti=None):`,
          `        ti.xcom_push(key="preds", value="/tmp/${name}.npy")`,
        ]),
        "    @task",
        "    def consume(ti=None):",
        '        path = ti.xcom_pull(key="preds")',
        "        return np.load(path)",
        ...pushers.map((name) => `    ${name}()`),
        "    consume()",
        "d()",
      ].join("\n");
    expect(ops(source(["produce"]))).toEqual(["consume read /tmp/produce.npy temp"]);
    // Two tasks push the key: which one the pull gets is not known.
    expect(ops(source(["one", "two"]))).toEqual([]);
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

describe("storage facts: programs run from Python", () => {
  it("reads a subprocess command list, one word per element, and one built with append / extend", () => {
    const source = dag({
      a: ['subprocess.run(["curl", "-o", "/tmp/a b.json", url], check=True)'],
      b: [
        'cmd = ["ogr2ogr", "-f", "PGDump"]',
        'cmd.append("/data/out.sql")',
        'cmd.extend(["/data/in.json", "-lco", "FID=id"])',
        "subprocess.check_call(cmd)",
      ],
      c: ['os.system("cat /data/x.csv > /data/y.csv")', 'subprocess.Popen("gzip /data/z.csv", shell=True)'],
    });
    expect(ops(source.replace("import os,", "import subprocess, os,"))).toEqual([
      "a write /tmp/a b.json temp",
      "b write /data/out.sql",
      "b read /data/in.json",
      "c write /data/y.csv",
      "c read /data/x.csv",
      "c read /data/z.csv",
      "c write /data/z.csv.gz",
    ]);
  });

  it("leaves a command unknown when its words depend on a condition, a splat or another use", () => {
    const source = dag({
      a: ['cmd = ["cat"]', "if full:", '    cmd.append("/data/x.csv")', "subprocess.run(cmd)"],
      b: ['cmd = ["cat", *files]', "subprocess.run(cmd)"],
      c: ['cmd = ["cat"]', "log(cmd)", 'cmd.append("/data/x.csv")', "subprocess.run(cmd)"],
      d: ["subprocess.run(command)"],
    });
    expect(ops(source.replace("import os,", "import subprocess, os,"))).toEqual([]);
  });
});

describe("storage facts: programs run in a container", () => {
  /** A DockerOperator per entry (its arguments), in a `with DAG` block. */
  function docker(operators: Record<string, string>): string {
    return [
      "from airflow import DAG",
      "from airflow.providers.docker.operators.docker import DockerOperator",
      "from docker.types import Mount",
      'HOST = "/tmp/airflow/data"',
      'with DAG(dag_id="d") as dag:',
      ...Object.entries(operators).map(
        ([id, args]) => `    ${id} = DockerOperator(task_id="${id}", image="i", ${args})`,
      ),
      "",
    ].join("\n");
  }
  const containerOps = (source: string) =>
    analyzePython(source, "dag.py").storage.map(
      (op) =>
        `${op.taskId} ${op.access} ${op.location.pattern}${op.location.temp ? " temp" : ""}${op.location.exact ? " exact" : ""}`,
    );

  it("maps the command's container paths to the host through bind mounts", () => {
    const source = docker({
      a: 'command=["fetch", "--output_path", "/data/r/{{ds}}.json"], volumes=["/tmp/airflow/data:/data"]',
      b: 'command="rank --input_path /data/r/{{ds}}.json > /data/log.txt", volumes=["/tmp/airflow/data:/data:ro"]',
      c: 'command=["make", "-o", "/work/sub/x.csv"], mounts=[Mount("/work", "/tmp/features", type="bind")]',
      d: 'command=["cat", "/out/a.csv"], volumes=[f"{HOST}/out:/out"], docker_url="unix://var/run/docker.sock"',
      e: 'command=["gzip", "/data/deep/x"], volumes=["/tmp/outer/:/data", "/srv/inner:/data/deep"]',
      f: 'command="cd /data && rank ./r.json", working_dir="/data", volumes=["/tmp/airflow/data:/data"]',
      g: 'command=["rank", "--input_path", "/data/{{ds}}.json"], volumes=["/tmp/g/:/data/"]',
      h: 'command=["rank", "/x.csv"], volumes=["/tmp/h:/"]',
    });
    expect(containerOps(source)).toEqual([
      "a write /tmp/airflow/data/r/{*}.json temp exact",
      "b write /tmp/airflow/data/log.txt temp",
      "b read /tmp/airflow/data/r/{*}.json temp exact",
      "c write /tmp/features/sub/x.csv temp exact",
      "d read /tmp/airflow/data/out/a.csv temp",
      "e read /srv/inner/x",
      "e write /srv/inner/x.gz",
      "f read /tmp/airflow/data/r.json temp exact",
      "g read /tmp/g/{*}.json temp exact",
      "h read /tmp/h/x.csv temp exact",
    ]);
  });

  it("names nothing outside a bind mount, under a named volume, or on a daemon not the worker's", () => {
    const source = docker({
      a: 'command=["fetch", "--output_path", "/scratch/r.json"], volumes=["/tmp/airflow/data:/data"]',
      b: 'command=["fetch", "--output_path", "/data/r.json"], volumes=["ratings:/data"]',
      c: 'command=["fetch", "--output_path", "/data/r.json"], mounts=[Mount(target="/data", source="ratings")]',
      d: 'command=["fetch", "--output_path", "/data/r.json"], mounts=[Mount(target="/data", source="/tmp/r", type="tmpfs")]',
      e: 'command=["fetch", "--output_path", "/data/r.json"], volumes=["/tmp/d:/data"], docker_url="tcp://h:2375"',
      f: 'command=["fetch", "--output_path", "/data/r.json"], volumes=["/tmp/d:/data"], docker_url=url',
      g: 'command=["fetch", "--output_path", "r.json"], volumes=["/tmp/d:/data"]',
      h: 'command="fetch --output_path $OUT", volumes=["/tmp/d:/data"]',
      i: 'command=["fetch", "--output_path", "/data/r.json"], volumes=volumes',
      j: 'command=["fetch", "--output_path", "/data/r.json"]',
    });
    expect(containerOps(source)).toEqual([]);
  });

  it("reads the container's environment for a variable in the command", () => {
    const source = docker({
      a: 'command="fetch --output_path $OUT", environment={"OUT": "/data/r.json"}, volumes=["/tmp/d:/data"]',
    });
    expect(containerOps(source)).toEqual(["a write /tmp/d/r.json temp exact"]);
  });
});

describe("storage facts: an archive's extracted members", () => {
  it("names the files a list of targets extracts, and the same names where the task iterates that list again", () => {
    const source = dag(
      {
        a: [
          'with py7zr.SevenZipFile(path, mode="r") as archive:',
          '    names = [n for n in archive.getnames() if n.endswith(".xlsx")]',
          '    archive.extract(path="/tmp/x", targets=names)',
          'return [str(Path("/tmp/x") / n) for n in names]',
        ],
      },
      "import py7zr",
    );
    const model = analyzePython(source, "dag.py");
    const line = lineOf(source, "names = [n");
    const column = source.split("\n")[line - 1]!.indexOf("names") + 1;
    const member = `{fresh:member:${line}:${column}}`;
    expect(model.storage.map((op) => `${op.access} ${op.location.pattern}`)).toEqual([
      `write /tmp/x/${member}`,
    ]);
    expect(model.handoffs.flatMap((h) => h.locations.map((l) => l.pattern))).toEqual([`/tmp/x/${member}`]);
  });

  it("does not take the elements of a list no extraction was given, or of one bound twice, as member names", () => {
    const source = dag(
      {
        a: [
          'names = ["a.csv"]',
          "if full:",
          '    names = ["b.csv"]',
          'with py7zr.SevenZipFile(path, mode="r") as archive:',
          '    archive.extract(path="/tmp/x", targets=names)',
          'others = ["c.csv"]',
          'return [str(Path("/tmp/x") / n) for n in others]',
        ],
      },
      "import py7zr",
    );
    const model = analyzePython(source, "dag.py");
    const line = lineOf(source, "archive.extract(");
    const column = source.split("\n")[line - 1]!.indexOf("archive.extract(") + 1;
    // The list is bound twice: the extraction's own member names (its call's position).
    expect(model.storage.map((op) => op.location.pattern)).toEqual([
      `/tmp/x/{fresh:member:${line}:${column}}`,
    ]);
    // `others` was given to no extraction: its element is the literal it holds, not a member name.
    expect(model.handoffs.flatMap((h) => h.locations.map((l) => l.pattern))).toEqual(["/tmp/x/c.csv"]);
  });

  it("takes the directory of a path ending in a run-time name (`Path(p).parent`)", () => {
    const source = dag({ a: ['p = Path(f"/tmp/in/{name}")', 'np.save(p.parent / "x.npy", v)'] });
    expect(ops(source)).toEqual(["a write /tmp/in/x.npy temp"]);
  });
});
