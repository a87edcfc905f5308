/**
 * `--cache` through the real CLI binary: a warm run prints exactly what a cold run prints, and
 * every input a result depends on invalidates it — the file, its configuration, a sibling
 * `leoflow.yaml`, an imported helper module (also one that appears and now wins the lookup),
 * the rule selection — and nothing else. A broken or hostile cache file is ignored; two runs at
 * once leave a usable cache; a cache that cannot be written is a warning.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import {
  chmodSync,
  existsSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { CLI_BIN, runCli } from "./support/cli.js";
import { FLAGGED_DAG, tempProject } from "./support/project.js";

const projects: { cleanup: () => void }[] = [];
afterEach(() => projects.splice(0).forEach((p) => p.cleanup()));

const DEBUG = { DAG_TRANSPORT_DEBUG: "cache", FORCE_COLOR: undefined, NO_COLOR: "1" };

/** A DAG that hands a /tmp file on through a helper imported from the repository. */
const IMPORTING_DAG = `import pandas as pd
from airflow.decorators import dag, task
from helpers.io import save


@dag(schedule=None)
def d():
    @task
    def write():
        save(pd.DataFrame(), "/tmp/x.parquet")

    @task
    def read():
        return len(pd.read_parquet("/tmp/x.parquet"))

    write() >> read()


d()
`;
const WRITING_HELPER = "def save(frame, path):\n    frame.to_parquet(path)\n";
const PRINTING_HELPER = "def save(frame, path):\n    print(path)\n";

const LEOFLOW_DAG = `import os

from airflow.sdk import DAG, task


@task
def extract() -> str:
    return os.path.join(os.environ["LEOFLOW_STAGING_DIR"], "raw.json")


with DAG("etl_staging", schedule=None):
    extract()
`;
const leoflowYaml = (enabled: boolean) =>
  `schema_version: "1.0"\ndag_id: etl_staging\nstaging:\n  enabled: ${enabled}\n  size: 5Gi\n`;

const SUPPRESSED_DAG = `import numpy as np
from airflow.decorators import task


@task
def make():
    return np.zeros(3)  # dag-transport: ignore[no-unserializable-xcom] -- reviewed: small array
# dag-transport: ignore[no-tmp-staging] -- left over
`;

function project() {
  const p = tempProject({
    ".git/HEAD": "ref: refs/heads/main\n",
    "dags/flagged.py": FLAGGED_DAG,
    "dags/suppressed.py": SUPPRESSED_DAG,
    "dags/importing.py": IMPORTING_DAG,
    "dags/clean.py": FLAGGED_DAG.replace("np.zeros(3)", "np.zeros(3).tolist()"),
    "helpers/io.py": WRITING_HELPER,
    "leo/dag.py": LEOFLOW_DAG,
    "leo/leoflow.yaml": leoflowYaml(false),
  });
  projects.push(p);
  return p;
}

/** A run with the cache on: its output, and which files it linted (the rest it reused). */
function cached(cwd: string, args: string[] = []) {
  const run = runCli(["--cache", ...args], { cwd, env: DEBUG });
  const stats = /dag-transport: cache: (\d+) reused \((\d+) hashed\), \d+ linted(.*)\n/.exec(run.stderr);
  return {
    ...run,
    reused: stats ? Number(stats[1]) : -1,
    /** Files read and hashed to check them (the rest were known unchanged by their metadata). */
    hashed: stats ? Number(stats[2]) : -1,
    linted: stats ? stats[3]!.trim().split(" ").filter(Boolean).sort() : [],
    warnings: run.stderr.replace(/dag-transport: cache: .*\n/, ""),
  };
}

function cold(cwd: string, args: string[] = []) {
  return runCli(args, { cwd, env: DEBUG });
}

const DAG_FILES = [
  "dags/clean.py",
  "dags/flagged.py",
  "dags/importing.py",
  "dags/suppressed.py",
  "helpers/io.py",
  "leo/dag.py",
];

