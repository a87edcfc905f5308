/** The dag-transport command as users and CI call it: exit codes, options, output shapes, config. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { REPO_ROOT, runCli, runCliJson } from "./support/cli.js";
import { CLEAN_DAG, FLAGGED_DAG, tempProject } from "./support/project.js";

const projects: ReturnType<typeof tempProject>[] = [];
function project(files: Record<string, string>) {
  const made = tempProject(files);
  projects.push(made);
  return made;
}
afterEach(() => {
  for (const p of projects.splice(0)) p.cleanup();
});

describe("cli: help, version, usage errors", () => {
  it("prints help with every rule and exits 0", () => {
    const run = runCli(["--help"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: dag-transport \[options\] \[paths\.\.\.\]/);
    expect(run.stdout).toContain("no-unserializable-xcom");
  });

  it("prints the package version and exits 0", () => {
    const { version } = JSON.parse(
      readFileSync(path.join(REPO_ROOT, "packages/cli/package.json"), "utf8"),
    ) as {
      version: string;
    };
    expect(runCli(["--version"])).toMatchObject({ status: 0, stdout: `${version}\n` });
  });

  it.each([
    [["--frobnicate"], /^dag-transport: unknown option '--frobnicate'\n/],
    [["--format", "xml", "."], /unknown format 'xml'/],
    [["does-not-exist"], /no such file or directory: does-not-exist/],
  ])("exits 2 on a usage error: %j", (args, message) => {
    const { dir } = project({ "dag.py": CLEAN_DAG });
    const run = runCli(args, { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(message);
  });
});

describe("cli: exit codes and output", () => {
  it("exits 0 when nothing is found, 1 on error-level findings", () => {
    const { dir } = project({ "clean.py": CLEAN_DAG, "sub/also_clean.py": CLEAN_DAG });
    expect(runCli([], { cwd: dir }).status).toBe(0);
    const flagged = project({ "clean.py": CLEAN_DAG, "flagged.py": FLAGGED_DAG });
    const run = runCli([], { cwd: flagged.dir });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("flagged.py");
    expect(run.stdout).toMatch(/7:12\s+error\s+`np\.zeros\(3\)` is a numpy ndarray/);
  });

  it("exits 0 when findings are only warnings", () => {
    const { dir } = project({
      "flagged.py": FLAGGED_DAG,
      "dag-transport.config.json": JSON.stringify({ rules: { "no-unserializable-xcom": "warn" } }),
    });
    const { status, results } = runCliJson([], { cwd: dir });
    expect(status).toBe(0);
    expect(results[0]!.messages.map((m) => m.severity)).toEqual([1]);
  });

  it("prints ESLint's JSON format", () => {
    const { dir } = project({ "flagged.py": FLAGGED_DAG });
    const { results } = runCliJson(["flagged.py"], { cwd: dir });
    expect(results).toHaveLength(1);
    const [result] = results;
    expect(Object.keys(result!).sort()).toEqual(
      [
        "filePath",
        "messages",
        "suppressedMessages",
        "errorCount",
        "fatalErrorCount",
        "warningCount",
        "fixableErrorCount",
        "fixableWarningCount",
        "usedDeprecatedRules",
      ].sort(),
    );
    expect(result).toMatchObject({
      filePath: path.join(dir, "flagged.py"),
      errorCount: 1,
      fatalErrorCount: 0,
      warningCount: 0,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
      usedDeprecatedRules: [],
      suppressedMessages: [],
    });
    expect(result!.messages[0]).toMatchObject({
      ruleId: "dag-transport/no-unserializable-xcom",
      severity: 2,
      messageId: "unserializable",
      line: 7,
      column: 12,
      endLine: 7,
      endColumn: 23,
    });
  });

  it("writes the report to --output-file (creating folders) and nothing to stdout", () => {
    const { dir, file } = project({ "flagged.py": FLAGGED_DAG });
    const run = runCli(["--format", "json", "--output-file", "reports/out/lint.json", "."], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    const written = JSON.parse(readFileSync(file("reports/out/lint.json"), "utf8")) as unknown[];
    expect(written).toHaveLength(1);
  });

  it("keeps suppressed findings visible in JSON with their reason", () => {
    const suppressed = FLAGGED_DAG.replace(
      "return np.zeros(3)",
      "return np.zeros(3)  # dag-transport: ignore[no-unserializable-xcom] -- custom pickling backend",
    );
    const { dir } = project({ "dag.py": suppressed });
    const { status, results } = runCliJson([], { cwd: dir });
    expect(status).toBe(0);
    expect(results[0]!.messages).toEqual([]);
    expect(results[0]!.suppressedMessages).toMatchObject([
      {
        ruleId: "dag-transport/no-unserializable-xcom",
        line: 7,
        suppressions: [{ kind: "directive", justification: "custom pickling backend" }],
      },
    ]);
  });
});

describe("cli: file selection", () => {
  it("honours .gitignore and only reads Python files", () => {
    const { dir } = project({
      ".gitignore": "generated/\nscratch_*.py\n",
      "dags/keep.py": FLAGGED_DAG,
      "generated/dag.py": FLAGGED_DAG,
      "dags/scratch_1.py": FLAGGED_DAG,
      "dags/notes.txt": "not python",
      "dags/nested/.gitignore": "local.py\n",
      "dags/nested/local.py": FLAGGED_DAG,
      "dags/nested/kept.py": CLEAN_DAG,
    });
    const { results } = runCliJson(["."], { cwd: dir });
    expect(results.map((r) => path.relative(dir, r.filePath)).sort()).toEqual([
      "dags/keep.py",
      "dags/nested/kept.py",
    ]);
  });

  it("lints a file named explicitly even if .gitignore matches it", () => {
    const { dir } = project({ ".gitignore": "scratch_*.py\n", "scratch_1.py": FLAGGED_DAG });
    expect(runCliJson(["scratch_1.py"], { cwd: dir }).results).toHaveLength(1);
  });
});

describe("cli: configuration", () => {
  it("applies rule options from the config file", () => {
    const frameDag = `import numpy as np
import pandas as pd
from airflow.decorators import task


@task
def frame():
    return pd.DataFrame({"a": [1]})


@task
def total():
    return np.zeros(3).sum()
`;
    const defaults = project({ "dag.py": frameDag });
    expect(runCliJson([], { cwd: defaults.dir }).results[0]!.messages.map((m) => m.line)).toEqual([8]);

    const configured = project({
      "dag.py": frameDag,
      "pyproject.toml": `[tool.dag-transport.rules]
no-unserializable-xcom = ["error", { registeredSerializers = ["pandas.DataFrame"], airflowVersion = "2.5" }]
`,
    });
    const { results } = runCliJson([], { cwd: configured.dir });
    expect(
      results.find((r) => r.filePath.endsWith("dag.py"))!.messages.map((m) => [m.line, m.messageId]),
    ).toEqual([[13, "numpyScalar"]]);
  });

  it.each([
    [
      "an unknown option key",
      {
        "dag-transport.config.json": JSON.stringify({
          rules: { "no-unserializable-xcom": ["error", { registeredSerializer: [] }] },
        }),
      },
      /registeredSerializer/,
    ],
    [
      "an unknown rule",
      { "dag-transport.config.yaml": "rules:\n  no-such-rule: error\n" },
      /unknown key 'rules\.no-such-rule'/,
    ],
    [
      "a malformed version",
      {
        "dag-transport.config.toml":
          '[rules]\nno-unserializable-xcom = ["error", { airflowVersion = "latest" }]\n',
      },
      /airflowVersion/,
    ],
    ["a file that does not parse", { "dag-transport.config.json": "{ rules: " }, /cannot parse/],
  ])("exits 2 and names the problem for %s", (_what, files, message) => {
    const { dir } = project({ "dag.py": CLEAN_DAG, ...files });
    const run = runCli([], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^dag-transport: invalid configuration: /);
    expect(run.stderr).toMatch(message);
  });

  it("reads the file given with --config", () => {
    const { dir } = project({
      "dag.py": FLAGGED_DAG,
      "configs/off.json": JSON.stringify({ rules: { "no-unserializable-xcom": "off" } }),
    });
    expect(runCli(["."], { cwd: dir }).status).toBe(1);
    expect(runCli(["--config", "configs/off.json", "."], { cwd: dir })).toMatchObject({
      status: 0,
      stdout: "",
    });
  });
});
