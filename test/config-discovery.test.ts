/**
 * Per-file configuration discovery, the same in the CLI and ESLint's `projectConfig()`: each
 * file gets the nearest config file at or above its folder, never above the repository root
 * (the directory holding `.git`, a folder or a file), up to the filesystem root outside any
 * repository (an unpacked tarball). The nearest file wins whole; configs do not merge.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { projectConfig } from "../packages/eslint-plugin/src/index.js";
import { runCli, runCliJson } from "./support/cli.js";
import { lintWithEslint } from "./support/eslint.js";
import { FLAGGED_DAG, tempProject } from "./support/project.js";

const made: { cleanup: () => void }[] = [];
afterEach(() => {
  for (const project of made.splice(0)) project.cleanup();
});

function project(files: Record<string, string>, options: { git?: "dir" | "file" | "none" } = {}) {
  const p = tempProject(files);
  made.push(p);
  const git = options.git ?? "dir";
  if (git === "dir") execFileSync("git", ["init", "-q", p.dir]);
  if (git === "file") writeFileSync(p.file(".git"), "gitdir: /elsewhere/.git/worktrees/x\n");
  return p;
}

const WARN = JSON.stringify({ rules: { "no-unserializable-xcom": "warn" } });
const OFF = JSON.stringify({ rules: { "no-unserializable-xcom": "off" } });

/** file (relative, `/`) → severities of its findings, from the CLI. */
function cliSeverities(cwd: string, args: string[] = ["."]): Record<string, number[]> {
  const run = runCliJson(args, { cwd });
  return Object.fromEntries(
    run.results
      .map(
        (r) =>
          [
            path.relative(cwd, r.filePath).split(path.sep).join("/"),
            r.messages.map((m) => m.severity),
          ] as const,
      )
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

describe("configuration discovery, per file", () => {
  it("the nearest config file governs each folder, whole (no merging), in the CLI and ESLint alike", async () => {
    const repo = project({
      "pyproject.toml": `[tool.dag-transport.rules]\n"no-unserializable-xcom" = "warn"\n`,
      "dags/a.py": FLAGGED_DAG,
      "dags/team/dag-transport.config.json": JSON.stringify({ rules: { "no-tmp-staging": "warn" } }),
      "dags/team/b.py": FLAGGED_DAG,
      "dags/team/deeper/c.py": FLAGGED_DAG,
    });
    // team/'s file does not inherit the root's warn: the rule is an error there again.
    const expected = { "dags/a.py": [1], "dags/team/b.py": [2], "dags/team/deeper/c.py": [2] };
    expect(cliSeverities(repo.dir)).toEqual(expected);
    // From a subdirectory: the same files, the same configuration (never the working directory's).
    expect(cliSeverities(repo.file("dags/team"), [".", "../a.py"])).toEqual({
      "../a.py": [1],
      "b.py": [2],
      "deeper/c.py": [2],
    });
    const eslint = await lintWithEslint(["."], { cwd: repo.dir, config: projectConfig(repo.dir) });
    const viaEslint = Object.fromEntries(
      eslint
        .map(
          (r) =>
            [
              path.relative(repo.dir, r.filePath).split(path.sep).join("/"),
              r.messages.map((m) => m.severity),
            ] as const,
        )
        .sort(([a], [b]) => a.localeCompare(b)),
    );
    expect(viaEslint).toEqual(expected);
  });

  it("never reads a config file above the repository root (.git a folder, or a file in a worktree)", () => {
    for (const git of ["dir", "file"] as const) {
      const outer = project({ "dag-transport.config.json": OFF }, { git: "none" });
      const repo = path.join(outer.dir, "repo");
      mkdirSync(path.join(repo, "dags"), { recursive: true });
      writeFileSync(path.join(repo, "dags", "a.py"), FLAGGED_DAG);
      if (git === "dir") execFileSync("git", ["init", "-q", repo]);
      else writeFileSync(path.join(repo, ".git"), "gitdir: /elsewhere/.git/worktrees/x\n");
      expect(cliSeverities(repo)).toEqual({ "dags/a.py": [2] });
    }
  });

  it("outside any repository (an unpacked tarball) discovery goes up to the filesystem root", () => {
    const outer = project(
      { "dag-transport.config.json": WARN, "pkg/dags/a.py": FLAGGED_DAG },
      { git: "none" },
    );
    expect(cliSeverities(outer.file("pkg"))).toEqual({ "dags/a.py": [1] });
  });

  it("--config overrides discovery for every file; --stdin-filename discovers from that path", () => {
    const repo = project({
      "dags/a.py": FLAGGED_DAG,
      "dags/dag-transport.config.json": OFF,
      "ci/strict.json": JSON.stringify({ rules: {} }),
    });
    expect(cliSeverities(repo.dir)).toEqual({ "dags/a.py": [] });
    expect(cliSeverities(repo.dir, ["--config", "ci/strict.json", "."])).toEqual({ "dags/a.py": [2] });
    const stdin = (filename: string) =>
      JSON.parse(
        runCli(["--format", "json", "--stdin", "--stdin-filename", filename], {
          cwd: repo.dir,
          input: FLAGGED_DAG,
        }).stdout,
      ) as { messages: unknown[] }[];
    expect(stdin("dags/new.py")[0]!.messages).toEqual([]);
    expect(stdin("other/new.py")[0]!.messages).toHaveLength(1);
  });

  it("ignores are relative to their config file; an ignored file named explicitly is skipped (as pre-commit names it)", () => {
    const repo = project({
      "dags/dag-transport.config.json": JSON.stringify({ ignores: ["generated/**"] }),
      "dags/generated/g.py": FLAGGED_DAG,
      "generated/root.py": FLAGGED_DAG,
    });
    expect(cliSeverities(repo.dir)).toEqual({ "generated/root.py": [2] });
    const explicit = runCliJson(["dags/generated/g.py"], { cwd: repo.dir });
    expect(explicit.results).toEqual([]);
    expect(explicit.status).toBe(0);
  });

  it("honours .git/info/exclude besides .gitignore when walking folders", () => {
    const repo = project({ "dags/a.py": FLAGGED_DAG, "scratch/b.py": FLAGGED_DAG });
    writeFileSync(repo.file(".git/info/exclude"), "scratch/\n");
    expect(cliSeverities(repo.dir)).toEqual({ "dags/a.py": [2] });
  });
});