describe("--cache", () => {
  it("a warm run prints what a cold run prints, in every format, and lints nothing", () => {
    const { dir } = project();
    for (const format of ["stylish", "json", "sarif", "github", "gitlab", "junit"]) {
      const args = ["--format", format];
      const reference = cold(dir, args);
      expect(reference.status).toBe(1);
      const first = cached(dir, args);
      const second = cached(dir, args);
      for (const run of [first, second]) {
        expect(run.stdout).toBe(reference.stdout);
        expect(run.status).toBe(reference.status);
        expect(run.warnings).toBe("");
      }
      expect(second.linted).toEqual([]);
      expect(second.reused).toBe(DAG_FILES.length);
    }
    // The default location, in the working directory.
    expect(existsSync(path.join(dir, ".dag-transport-cache"))).toBe(true);
    // What the fixture is for: findings, a used and an unused suppression, a helper's finding, Leoflow's.
    const json = cold(dir, ["--format", "json"]).stdout;
    for (const expected of [
      "no-unserializable-xcom",
      "Unused eslint-disable directive",
      "no-tmp-staging",
      "staging-requires-volume",
      "reviewed: small array",
    ])
      expect(json).toContain(expected);
  });

  it("a changed file is linted again, and nothing else", () => {
    const p = project();
    cached(p.dir);
    p.write("dags/clean.py", FLAGGED_DAG);
    const warm = cached(p.dir);
    expect(warm.linted).toEqual(["dags/clean.py"]);
    expect(warm.stdout).toBe(cold(p.dir).stdout);
    expect(warm.stdout).toContain("clean.py");
  });

  it("a changed sibling leoflow.yaml invalidates the DAG beside it", () => {
    const p = project();
    const before = cached(p.dir);
    expect(before.stdout).toContain("staging-requires-volume");
    p.write("leo/leoflow.yaml", leoflowYaml(true));
    const warm = cached(p.dir);
    expect(warm.linted).toEqual(["leo/dag.py"]);
    expect(warm.stdout).not.toContain("staging-requires-volume");
    expect(warm.stdout).toBe(cold(p.dir).stdout);
  });

  it("a changed imported helper invalidates the DAGs that import it", () => {
    const p = project();
    expect(cached(p.dir).stdout).toMatch(/importing\.py[\s\S]*no-tmp-staging/);
    p.write("helpers/io.py", PRINTING_HELPER);
    const warm = cached(p.dir);
    // The helper is a Python file of the run too.
    expect(warm.linted).toEqual(["dags/importing.py", "helpers/io.py"]);
    expect(warm.stdout).not.toMatch(/importing\.py/);
    expect(warm.stdout).toBe(cold(p.dir).stdout);
  });

  it("a module that appears and now wins the import invalidates the DAG", () => {
    const p = project();
    cached(p.dir);
    // dags/helpers/io.py is nearer to the DAG than the root's helpers/: it shadows it.
    p.write("dags/helpers/__init__.py", "");
    p.write("dags/helpers/io.py", PRINTING_HELPER);
    const warm = cached(p.dir);
    expect(warm.linted).toEqual(["dags/helpers/__init__.py", "dags/helpers/io.py", "dags/importing.py"]);
    expect(warm.stdout).toBe(cold(p.dir).stdout);
    expect(warm.stdout).not.toMatch(/importing\.py/);
  });

  it("a module that appears invalidates every DAG of the folders that looked it up, and only those", () => {
    // Two DAGs of one folder and one of another import the same module; the folders' files
    // share their look-ups (checked once per folder and path), and a new file ends them all.
    const p = project();
    p.write("dags/importing_too.py", IMPORTING_DAG);
    p.write("other/importing.py", IMPORTING_DAG);
    cached(p.dir);
    expect(cached(p.dir).linted).toEqual([]);
    p.write("dags/helpers/__init__.py", "");
    p.write("dags/helpers/io.py", PRINTING_HELPER);
    const warm = cached(p.dir);
    expect(warm.linted).toEqual([
      "dags/helpers/__init__.py",
      "dags/helpers/io.py",
      "dags/importing.py",
      "dags/importing_too.py",
    ]);
    expect(warm.stdout).toBe(cold(p.dir).stdout);
    expect(warm.stdout).toMatch(/other\/importing\.py/);
  });

  it("a changed Airflow version pin invalidates the DAGs judged against it", () => {
    const p = project();
    p.write(
      "pinned/dag.py",
      "import numpy as np\nfrom airflow.decorators import task\n\n\n@task\ndef make():\n    return np.float64(1.0)\n",
    );
    p.write("pinned/requirements.txt", "apache-airflow==2.5.0\n");
    expect(cached(p.dir).stdout).toContain("no serializer for numpy");
    p.write("pinned/requirements.txt", "apache-airflow==2.8.0\n");
    const warm = cached(p.dir);
    expect(warm.linted).toEqual(["pinned/dag.py"]);
    expect(warm.stdout).not.toContain("no serializer for numpy");
    expect(warm.stdout).toBe(cold(p.dir).stdout);
  });

  it("a changed configuration or rule selection invalidates what it governs", () => {
    const p = project();
    cached(p.dir);
    const byRule = cached(p.dir, ["--rule", "no-unserializable-xcom"]);
    expect(byRule.linted).toEqual(DAG_FILES);
    expect(byRule.stdout).toBe(cold(p.dir, ["--rule", "no-unserializable-xcom"]).stdout);
    expect(cached(p.dir, ["--rule", "no-unserializable-xcom"]).linted).toEqual([]);

    expect(cached(p.dir).linted).toEqual(DAG_FILES);

    // A configuration in leo/ governs leo/dag.py only.
    p.write("leo/dag-transport.config.toml", '[rules]\n"staging-requires-volume" = "off"\n');
    const configured = cached(p.dir);
    expect(configured.linted).toEqual(["leo/dag.py"]);
    expect(configured.stdout).toBe(cold(p.dir).stdout);
    expect(configured.stdout).not.toContain("staging-requires-volume");
  });

  it("does not cache a file it could not read: a link out of the workspace, then a real file", () => {
    const p = project();
    const outside = tempProject({ "x.py": FLAGGED_DAG });
    projects.push(outside);
    symlinkSync(outside.file("x.py"), p.file("dags/linked.py"));
    const first = cached(p.dir, ["--format", "json"]);
    expect(first.stdout).toContain("outside the workspace");
    rmSync(p.file("dags/linked.py"));
    p.write("dags/linked.py", FLAGGED_DAG);
    const warm = cached(p.dir, ["--format", "json"]);
    expect(warm.linted).toEqual(["dags/linked.py"]);
    expect(warm.stdout).toBe(cold(p.dir, ["--format", "json"]).stdout);
    expect(warm.stdout).not.toContain("outside the workspace");
  });

  it("--fix with --cache: the fixed file is linted afresh next time", () => {
    const p = project();
    const reference = tempProject(Object.fromEntries(DAG_FILES.map((f) => [f, readFileSync(p.file(f))])));
    projects.push(reference);
    cached(p.dir);
    const fixed = cached(p.dir, ["--fix"]);
    expect(readFileSync(p.file("dags/suppressed.py"), "utf8")).not.toContain("left over");
    const afterFix = cached(p.dir);
    expect(afterFix.linted).toEqual(["dags/suppressed.py"]);
    expect(afterFix.stdout).toBe(cold(p.dir).stdout);
    expect(fixed.stdout).toBe(afterFix.stdout);
  });

  it.each([
    ["empty", ""],
    ["garbage", "not a cache at all"],
    ["another version's", "dag-transport-cache 1 0.0.0-other 00\n{}"],
    ["another format's", "dag-transport-cache 999 VERSION 00\n{}"],
  ])("ignores a cache file that is %s", (_, content) => {
    const p = project();
    const reference = cold(p.dir, ["--format", "json"]);
    cached(p.dir);
    const version = readFileSync(p.file(".dag-transport-cache"), "latin1").split(" ")[2]!;
    writeFileSync(p.file(".dag-transport-cache"), content.replace("VERSION", version));
    const run = cached(p.dir, ["--format", "json"]);
    expect(run.stdout).toBe(reference.stdout);
    expect(run.linted).toEqual(DAG_FILES);
    expect(run.warnings).toBe("");
    expect(cached(p.dir, ["--format", "json"]).reused).toBe(DAG_FILES.length);
  });

  it("ignores a truncated or altered cache file (its checksum), and hostile entries", () => {
    const p = project();
    const reference = cold(p.dir, ["--format", "json"]);
    cached(p.dir);
    const file = p.file(".dag-transport-cache");
    const good = readFileSync(file, "utf8");
    const [header, body] = [good.slice(0, good.indexOf("\n")), good.slice(good.indexOf("\n") + 1)];
    // Truncated; a finding's message altered without the checksum.
    for (const bad of [good.slice(0, good.length - 40), good.replace("is a numpy", "is a nunpy")]) {
      writeFileSync(file, bad);
      const run = cached(p.dir, ["--format", "json"]);
      expect(run.stdout).toBe(reference.stdout);
      expect(run.linted).toEqual(DAG_FILES);
    }
    // Checksummed but hostile: wrong shapes for every entry, indices outside the tables, a
    // prototype key; tables that are not lists of strings.
    type Packed = unknown[];
    const parsed = JSON.parse(body) as Record<string, unknown> & { files: Record<string, Packed> };
    const CLEAN = {
      messages: [],
      suppressedMessages: [],
      errorCount: 0,
      fatalErrorCount: 0,
      warningCount: 0,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
      usedDeprecatedRules: [],
    };
    const withResult = (e: Packed, change: object) => [...e.slice(0, 5), { ...(e[5] || CLEAN), ...change }];
    const shapes: ((e: Packed) => unknown)[] = [
      (e) => withResult(e, { messages: "x" }),
      (e) => withResult(e, { errorCount: 99 }),
      (e) => [...e.slice(0, 4), [0, 0], e[5]],
      (e) => [...e.slice(0, 4), 1e9, e[5]],
      (e) => [...e.slice(0, 4), -1, e[5]],
      (e) => [...e.slice(0, 4), 0.5, e[5]],
      (e) => [e[0], e[1], 99999, ...e.slice(3)],
      (e) => [e[0], e[1], e[2], -1, ...e.slice(4)],
      (e) => [...e.slice(0, 5), null],
      (e) => e.slice(0, 5),
      () => 42,
    ];
    const write = (hostile: object, linted = DAG_FILES) => {
      const text = JSON.stringify(hostile)
        .replace(/^\{/, '{"__proto__":{"polluted":1},')
        .replace('"files":{', '"files":{"__proto__":{"polluted":1},');
      const digest = createHash("sha256").update(text).digest("hex");
      writeFileSync(file, `${header.split(" ").slice(0, 3).join(" ")} ${digest}\n${text}`);
      const run = cached(p.dir, ["--format", "json"]);
      expect(run.status).toBe(reference.status);
      expect(run.stdout).toBe(reference.stdout);
      expect(run.linted).toEqual(linted);
    };
    for (const shape of shapes)
      write({
        ...parsed,
        files: Object.fromEntries(Object.entries(parsed.files).map(([k, e]) => [k, shape(e)])),
      });
    for (const table of ["names", "digests", "contexts", "options"]) write({ ...parsed, [table]: [1, 2] });
    // The tree of read paths: not lists, odd counts, a parent after its child or outside the
    // list, a root that is not one, names that are not one segment ("..", ".", "", "a/b"),
    // paths outside the folders or the names.
    const names = parsed.names as string[];
    const folders = parsed.folders as number[];
    const paths = parsed.paths as number[];
    const named = (name: string) => ({ ...parsed, names: [...names, name] });
    const extra = names.length;
    for (const [key, value] of [
      ["folders", {}],
      ["paths", "x"],
      ["folders", [...folders, 0]],
      ["paths", [...paths, 0]],
      ["folders", [1, ...folders.slice(1)]],
      ["folders", [...folders, 1e9, 0]],
      ["folders", [...folders.slice(0, 2), 0, folders[1]!, ...folders.slice(4)]],
      ["paths", paths.map((v, i) => (i % 2 === 0 ? 1e9 : v))],
      ["paths", paths.map((v, i) => (i % 2 === 1 ? 1e9 : v))],
    ] as const)
      write({ ...parsed, [key]: value });
    for (const name of ["..", ".", "", "a/b"]) {
      write({ ...named(name), folders: folders.map((v, i) => (i === 3 ? extra : v)) });
      write({ ...named(name), paths: paths.map((v, i) => (i % 2 === 1 ? extra : v)) });
    }
    write({ ...named("relative"), folders: folders.map((v, i) => (i === 1 ? extra : v)) });
    // Read sets (shared by entries): not a list, indices outside the tables, an odd count, not lists.
    const sets = parsed.readSets as unknown[];
    for (const set of [[1e9, 0], [0, 1e9], [0], "x", [-1, 0], [0.5, 0]])
      write({ ...parsed, readSets: sets.map(() => set) });
    write({ ...parsed, readSets: {} });
    write({ ...parsed, files: [] });
    // The untouched file, rewritten whole: every result reused (the shapes above were the cause).
    write(parsed, []);
  });

  it("two runs at once both print the cold output and leave a cache a third run reuses", async () => {
    const p = project();
    const reference = cold(p.dir, ["--format", "json"]);
    const runOnce = () =>
      new Promise<string>((resolve, reject) => {
        const child = spawn(process.execPath, [CLI_BIN, "--cache", "--format", "json"], { cwd: p.dir });
        let out = "";
        child.stdout.on("data", (d: Buffer) => (out += d.toString()));
        child.on("error", reject);
        child.on("close", () => resolve(out));
      });
    for (let round = 0; round < 2; round++) {
      const outputs = await Promise.all([runOnce(), runOnce(), runOnce()]);
      for (const out of outputs) expect(out).toBe(reference.stdout);
    }
    // No temporary files left behind; the cache is whole.
    expect(readdirSync(p.dir).filter((n) => n.includes(".tmp"))).toEqual([]);
    const third = cached(p.dir, ["--format", "json"]);
    expect(third.reused).toBe(DAG_FILES.length);
    expect(third.stdout).toBe(reference.stdout);
  });

  it("--cache-location: a file, a directory (ESLint's naming), outside the repository", () => {
    const p = project();
    const elsewhere = tempProject({});
    projects.push(elsewhere);
    const asFile = elsewhere.file("my-cache");
    cached(p.dir, ["--cache-location", asFile]);
    expect(existsSync(asFile)).toBe(true);
    expect(cached(p.dir, ["--cache-location", asFile]).reused).toBe(DAG_FILES.length);
    cached(p.dir, ["--cache-location", `${elsewhere.dir}/`]);
    expect(readdirSync(elsewhere.dir).filter((n) => n.startsWith(".dag-transport-cache_"))).toHaveLength(1);
    expect(existsSync(path.join(p.dir, ".dag-transport-cache"))).toBe(false);
  });

  it("a cache it cannot write is a warning, not a failure", () => {
    const p = project();
    const reference = cold(p.dir);
    p.write("not-a-folder", "x");
    const run = cached(p.dir, ["--cache-location", "not-a-folder/cache"]);
    expect(run.status).toBe(reference.status);
    expect(run.stdout).toBe(reference.stdout);
    expect(run.warnings).toMatch(
      /^dag-transport: warning: could not write the cache file not-a-folder\/cache \(ENOTDIR\); results were not cached\n$/,
    );
    // A directory it may not write to (unless this runs as root, who may).
    const locked = p.write("locked/.keep", "");
    chmodSync(path.dirname(locked), 0o555);
    try {
      const lockedRun = cached(p.dir, ["--cache-location", "locked/"]);
      expect(lockedRun.status).toBe(reference.status);
      expect(lockedRun.stdout).toBe(reference.stdout);
    } finally {
      chmodSync(path.dirname(locked), 0o755);
    }
  });

  it("is refused with --stdin", () => {
    const run = runCli(["--cache", "--stdin", "--stdin-filename", "x.py"], { input: FLAGGED_DAG });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--cache applies to files/);
  });
});

