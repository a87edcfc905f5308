/**
 * The hostile sweep of the gate (issue 10): shapes the issue does not list, end to end through
 * `dag-transport review` against the GitHub stand-in. A symlinked directory, a huge or deeply
 * nested configuration (at the base and at the head), a configuration given by path, file
 * names no log should print raw, DAG files that are not text. Each run must finish in seconds
 * with a completed check, name what it could not read without quoting it, and never send or
 * print a secret: not in any request body the stand-in recorded, stdout, stderr or job summary.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { GitHubStandIn } from "./github-standin.js";
import {
  addedFile,
  ENGINE_FINDING,
  modifiedFile,
  pullRequestEvent,
  READ_TOKEN,
  runGate,
  spawnCli,
  tempDir,
  writeWorkspace,
  WRITE_TOKEN,
  type GateRun,
  standInPerTest,
} from "./harness.js";
import { billionLaughs, DEEP, NESTED_TOO_DEEP } from "../../../test/support/hostile-shapes.js";

const HEAD = "d".repeat(40);
const NUMBER = 7;
const CANARY_ENV = "AKIAcanarySweepEnvironment00000000000";
const CANARY_FILE = "AKIAcanarySweepFileOutside111111111111";
/** Generous: every run here takes a second or two; a hang or a quadratic blow-up takes minutes. */
const WITHIN_MS = 15_000;
const MIB = 1024 * 1024;
/** A fixture DAG of this repository, reached through /proc/self/cwd. */
const PROC_DAG = "azure_blob.py";

const startStandIn = standInPerTest({ number: NUMBER, headSha: HEAD });

const opened = (fork = false) => pullRequestEvent({ action: "opened", headSha: HEAD, number: NUMBER, fork });

/** A DAG the real engine flags on line 2 (an error: it blocks when added). */
const FINDING_DAG = `import os\n${ENGINE_FINDING}\n`;

/** Every request body the stand-in recorded, and what the run printed or wrote. */
function everythingPublished(
  api: GitHubStandIn,
  run: { stdout: string; stderr: string; stepSummary?: string },
): string {
  return [...api.requests.map((r) => r.body), run.stdout, run.stderr, run.stepSummary ?? ""].join("\n");
}

function expectNothingLeaked(api: GitHubStandIn, run: GateRun, started: number): void {
  const published = everythingPublished(api, run);
  expect(published).not.toContain(CANARY_ENV);
  expect(published).not.toContain(CANARY_FILE);
  expect(published).not.toContain(WRITE_TOKEN);
  expect(performance.now() - started).toBeLessThan(WITHIN_MS);
}

/** Outside the workspace: a secret file and a DAG that would quote it, optionally a repository. */
function outsideDirectory(options: { repository?: boolean } = {}): string {
  const dir = tempDir("sweep-outside");
  if (options.repository) execFileSync("git", ["init", "-q", dir]);
  writeFileSync(path.join(dir, "secret.txt"), `aws_secret_access_key = ${CANARY_FILE}\n`);
  // Were it read, its finding would quote the secret: `np.array("AKIA…")` is a numpy ndarray.
  writeFileSync(
    path.join(dir, "stolen.py"),
    `import numpy as np\nfrom airflow.decorators import task\n\n\n@task\ndef make():\n    return np.array("${CANARY_FILE}")\n`,
  );
  return dir;
}

// ---------------------------------------------------------------------------------------------

