/**
 * `--explain <file>:<line>` through the real CLI: the facts a line gave the rules, and their verdict.
 */
import { afterEach, describe, expect, it } from "vitest";
import { runCli } from "./support/cli.js";
import { tempProject } from "./support/project.js";

const projects: { cleanup: () => void }[] = [];
function project(files: Record<string, string> = {}) {
  const p = tempProject({ ".git/HEAD": "ref: refs/heads/main\n", ...files });
  projects.push(p);
  return p;
}
afterEach(() => projects.splice(0).forEach((p) => p.cleanup()));

const DAG = [
  "import numpy as np", // 1
  "from airflow.decorators import task", // 2
  "", // 3
  "", // 4
  "@task", // 5
  "def extract():", // 6
  '    np.savez("/tmp/preds.npz", np.zeros(3))', // 7
  '    return "/tmp/preds.npz"', // 8
  "", // 9
  "", // 10
  "@task", // 11
  "def load(path):", // 12
  "    data = np.load(path)", // 13
  "    return data.tolist()", // 14
  "", // 15
  "", // 16
  "@task", // 17
  "def make():", // 18
  "    return np.zeros(3)", // 19
  "", // 20
  "", // 21
  "@task", // 22
  "def kept():", // 23
  "    return np.ones(3)  # dag-transport: ignore[no-unserializable-xcom] -- consumer registers a serde", // 24
  "", // 25
  "", // 26
  "load(extract())", // 27
  "",
].join("\n");

const explain = (cwd: string, target: string) => runCli(["--explain", target], { cwd });

