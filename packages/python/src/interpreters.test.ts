import { describe, expect, it } from "vitest";
import {
  copyDirection,
  scanShell,
  scanSql,
  sqlTableAccess,
  type Fragment,
  type Mention,
} from "./interpreters.js";

/** Opaque values in these tests: `{name}` strings stand for what the caller resolved. */
type Value = { value: string };
const HOLE: Value = { value: "*" };
const v = (value: string): Value => ({ value });

function show(mentions: Mention<Value>[]): string[] {
  return mentions.map(
    (m) =>
      `${m.access} ${m.parts.map((p) => (typeof p === "string" ? p : `<${p.value}>`)).join("")}${m.glob ? " glob" : ""}`,
  );
}

function shell(
  command: Fragment<Value>[] | string,
  env: Record<string, string> = {},
  cwd?: string,
): string[] {
  return show(
    scanShell(typeof command === "string" ? [command] : command, {
      hole: HOLE,
      env: (name) => [env[name] ?? `\${${name}}`],
      ...(cwd !== undefined ? { cwd: [cwd] } : {}),
      isPlace: (value) => value.value.startsWith("/") && value.value.length > 1,
      member: { value: "member" },
    }),
  );
}

describe("copyDirection", () => {
  it.each([
    ["COPY t TO STDOUT WITH CSV HEADER", "to"],
    ["copy (select * from t where a > 1) to stdout", "to"],
    ["COPY t FROM STDIN WITH (FORMAT csv)", "from"],
    ["SELECT * FROM t", undefined],
    ["COPY t TO '/tmp/x.csv'", undefined],
  ])("%s → %s", (sql, expected) => {
    expect(copyDirection([sql], HOLE)).toBe(expected);
  });
});

describe("scanSql", () => {
  it.each<[Fragment<Value>[], string[]]>([
    [["COPY (SELECT 1) TO '/tmp/a.parquet' (FORMAT parquet)"], ["write /tmp/a.parquet"]],
    [["COPY t FROM '/data/in.csv'"], ["read /data/in.csv glob"]],
    [["SELECT * FROM read_parquet('s3://b/p/*.parquet') WHERE x = 'a'"], ["read s3://b/p/*.parquet glob"]],
    [["SELECT * FROM read_csv_auto(['/d/a.csv', '/d/b.csv'])"], ["read /d/a.csv glob", "read /d/b.csv glob"]],
    [["SELECT * FROM 'events.parquet'"], ["read events.parquet glob"]],
    [
      ["COPY (SELECT * FROM read_parquet('", v("/s/raw"), "')) TO '", v("/s/agg"), "'"],
      ["read </s/raw> glob", "write </s/agg>"],
    ],
    [["-- COPY t TO '/tmp/commented'\nSELECT 'not a path', 1"], []],
    [["INSTALL httpfs; LOAD httpfs; SET s3_region='eu-west-1'"], []],
    // A file joined is read as one selected from.
    [["SELECT * FROM t A LEFT JOIN '/d/b.parquet' B ON A.id = B.id"], ["read /d/b.parquet glob"]],
    // Jinja is a hole before the SQL's quotes are read: its own quotes end no string.
    [
      ["SELECT * FROM '{{ ti.xcom_pull(task_ids='ctx', key='RUNDIR') }}/sq/a.parquet' WHERE m = '{{ ds }}'"],
      ["read <*>/sq/a.parquet glob"],
    ],
    // Snowflake's PUT uploads a file of the client's disk, quoted or not; a stage is no file.
    [["PUT file:///opt/airflow/data/x.csv @RTE_STAGE"], ["read /opt/airflow/data/x.csv glob"]],
    [["TRUNCATE t;\nPUT 'file://", v("/d"), "/y.csv' @S/t; COPY INTO t FROM @S/t"], ["read </d>/y.csv glob"]],
    [["SELECT 'PUT file:///not/a/statement.csv'"], []],
  ])("%j", (sql, expected) => {
    expect(show(scanSql(sql, HOLE))).toEqual(expected);
  });
});