describe("the gate and a symlinked directory", () => {
  for (const [label, target, prFile] of [
    ["/", () => "/", (outside: string) => `dags${outside}/stolen.py`],
    [
      "/proc/self",
      () => "/proc/self",
      // /proc/self/cwd is the runner's working directory: a real DAG file there.
      () =>
        `dags/cwd/${path.relative(process.cwd(), path.resolve(import.meta.dirname, "../../../fixtures/python/apis", PROC_DAG))}`,
    ],
    ["a directory outside holding a secret and a DAG", (outside: string) => outside, () => "dags/stolen.py"],
    ["another repository outside (its own .git)", (outside: string) => outside, () => "dags/stolen.py"],
  ] as const) {
    it(`refuses a changed file reached through dags -> ${label}, and judges the rest`, async () => {
      const outside = outsideDirectory({ repository: label.startsWith("another") });
      const linked = prFile(outside);
      const api = await startStandIn([
        addedFile("ok/etl.py", FINDING_DAG),
        addedFile(linked, "x = 1\n"),
        addedFile("dags/leoflow.yaml", "x: 1\n"),
      ]);
      const workspace = writeWorkspace({ "ok/etl.py": FINDING_DAG });
      symlinkSync(target(outside), path.join(workspace, "dags"));

      const started = performance.now();
      const run = await runGate({ standIn: api, workspace, event: opened() });

      expectNothingLeaked(api, run, started);
      expect(run.exitCode).toBe(1);
      expect(api.checkRuns).toMatchObject([{ status: "completed", conclusion: "failure" }]);
      // The linked file gets its refusal (a file comment), the real one its finding.
      // dags/leoflow.yaml (a deployment file the policy lints) lies behind the link too.
      expect(api.reviewComments.map((c) => c.path).sort()).toEqual(
        [linked, "dags/leoflow.yaml", "ok/etl.py"].sort(),
      );
      expect(api.reviewComments.find((c) => c.path === "dags/leoflow.yaml")!.body).toContain("not analysed.");
      const refusal = api.reviewComments.find((c) => c.path === linked)!.body;
      expect(refusal).toContain("File is a link to something outside the workspace; not analysed.");
      expect(api.issueComments[0]!.body).toContain("file not analysed");
    });
  }

  it("a directory link cycle inside the workspace: the file is read once through it, the run ends", async () => {
    const api = await startStandIn([addedFile("dags/loop/dags/loop/dags/etl.py", FINDING_DAG)]);
    const workspace = writeWorkspace({ "dags/etl.py": FINDING_DAG });
    symlinkSync("..", path.join(workspace, "dags", "loop"));

    const started = performance.now();
    const run = await runGate({ standIn: api, workspace, event: opened() });

    expectNothingLeaked(api, run, started);
    expect(run.exitCode).toBe(1);
    expect(api.reviewComments.map((c) => [c.path, c.line])).toEqual([["dags/loop/dags/loop/dags/etl.py", 2]]);
  });

  it("the built CLI, with a real secret in its environment: nothing of /proc/self or a config linked there", async () => {
    const api = await startStandIn([
      addedFile("ok/etl.py", FINDING_DAG),
      addedFile("proc/environ.py", "x = 1\n"),
      addedFile("pyproject.toml", "x"),
      addedFile("ok/leoflow.yaml", "x"),
    ]);
    const workspace = writeWorkspace({ "ok/etl.py": FINDING_DAG });
    symlinkSync("/proc/self", path.join(workspace, "proc"));
    symlinkSync("/proc/self/environ", path.join(workspace, "pyproject.toml"));
    symlinkSync("../proc/environ", path.join(workspace, "ok", "leoflow.yaml"));
    const eventPath = path.join(tempDir("sweep-event"), "event.json");
    writeFileSync(eventPath, JSON.stringify(opened()));
    const summaryPath = path.join(path.dirname(eventPath), "summary.md");
    const env = {
      PATH: process.env.PATH ?? "",
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_API_URL: api.url,
      GITHUB_TOKEN: WRITE_TOKEN,
      GITHUB_STEP_SUMMARY: summaryPath,
      AWS_SECRET_ACCESS_KEY: CANARY_ENV,
    };

    for (const args of [
      ["review", "--config-from", "head"],
      ["review", "--config-from", "head", "--config", "proc/environ"],
    ]) {
      const started = performance.now();
      const run = await spawnCli(args, { cwd: workspace, env });

      expect(performance.now() - started).toBeLessThan(WITHIN_MS);
      const published = everythingPublished(api, run);
      expect(published).not.toContain(CANARY_ENV);
      expect(published).not.toContain(WRITE_TOKEN);
      expect(run.status).toBe(1);
      expect(api.checkRuns.at(-1)).toMatchObject({ status: "completed", conclusion: "failure" });
      expect(api.issueComments[0]!.body).toMatch(
        args.includes("--config")
          ? /Invalid configuration `proc\/environ` \(cannot read: File is a link to something outside the workspace/
          : /Invalid configuration `pyproject\.toml` \(cannot read: File is a link to something outside the workspace/,
      );
    }
  });
});

// ---------------------------------------------------------------------------------------------

const CONFIG_SHAPES: [label: string, file: string, text: () => string, reason: RegExp][] = [
  [
    "YAML with 150k keys (the library's pairwise duplicate check took minutes)",
    "dag-transport.config.yaml",
    () => `k: ${CANARY_ENV}\n${Array.from({ length: 150_000 }, (_, i) => `k${i}: ${i}`).join("\n")}\n`,
    /^unknown key 'k'$/,
  ],
  [
    "YAML with 50k anchors and an alias to each",
    "dag-transport.config.yaml",
    () =>
      `${Array.from({ length: 50_000 }, (_, i) => `k${i}: &a${i} ${i}`).join("\n")}\nall: [${CANARY_ENV}, ${Array.from({ length: 50_000 }, (_, i) => `*a${i}`).join(", ")}]\n`,
    /^cannot parse: more than 1000 aliases at line \d+, column \d+$/,
  ],
  [
    "a YAML alias bomb (billion laughs)",
    "dag-transport.config.yml",
    () => billionLaughs(CANARY_ENV),
    /^cannot parse: aliases expand too far or name no anchor$/,
  ],
  [
    "YAML flow mappings 100k deep",
    "dag-transport.config.yaml",
    () => `rules: ${"{a: ".repeat(DEEP)}${CANARY_ENV}${"}".repeat(DEEP)}\n`,
    NESTED_TOO_DEEP,
  ],
  [
    "TOML arrays 100k deep",
    "dag-transport.config.toml",
    () => `a = ${"[".repeat(DEEP)}"${CANARY_ENV}"${"]".repeat(DEEP)}\n`,
    NESTED_TOO_DEEP,
  ],
  [
    "a pyproject.toml table header 100k keys deep",
    "pyproject.toml",
    () => `[tool.dag-transport${".k".repeat(DEEP)}]\nx = "${CANARY_ENV}"\n`,
    /^unknown key 'k'$/,
  ],
  [
    "JSON objects 100k deep",
    "dag-transport.config.json",
    () => `${'{"rules": '.repeat(DEEP)}"${CANARY_ENV}"${"}".repeat(DEEP)}`,
    NESTED_TOO_DEEP,
  ],
  [
    "TOML with a 4.9 MiB string left open (served raw at the base: over 1 MB)",
    "dag-transport.config.toml",
    () => `rules = { "no-tmp-staging" = "${CANARY_ENV}${"x".repeat(4.9 * MIB)}\n`,
    /^cannot parse: syntax error at line 1, column \d+$/,
  ],
  [
    "a config 1 byte over 5 MiB",
    "dag-transport.config.json",
    () => `{"ignores": ["${CANARY_ENV}"]}`.padEnd(5 * MIB + 1, " "),
    /^cannot read: (File is 5\.0 MiB, over the 5 MiB limit; not analysed\.|over the 5 MiB limit at the base commit)$/,
  ],
];

describe("the gate and a huge or deeply nested configuration", () => {
  for (const [label, file, text, reason] of CONFIG_SHAPES) {
    for (const from of ["base", "head"] as const) {
      it(`${label}, policy from the ${from}: named with its position, recommended settings, a completed check`, async () => {
        const config = text();
        const api = await startStandIn(
          [addedFile("dags/etl.py", FINDING_DAG)],
          from === "base" ? { [file]: config } : {},
        );
        const workspace = writeWorkspace({
          "dags/etl.py": FINDING_DAG,
          ...(from === "head" ? { [file]: config } : {}),
        });

        const started = performance.now();
        const run = await runGate({
          standIn: api,
          workspace,
          event: opened(),
          args: ["--config-from", from],
        });

        expectNothingLeaked(api, run, started);
        expect(run.exitCode).toBe(1);
        expect(api.checkRuns).toMatchObject([{ status: "completed", conclusion: "failure" }]);
        const note =
          /Invalid configuration `([^`]+)` \(([^\n]*)\); reviewed with the recommended settings\./.exec(
            api.issueComments[0]!.body,
          );
        expect(note?.[1]).toBe(file);
        expect(note?.[2]).toMatch(reason);
      });
    }
  }

  for (const [label, , text] of CONFIG_SHAPES.filter(([, file]) => /\.ya?ml$/.test(file))) {
    it(`a leoflow.yaml that is ${label}, at the head and at the base: the DAG is still judged`, async () => {
      const sibling = text();
      const before = FINDING_DAG.replace("import os\n", "");
      const api = await startStandIn([modifiedFile("dags/etl.py", FINDING_DAG, [1])], {
        "dags/etl.py": before,
        "dags/leoflow.yaml": sibling,
      });
      const workspace = writeWorkspace({ "dags/etl.py": FINDING_DAG, "dags/leoflow.yaml": sibling });

      const started = performance.now();
      const run = await runGate({ standIn: api, workspace, event: opened() });

      expectNothingLeaked(api, run, started);
      expect(api.checkRuns).toMatchObject([{ status: "completed" }]);
      // The finding was there at the base too: judged, and informational.
      expect(run.exitCode).toBe(0);
      expect(api.checkRuns[0]!.summary).toContain("no-such-rule");
    });
  }
});

// ---------------------------------------------------------------------------------------------

describe("the gate and a configuration given by path", () => {
  for (const [label, config] of [
    ["a path with '..' out of the workspace", "../outside/dag-transport.config.toml"],
    ["an absolute path to /proc/self/environ", "/proc/self/environ"],
    ["an absolute path to /dev/zero", "/dev/zero"],
  ] as const) {
    it(`refuses --config naming ${label}: a usage error, nothing read, nothing posted`, async () => {
      const api = await startStandIn([addedFile("dags/etl.py", FINDING_DAG)]);
      const workspace = writeWorkspace({ "dags/etl.py": FINDING_DAG });

      const started = performance.now();
      const run = await runGate({ standIn: api, workspace, event: opened(), args: ["--config", config] });

      expectNothingLeaked(api, run, started);
      expect(run.exitCode).toBe(2);
      expect(run.stderr).toContain("--config must name a file inside the workspace");
      expect(api.requests).toEqual([]);
    });
  }

  it("takes --config with '..' that stays inside the workspace, read at the base", async () => {
    const api = await startStandIn([addedFile("dags/etl.py", FINDING_DAG)], {
      "conf/dag-transport.config.json": JSON.stringify({ rules: { "no-tmp-staging": "warn" } }),
    });
    const workspace = writeWorkspace({
      "dags/etl.py": FINDING_DAG,
      // The pull request's own copy would turn the finding off; the base's is what counts.
      "conf/dag-transport.config.json": JSON.stringify({ ignores: ["**"] }),
    });

    const started = performance.now();
    const run = await runGate({
      standIn: api,
      workspace,
      event: opened(),
      args: ["--config", "dags/../conf/dag-transport.config.json"],
    });

    expectNothingLeaked(api, run, started);
    expect(run.exitCode).toBe(1);
    expect(
      api.requestsTo("GET", /\/contents\/conf(%2F|\/)dag-transport\.config\.json$/).length,
    ).toBeGreaterThan(0);
  });

  for (const [label, baseFile] of [
    ["a symlink to /proc/self/environ at the base", { symlinkTo: "/proc/self/environ" }],
    ["a symlink out of the repository at the base", { symlinkTo: "../../../etc/passwd" }],
  ] as const) {
    it(`--config naming ${label}: not a regular file, recommended settings, a completed check`, async () => {
      const api = await startStandIn([addedFile("dags/etl.py", FINDING_DAG)], { "conf/cfg.toml": baseFile });
      const workspace = writeWorkspace({ "dags/etl.py": FINDING_DAG });

      const started = performance.now();
      const run = await runGate({
        standIn: api,
        workspace,
        event: opened(),
        args: ["--config", "conf/cfg.toml"],
      });

      expectNothingLeaked(api, run, started);
      expect(run.exitCode).toBe(1);
      expect(api.checkRuns).toMatchObject([{ status: "completed", conclusion: "failure" }]);
      expect(api.issueComments[0]!.body).toContain(
        "Invalid configuration `conf/cfg.toml` (cannot read: not a regular file at the base commit)",
      );
    });
  }

  for (const [label, plant, reason] of [
    [
      "a symlink to /dev/zero",
      (file: string) => symlinkSync("/dev/zero", file),
      "File is a link to something outside the workspace; not analysed.",
    ],
    ["a FIFO", (file: string) => execFileSync("mkfifo", [file]), "Not a regular file; not analysed."],
    [
      "a file in a directory that links outside",
      (file: string) => {
        const outside = outsideDirectory();
        writeFileSync(path.join(outside, "cfg.toml"), `rules = "${CANARY_FILE}\n`);
        symlinkSync(outside, path.dirname(file));
      },
      "File is a link to something outside the workspace; not analysed.",
    ],
  ] as const) {
    it(`--config naming ${label} (policy from the head): refused at once, named, a completed check`, async () => {
      const api = await startStandIn([addedFile("dags/etl.py", FINDING_DAG)]);
      const workspace = writeWorkspace({ "dags/etl.py": FINDING_DAG });
      if (!label.includes("directory")) mkdirSync(path.join(workspace, "conf"));
      plant(path.join(workspace, "conf", "cfg.toml"));

      const started = performance.now();
      const run = await runGate({
        standIn: api,
        workspace,
        event: opened(),
        args: ["--config", "conf/cfg.toml", "--config-from", "head"],
      });

      expectNothingLeaked(api, run, started);
      expect(run.exitCode).toBe(1);
      expect(api.checkRuns).toMatchObject([{ status: "completed", conclusion: "failure" }]);
      expect(api.issueComments[0]!.body).toContain(
        `Invalid configuration \`conf/cfg.toml\` (cannot read: ${reason})`,
      );
    });
  }
});