describe("--explain", () => {
  it("a flagged handoff: the task, the value's kind and what made it, and the finding; exit 0", () => {
    const run = explain(project({ "dags/etl.py": DAG }).dir, "dags/etl.py:19");
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      [
        "dags/etl.py:19",
        "Task: make (@task, lines 17–19; its return is data)",
        "Handoff: make hands on `np.zeros(3)` as XCom return (key return_value)",
        "  value: numpy ndarray (numpy.ndarray), made by np.zeros at line 19",
        "Reported:",
        "  error dag-transport/no-unserializable-xcom (column 12): `np.zeros(3)` is a numpy ndarray (np.zeros, line 19); XCom carries JSON only — convert with .tolist() or pass a reference.",
        "",
      ].join("\n"),
    );
  });

  it("a near miss: a converted value is no finding, and says why", () => {
    const run = explain(project({ "dags/etl.py": DAG }).dir, "dags/etl.py:14");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Handoff: load hands on `data.tolist()`");
    expect(run.stdout).toContain(
      "value: no non-JSON kind known — JSON, or unknown (unknown is never a finding)",
    );
    expect(run.stdout).toContain("Reported: nothing on this line.");
  });

  it("storage: the API, the normalized location and why it is pod-local; the read is part of the write's finding", () => {
    const dir = project({ "dags/etl.py": DAG }).dir;
    const write = explain(dir, "dags/etl.py:7").stdout;
    expect(write).toContain(
      "Storage: extract writes /tmp/preds.npz (filesystem) through np.savez; pod-local temp: `/tmp` is on the pod's own disk",
    );
    expect(write).toContain(
      "  matched: `numpy.savez` in docs/knowledge.md, Python storage, functions and classes",
    );
    expect(write).toMatch(/error dag-transport\/no-tmp-staging \(column 5\)/);
    const read = explain(dir, "dags/etl.py:13").stdout;
    expect(read).toContain("Storage: load reads /tmp/preds.npz (filesystem) through np.load");
    expect(read).toContain("Reported: nothing on this line.");
    expect(read).toContain(
      "Part of the finding at line 7 (dag-transport/no-tmp-staging): read by task `load` at line 13",
    );
  });

  it("an imported helper's write is part of a finding in its own module, not at that line here", () => {
    const dag = [
      "from airflow.decorators import dag, task",
      "from helpers import save",
      "import numpy as np",
      "@dag(schedule=None)",
      "def etl():",
      "    @task",
      "    def extract():",
      '        save("/tmp/preds.npz")',
      "    @task",
      "    def load():",
      '        return np.load("/tmp/preds.npz").sum().item()',
      "    extract() >> load()",
      "etl()",
      "",
    ].join("\n");
    const helpers = ["import numpy as np", "def save(path):", "    np.savez(path, a=np.zeros(3))", ""].join(
      "\n",
    );
    const dir = project({ "dags/etl.py": dag, "dags/helpers.py": helpers }).dir;
    const write = explain(dir, "dags/etl.py:8").stdout;
    expect(write).toMatch(/error dag-transport\/no-tmp-staging/);
    // Line 3 of the DAG file is an import; line 3 of helpers.py is the write.
    const other = explain(dir, "dags/etl.py:3");
    expect(other.status).toBe(0);
    expect(other.stdout).not.toContain("Part of the finding");
  });

  it("storage names the catalog row that made the call storage, or the configured API", () => {
    const dag = [
      "import boto3",
      "from airflow.decorators import task",
      "from corp import io",
      "",
      "@task",
      "def extract():",
      '    boto3.client("s3").put_object(Bucket="b", Key="k/x.json", Body=b"1")',
      '    io.Sink().save_to("/tmp/x.json")',
      '    io.Sink().publish("/tmp/y.json")',
      "",
    ].join("\n");
    const dir = project({
      "dags/etl.py": dag,
      "pyproject.toml": [
        "[tool.dag-transport.rules]",
        'no-bespoke-transport = ["error", { writeApis = [{ call = ".save_to", path = 0 }] }]',
        "",
      ].join("\n"),
    }).dir;
    expect(explain(dir, "dags/etl.py:7").stdout).toContain(
      "  matched: `.put_object` in docs/knowledge.md, Python storage, methods of: boto3 S3 client",
    );
    expect(explain(dir, "dags/etl.py:8").stdout).toContain(
      "  matched: `.save_to` (configured writeApis / readApis)",
    );
    expect(explain(dir, "dags/etl.py:1").stdout).not.toContain("matched:");
    // A call no catalog knows stays unknown, and the output says where to look and how to declare it.
    const unknown = explain(dir, "dags/etl.py:9").stdout;
    expect(unknown).not.toContain("Storage:");
    expect(unknown).toContain("docs/knowledge.md lists what they know, and how to declare a team's own API");
  });

  it("a known API whose place cannot be followed: unknown, and says which API it was", () => {
    const dag = [
      "import pandas as pd",
      "from airflow.decorators import task",
      "",
      "@task",
      "def process(result: dict):",
      '    frame = pd.read_parquet(result.get("file_path", ""))',
      '    return len(pd.read_parquet("/data/x.parquet"))',
      "",
    ].join("\n");
    const dir = project({ "dags/etl.py": dag }).dir;
    const unplaced = explain(dir, "dags/etl.py:6");
    expect(unplaced.status).toBe(0);
    expect(unplaced.stdout).toContain(
      "Storage: process reads a place the analysis cannot name (`pd.read_parquet` is known; its argument is not followed) — unknown, never a finding",
    );
    expect(unplaced.stdout).toContain("  matched: `pandas.read_parquet` in docs/knowledge.md");
    expect(unplaced.stdout).not.toContain("the catalogs do not know");
    // A place it can name is a read as before.
    expect(explain(dir, "dags/etl.py:7").stdout).toContain(
      "Storage: process reads /data/x.parquet (filesystem)",
    );
  });

  it("a TypeScript DAG's storage names its catalog row too", () => {
    const dag = [
      'import { Dag } from "apache-airflow-ts-sdk";',
      'import { writeFile } from "node:fs/promises";',
      'const dag = new Dag("ts_rows");',
      'dag.task("write", async () => {',
      '  await writeFile("/tmp/out.csv", "a,b");',
      "});",
      "",
    ].join("\n");
    const run = explain(project({ "dags/etl.ts": dag }).dir, "dags/etl.ts:5");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Storage: write writes /tmp/out.csv (filesystem) through writeFile");
    expect(run.stdout).toContain(
      "  matched: `fs/promises.writeFile` in docs/knowledge.md, TypeScript, files",
    );
  });

  it("wiring and module-level code: what is taken in, or that nothing here is judged", () => {
    const dir = project({ "dags/etl.py": DAG }).dir;
    expect(explain(dir, "dags/etl.py:27").stdout).toContain(
      "XCom taken in: load takes extract's XCom (argument)",
    );
    const top = explain(dir, "dags/etl.py:1").stdout;
    expect(top).toContain("Task: none");
    expect(top).toContain("Facts: no handoff, storage read or write, or XCom taken in on this line");
  });

  it("a line of a python_callable defined apart from its operator is that task's code", () => {
    const classic = [
      "import numpy as np", // 1
      "from airflow import DAG", // 2
      "from airflow.operators.python import PythonOperator", // 3
      "", // 4
      "def export():", // 5
      '    np.save("/tmp/blocks.npy", np.zeros(3))', // 6
      "", // 7
      'with DAG("blocks"):', // 8
      '    PythonOperator(task_id="export_blocks", python_callable=export)', // 9
      "",
    ].join("\n");
    const run = explain(project({ "dags/blocks.py": classic }).dir, "dags/blocks.py:6");
    expect(run.stdout).toContain("Task: export_blocks of DAG blocks (PythonOperator, line 9");
    expect(run.stdout).not.toContain("Task: none");
    expect(run.stdout).toContain("Storage: export_blocks writes /tmp/blocks.npy");
    // The line before the function is nobody's code.
    expect(explain(project({ "dags/blocks.py": classic }).dir, "dags/blocks.py:4").stdout).toContain(
      "Task: none",
    );
  });

  it("suppressed findings name what suppressed them: an inline reason or the bulk suppressions file", () => {
    const p = project({ "dags/etl.py": DAG });
    expect(explain(p.dir, "dags/etl.py:24").stdout).toContain(
      "dag-transport/no-unserializable-xcom: suppressed by an inline suppression: consumer registers a serde",
    );
    expect(runCli(["--suppress-rule", "no-unserializable-xcom"], { cwd: p.dir }).status).toBe(1); // no-tmp-staging remains
    const bulk = explain(p.dir, "dags/etl.py:19").stdout;
    expect(bulk).toContain("Reported: nothing on this line.");
    expect(bulk).toContain("dag-transport/no-unserializable-xcom: suppressed by the bulk suppressions file");
  });

  it("quotes code with control characters escaped", () => {
    const hostile = DAG.replace("np.zeros(3)\n", 'np.array(["\x1b[2J"])\n');
    const run = explain(project({ "dags/etl.py": hostile }).dir, "dags/etl.py:19");
    expect(run.stdout).toContain('np.array(["\\x1b[2J"])');
    expect(run.stdout).not.toContain("\x1b");
  });

  it.each([
    [["--explain", "dags/etl.py"], /--explain expects <file>:<line>/],
    [["--explain", "dags/etl.py:0"], /--explain expects <file>:<line>/],
    [["--explain", "dags/etl.py:99"], /dags\/etl\.py has 27 lines; there is no line 99/],
    [["--explain", "dags/none.py:1"], /no such file: dags\/none\.py/],
    [["--explain", "dags/etl.py:1", "--format", "json"], /--explain prints text/],
    [["--explain", "dags/etl.py:1", "dags"], /--explain looks at one line of one file/],
  ])("%j: a usage error, exit 2", (args, message) => {
    const run = runCli(args, { cwd: project({ "dags/etl.py": DAG }).dir });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(message);
  });
});