/**
 * Waits until what was just written is older than the cache's settling time (result-cache.ts
 * `SETTLE_NS`, 2 s): metadata of a file changed more recently is not trusted, nor recorded.
 */
function settle(): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2300);
}

/** A clean DAG turned flagged by one byte: `.tolist()` becomes a comment. Same size. */
const sameSizeFlagged = (text: string) => text.replace("np.zeros(3).tolist()", "np.zeros(3)#tolist()");

describe("--cache: what a warm run loads", () => {
  /** The frontends a run loaded (`DAG_TRANSPORT_DEBUG=frontends`). */
  function frontendsLoaded(cwd: string): string {
    const run = runCli(["--cache"], { cwd, env: { ...DEBUG, DAG_TRANSPORT_DEBUG: "cache,frontends" } });
    return /dag-transport: frontends loaded: (.*)\n/.exec(run.stderr)?.[1] ?? "no debug line";
  }

  it("a run that reuses every result loads no frontend (nor the Python parser); one that lints a file loads Python's", () => {
    // Only DAG sources: a configuration file (leoflow.yaml) is linted on every run, and its
    // check analyses the DAG it names, so it loads the Python frontend whatever the cache holds.
    const p = tempProject({
      ".git/HEAD": "ref: refs/heads/main\n",
      "dags/flagged.py": FLAGGED_DAG,
      "dags/clean.py": FLAGGED_DAG.replace("np.zeros(3)", "np.zeros(3).tolist()"),
      "dags/importing.py": IMPORTING_DAG,
      "helpers/io.py": WRITING_HELPER,
    });
    projects.push(p);
    expect(frontendsLoaded(p.dir)).toBe("python");
    expect(frontendsLoaded(p.dir)).toBe("none");
    // One Python file changed: the Python frontend loads for it, the TypeScript one does not.
    p.write("dags/clean.py", `${readFileSync(p.file("dags/clean.py"), "utf8")}\n# changed\n`);
    expect(frontendsLoaded(p.dir)).toBe("python");
    expect(frontendsLoaded(p.dir)).toBe("none");
  });
});