// ---------------------------------------------------------------------------------------------

const HOSTILE_NAMES = [
  "dags/new\n::error file=x.py,line=1::injected.py",
  "dags/cr\r::warning::injected.py",
  "::stop-commands::endtoken.py",
  "dags/::add-mask::visible.py",
  "dags/ansi\u001b[2J\u001b]0;title\u0007.py",
  "dags/c1\u009b31m.py",
  "dags/sep\u2028::error::injected.py",
  `dags/${"long".repeat(62)}.py`,
];

/** Raw control characters other than the line break that ends each line. */
// eslint-disable-next-line no-control-regex -- the point of the check
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f\u0080-\u009f]/;

describe("the gate and file names with control characters, line breaks, `::`", () => {
  it("read-only token: one workflow command per finding, no other line starting with `::`", async () => {
    const api = await startStandIn(HOSTILE_NAMES.map((name) => addedFile(name, FINDING_DAG)));
    const workspace = writeWorkspace(Object.fromEntries(HOSTILE_NAMES.map((name) => [name, FINDING_DAG])));

    const started = performance.now();
    const run = await runGate({ standIn: api, workspace, event: opened(true), token: READ_TOKEN });

    expectNothingLeaked(api, run, started);
    expect(run.exitCode).toBe(1);
    const lines = run.stdout.split("\n").filter(Boolean);
    expect(lines).toHaveLength(HOSTILE_NAMES.length);
    for (const line of lines) expect(line).toMatch(/^::error file=[^\r\n:,]*,line=2,[^\r\n]*::[^\r\n]*$/);
    expect(run.stdout).not.toContain("\r");
    expect(run.stderr).not.toMatch(/^::/m);
    expect(run.stderr).not.toMatch(RAW_CONTROL);
    expect(run.stepSummary).not.toMatch(/^::/m);
    expect(run.stepSummary).not.toMatch(RAW_CONTROL);
  });

  it("write token: every finding posted on its file, comments and the check free of raw control characters", async () => {
    const api = await startStandIn(HOSTILE_NAMES.map((name) => addedFile(name, FINDING_DAG)));
    const workspace = writeWorkspace(Object.fromEntries(HOSTILE_NAMES.map((name) => [name, FINDING_DAG])));

    const started = performance.now();
    const run = await runGate({ standIn: api, workspace, event: opened() });

    expectNothingLeaked(api, run, started);
    expect(run.exitCode).toBe(1);
    expect(api.checkRuns).toMatchObject([{ status: "completed", conclusion: "failure" }]);
    expect(api.reviewComments.map((c) => c.path).sort()).toEqual([...HOSTILE_NAMES].sort());
    for (const text of [
      ...api.reviewComments.map((c) => c.body),
      ...api.issueComments.map((c) => c.body),
      api.checkRuns[0]!.summary ?? "",
      api.checkRuns[0]!.title ?? "",
    ])
      expect(text).not.toMatch(RAW_CONTROL);
    expect(run.stdout).toBe("");
    expect(run.stderr).not.toMatch(/^::/m);
  });
});