describe("sqlTableAccess", () => {
  it.each<[Fragment<Value>[], string]>([
    [["SELECT * FROM ducks_table WHERE num > 15"], "reads"],
    [["SELECT a.x FROM main.a JOIN b ON a.id = b.id"], "reads"],
    [["CREATE OR REPLACE TABLE t AS SELECT * FROM read_parquet('/d/x.parquet')"], "writes"],
    [["INSERT INTO t SELECT * FROM s"], "reads writes"],
    [["UPDATE t SET x = 1"], "writes"],
    [["COPY t FROM '/d/in.csv'"], "writes"],
    [["(CREATE VIEW v AS SELECT 1)"], "writes"],
    // Nothing of the database's own tables:
    [["CREATE TEMP TABLE s AS SELECT 1"], ""],
    [["CREATE OR REPLACE TEMPORARY TABLE s AS SELECT 1"], ""],
    [["SELECT 42"], ""],
    [["SELECT * FROM range(10)"], ""],
    [["SELECT * FROM 'events.parquet'"], ""],
    [["SELECT EXTRACT(year FROM ts) FROM read_csv('/d/a.csv')"], ""],
    [["WITH recent AS (SELECT 1 AS x) SELECT * FROM recent"], ""],
    [["DELETE FROM t"], ""],
    [["COPY t TO '/d/out.csv'"], ""],
    [["SELECT * FROM (VALUES (1))"], ""],
    [["SELECT * FROM ", v("t")], ""],
    // An unknown value in a table's place (`FROM {pm25_table_name}`) is a table of the database.
    [["SELECT device_id FROM ", HOLE, " GROUP BY device_id"], "reads"],
    [["SELECT * FROM ", HOLE, "(1)"], ""],
    [["-- SELECT * FROM t\nSELECT 1"], ""],
  ])("%j", (sql, expected) => {
    const access = sqlTableAccess(sql, HOLE);
    expect([access.reads ? "reads" : "", access.writes ? "writes" : ""].filter(Boolean).join(" ")).toBe(
      expected,
    );
  });
});

describe("sqlTableAccess: a value in a table's place", () => {
  // The caller says which of its values may be a table's name (locations.ts: a bare name, or
  // nothing known); by default only the hole.
  const bareName = (value: Value) => value === HOLE || /^[A-Za-z_]\w*$/.test(value.value);
  it.each<[Fragment<Value>[], boolean]>([
    [["SELECT device_id FROM ", v("pm25"), " GROUP BY device_id"], true],
    [["SELECT * FROM ", HOLE], true],
    [["SELECT * FROM ", v("/data/x.parquet")], false],
    [["SELECT * FROM ", v("'x.csv'")], false],
    [["SELECT * FROM ", v("read_parquet"), "('x')"], false],
  ])("%j", (sql, reads) => {
    expect(sqlTableAccess(sql, HOLE, bareName).reads).toBe(reads);
  });
});