describe("--cache-strategy", () => {
  it("metadata (the default): a settled file is not read again; a touched one is hashed, and reused", () => {
    const p = project();
    const first = cached(p.dir);
    // Files just written are too recent to trust their metadata: a run after they settled
    // records it (hashing them, if the first run did not), and the next one reads none.
    settle();
    cached(p.dir);
    const warm = cached(p.dir);
    expect(warm).toMatchObject({ hashed: 0, reused: DAG_FILES.length, linted: [], stdout: first.stdout });
    // Touched: same bytes, new times. Hashed, found the same, reused.
    utimesSync(p.file("dags/clean.py"), new Date(), new Date());
    const touched = cached(p.dir);
    expect(touched).toMatchObject({ hashed: 1, reused: DAG_FILES.length, linted: [], stdout: first.stdout });
    expect(touched.stdout).toBe(cold(p.dir).stdout);
  });

  it("content: every file is hashed on every run", () => {
    const p = project();
    cached(p.dir, ["--cache-strategy", "content"]);
    settle();
    for (let run = 0; run < 2; run++)
      expect(cached(p.dir, ["--cache-strategy", "content"])).toMatchObject({
        hashed: DAG_FILES.length,
        reused: DAG_FILES.length,
        linted: [],
      });
  });

  it.each(["content", "metadata"])(
    "%s: a rewrite with the same size, inode and a restored mtime is linted again",
    (strategy) => {
      const p = project();
      const file = p.file("dags/clean.py");
      // A whole-second mtime, so that restoring it restores it to the nanosecond.
      const mtime = new Date("2026-01-01T00:00:00Z");
      utimesSync(file, mtime, mtime);
      const args = ["--cache-strategy", strategy, "--format", "json"];
      cached(p.dir, args);
      settle();
      cached(p.dir, args);
      if (strategy === "metadata") expect(cached(p.dir, args).hashed).toBe(0);
      const before = statSync(file, { bigint: true });
      writeFileSync(file, sameSizeFlagged(readFileSync(file, "utf8")));
      utimesSync(file, mtime, mtime);
      const after = statSync(file, { bigint: true });
      expect([after.size, after.ino, after.mtimeNs]).toEqual([before.size, before.ino, before.mtimeNs]);
      // Only the status-change time tells: `metadata` hashes the file, `content` always does.
      expect(after.ctimeNs).not.toBe(before.ctimeNs);
      const warm = cached(p.dir, args);
      expect(warm.linted).toEqual(["dags/clean.py"]);
      expect(warm.stdout).toBe(cold(p.dir, ["--format", "json"]).stdout);
      expect(warm.stdout).toMatch(/clean\.py[^}]*no-unserializable-xcom/);
    },
  );

  it("metadata: an imported helper rewritten with the same size, inode and a restored mtime invalidates its importer", () => {
    const p = project();
    const helper = p.file("helpers/io.py");
    const mtime = new Date("2026-01-01T00:00:00Z");
    utimesSync(helper, mtime, mtime);
    // Linted once every file settled: the importer's record keeps the helper's identity.
    settle();
    expect(cached(p.dir).stdout).toMatch(/importing\.py[\s\S]*no-tmp-staging/);
    expect(cached(p.dir)).toMatchObject({ hashed: 0, linted: [] });
    const before = statSync(helper, { bigint: true });
    writeFileSync(helper, WRITING_HELPER.replace("frame.to_parquet(path)", "print(path) #".padEnd(22, "x")));
    utimesSync(helper, mtime, mtime);
    const after = statSync(helper, { bigint: true });
    expect([after.size, after.ino, after.mtimeNs]).toEqual([before.size, before.ino, before.mtimeNs]);
    const warm = cached(p.dir);
    expect(warm.linted).toEqual(["dags/importing.py", "helpers/io.py"]);
    expect(warm.stdout).not.toMatch(/importing\.py/);
    expect(warm.stdout).toBe(cold(p.dir).stdout);
  });

  it("metadata: a file replaced by a link to an identical file outside the workspace is refused, as cold", () => {
    const p = project();
    const outside = tempProject({ "clean.py": readFileSync(p.file("dags/clean.py")) });
    projects.push(outside);
    cached(p.dir);
    settle();
    cached(p.dir);
    rmSync(p.file("dags/clean.py"));
    symlinkSync(outside.file("clean.py"), p.file("dags/clean.py"));
    const warm = cached(p.dir, ["--format", "json"]);
    expect(warm.linted).toEqual(["dags/clean.py"]);
    expect(warm.stdout).toContain("outside the workspace");
    expect(warm.stdout).toBe(cold(p.dir, ["--format", "json"]).stdout);
  });

  it("rejects a strategy it does not know", () => {
    const run = runCli(["--cache", "--cache-strategy", "mtime", "."]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--cache-strategy expects metadata or content/);
  });
});