// ---------------------------------------------------------------------------------------------

describe("the gate and DAG files that are not text", () => {
  it("reports each as not analysed, judges the other files, completes its check", async () => {
    const shapes: Record<string, string | Buffer> = {
      "dags/binary.py": Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00, 0xff, 0xfe]),
      "dags/nul.py": `x = 1\u0000\n${FINDING_DAG}`,
      "dags/latin1.py": Buffer.from(`x = "caf\xe9"\n${FINDING_DAG}`, "latin1"),
      "dags/over.py": "#".repeat(5 * MIB + 1),
    };
    const api = await startStandIn([
      addedFile("dags/etl.py", FINDING_DAG),
      ...Object.keys(shapes).map((name) => ({ ...addedFile(name, "x"), patch: undefined })),
      { ...addedFile("dags/sparse.py", "x"), patch: undefined },
    ]);
    const workspace = writeWorkspace({ "dags/etl.py": FINDING_DAG });
    for (const [name, content] of Object.entries(shapes)) writeFileSync(path.join(workspace, name), content);
    const sparse = path.join(workspace, "dags/sparse.py");
    writeFileSync(sparse, "");
    truncateSync(sparse, 10 * 1024 * MIB);

    const started = performance.now();
    const run = await runGate({ standIn: api, workspace, event: opened() });

    expectNothingLeaked(api, run, started);
    expect(run.exitCode).toBe(1);
    expect(api.checkRuns).toMatchObject([{ status: "completed", conclusion: "failure" }]);
    expect(api.reviewComments.map((c) => [c.path, c.line]).filter(([p]) => p === "dags/etl.py")).toEqual([
      ["dags/etl.py", 2],
    ]);
    const posted = [
      ...api.reviewComments.map((c) => `${c.path}: ${c.body}`),
      api.issueComments[0]!.body,
    ].join("\n");
    for (const [name, problem] of [
      ["dags/binary.py", "Binary file (contains NUL bytes); not analysed."],
      ["dags/nul.py", "Binary file (contains NUL bytes); not analysed."],
      ["dags/latin1.py", "File is not valid UTF-8; not analysed."],
      ["dags/over.py", "File is 5.0 MiB, over the 5 MiB limit; not analysed."],
      ["dags/sparse.py", "File is 10240.0 MiB, over the 5 MiB limit; not analysed."],
    ])
      expect(posted).toMatch(
        new RegExp(`${name.replace(".", "\\.")}[^\\n]*\\n?[^\\n]*${problem.replace(/[.()]/g, "\\$&")}`),
      );
  });
});