describe("scanShell", () => {
  it.each<[string, string[]]>([
    ["python extract.py > /tmp/out.csv", ["write /tmp/out.csv", "run extract.py"]],
    ["sort < /data/in.txt >> /data/sorted.txt 2>/dev/null", ["read /data/in.txt", "write /data/sorted.txt"]],
    ["cat /tmp/a.csv /tmp/b.csv | wc -l", ["read /tmp/a.csv", "read /tmp/b.csv"]],
    ["cp -r /opt/project /tmp/run && cd /tmp/run && dbt run", ["read /opt/project", "write /tmp/run"]],
    ["mv /tmp/a.part /tmp/a.csv", ["read /tmp/a.part", "write /tmp/a.csv"]],
    ["gzip /tmp/data.csv", ["read /tmp/data.csv", "write /tmp/data.csv.gz"]],
    ["gunzip -f /tmp/data.csv.gz", ["read /tmp/data.csv.gz", "write /tmp/data.csv"]],
    ["gzip -c /tmp/data.csv > /tmp/x.gz", ["write /tmp/x.gz", "read /tmp/data.csv"]],
    ["curl -sSL -o /tmp/page.html https://example.com/x", ["write /tmp/page.html"]],
    ["wget -q -O /tmp/f.zip https://example.com/f.zip", ["write /tmp/f.zip"]],
    // `-o` is unzip's "overwrite", not an output: the archive is read.
    ["unzip -o /data/in.zip -d /tmp/out/", ["read /data/in.zip", "write /tmp/out/<member>"]],
    ["unzip -q -d /tmp/out /data/in.zip a.csv", ["write /tmp/out/<member>", "read /data/in.zip"]],
    ["curl -X POST --data-binary @/tmp/body.json https://api", ["read /tmp/body.json"]],
    [
      "aws s3 cp /tmp/out.csv s3://bucket/out.csv --quiet",
      ["read /tmp/out.csv", "write s3://bucket/out.csv"],
    ],
    ["gsutil -m cp gs://b/in/*.csv /data/in/", ["read gs://b/in/*.csv glob", "write /data/in/"]],
    [
      "python /opt/scripts/load.py /tmp/in.csv --output /tmp/out.csv",
      ["run /opt/scripts/load.py", "read /tmp/in.csv", "write /tmp/out.csv"],
    ],
    // Only a Python runner's script is one the analysis can read; spark-submit's is not followed.
    ["spark-submit --master local[2] /opt/jobs/job.py --input=/lake/raw", ["read /lake/raw"]],
    ["python3 -u jobs/export.py --date 2024", ["run jobs/export.py"]],
    // An option with an output word in its name is an output of a program we do not know.
    ["train --model-save-dir /data/models --input-dir /data/in", ["write /data/models", "read /data/in"]],
    ["train --out-path=/data/m.pkl --outline /data/o.txt", ["write /data/m.pkl", "read /data/o.txt"]],
    ["python -c 'import sys; open(\"/tmp/x\")'", []],
    ["rm -rf /tmp/x && mkdir -p /tmp/x && echo done > /dev/null && ls /tmp", []],
    ["echo {{ ds }} > /tmp/{{ ds }}.txt", ["write /tmp/<*>.txt"]],
    ["wc -l {{ ti.xcom_pull(task_ids='make_report') }}", ["read <*>"]],
    [
      "cat <<EOF > /tmp/conf.yaml\nkey: /not/a/path\nEOF\ncat /tmp/conf.yaml",
      ["write /tmp/conf.yaml", "read /tmp/conf.yaml"],
    ],
    ['OUT=/tmp/o.csv; python x.py > "$OUT"', ["write /tmp/o.csv", "run x.py"]],
    ["python x.py > $(date +%F).csv", ["write <*>.csv", "run x.py"]],
    ["jq '.items[].id' /tmp/list.json | tee /tmp/ids.txt", ["read /tmp/list.json", "write /tmp/ids.txt"]],
    ["sync; echo 3 | sudo tee /proc/sys/vm/drop_caches", []],
    // A shell script run by a shell or as a command is read as more commands (by the caller).
    ["bash /opt/scripts/extract.sh 2024-01-01", ["run /opt/scripts/extract.sh"]],
    ["cd /srv && ./scripts/load.sh && echo done", ["run ./scripts/load.sh"]],
    // A directory given with its trailing `/` joins a relative path with one.
    ["wget -q https://h/p/x.csv -P /data/downloads/", ["write /data/downloads/x.csv"]],
    [
      "cd /data/downloads/ && mv part-0.csv all.csv",
      ["read /data/downloads/part-0.csv", "write /data/downloads/all.csv"],
    ],
    ["scripts/extract.bash ", ["run scripts/extract.bash"]],
    // `dvc add` / `git add` take their paths in; the working tree (`.`) names no file.
    ["cd /data/models && dvc add images/*.png", ["read /data/models/images/*.png glob"]],
    ["git add -f /srv/repo/out.csv . && git commit -m 'x'", ["read /srv/repo/out.csv"]],
    ["git push origin main && dvc push && dvc status", []],
    // ogr2ogr [options] DST SRC: the destination is written, the source read.
    [
      "ogr2ogr -f 'PGDump' -t_srs EPSG:28992 -nln roads /tmp/roads.sql /tmp/roads.shp -lco FID=id",
      ["write /tmp/roads.sql", "read /tmp/roads.shp"],
    ],
    ["ogr2ogr -overwrite -f PostgreSQL 'PG:host=db' /data/in.geojson", ["read /data/in.geojson"]],
    ["ogr2ogr -f GPKG /data/out.gpkg /vsicurl/https://example.com/in.shp", ["write /data/out.gpkg"]],
    // An option it does not know (or `-spat`'s four numbers): which word is which is not known.
    ["ogr2ogr -spat 1 2 3 4 /tmp/clip.gpkg /tmp/in.gpkg", []],
    ["ogr2ogr -newoption /tmp/a.gpkg /tmp/b.gpkg", []],
  ])("%s", (command, expected) => {
    expect(shell(command)).toEqual(expected);
  });

  it("expands the operator's environment and resolves relative paths against the working directory", () => {
    expect(shell('python x.py > "$OUT" && cat part.csv', { OUT: "/tmp/env.csv" }, "/work")).toEqual([
      "write /tmp/env.csv",
      "run x.py",
      "read /work/part.csv",
    ]);
    expect(shell("cat $DATA_DIR/x.csv")).toEqual(["read ${DATA_DIR}/x.csv"]);
    // A variable's value alone is not a path to a program we do not know.
    expect(shell("aws configure set aws_access_key_id $AWS_ACCESS_KEY_ID")).toEqual([]);
  });

  it("writes a download under the URL's last name when no output is named", () => {
    expect(shell("curl -f -O https://h/pub/clinvar.vcf.gz?x=1", {}, "/work")).toEqual([
      "write /work/clinvar.vcf.gz",
    ]);
    expect(shell("curl -sSLO https://h/a/b.zip && wget -q https://h/c.csv", {}, "/work")).toEqual([
      "write /work/b.zip",
      "write /work/c.csv",
    ]);
    expect(shell("wget -P /data/in https://h/c.csv")).toEqual(["write /data/in/c.csv"]);
    // The name comes from the response, the bytes go to standard output, or the URL has no name.
    expect(shell("curl -OJ https://h/latest", {}, "/work")).toEqual([]);
    expect(shell("wget -qO- https://h/c.csv | wc -l", {}, "/work")).toEqual([]);
    expect(shell(["curl -O https://h/", HOLE], {}, "/work")).toEqual([]);
  });

  it("reads an ogr2ogr dataset the caller resolved, but not an unknown word before it", () => {
    expect(shell(["ogr2ogr -f PGDump ", v("/s/out.sql"), " ", v("/s/in.json")])).toEqual([
      "write </s/out.sql>",
      "read </s/in.json>",
    ]);
    // A value nobody knows may be an option at run time.
    expect(shell(["ogr2ogr ", HOLE, " /tmp/a.gpkg /tmp/b.gpkg"])).toEqual([]);
  });

  it("marks what only a convention of a program it does not know names (and spells output options loosely)", () => {
    const guessed = (command: string) =>
      scanShell([command], { hole: HOLE, env: () => [HOLE], isPlace: () => false }).map(
        (m) => `${m.access} ${m.parts.join("")}${m.guessed ? " guessed" : ""}`,
      );
    expect(guessed("fetch-ratings --output_path /data/r.json --input_path /data/in.json")).toEqual([
      "write /data/r.json guessed",
      "read /data/in.json guessed",
    ]);
    expect(guessed("rank --Output-Path /data/a.csv --OUTPUT_FILE=/data/b.csv --output-dir /data/c")).toEqual([
      "write /data/a.csv guessed",
      "write /data/b.csv guessed",
      "write /data/c guessed",
    ]);
    // An option that is no output convention: its path is a read, and a non-path value nothing.
    expect(guessed("rank --log_dir /data/logs --outputs 3")).toEqual(["read /data/logs guessed"]);
    // Programs the interpreter knows say what they do: not a guess.
    expect(guessed("cp /data/a.csv /data/b.csv > /tmp/log")).toEqual([
      "write /tmp/log",
      "read /data/a.csv",
      "write /data/b.csv",
    ]);
  });

  it("keeps the caller's values inside words", () => {
    expect(shell(["gzip ", v("/s/raw"), "/x.csv && python run.py ", v("/s/out")])).toEqual([
      "read </s/raw>/x.csv",
      "write </s/raw>/x.csv.gz",
      "run run.py",
      "read </s/out>",
    ]);
  });
});
