/**
 * A repository is untrusted input for every surface, not only the PR gate: a config or sibling
 * file that is a link to the runner's environment, a device or a FIFO is refused by the one
 * guarded reader, named without being quoted, and never hangs a run.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { symlinkSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { projectConfig } from "../packages/eslint-plugin/src/index.js";
import { CLI_BIN } from "./support/cli.js";
import { FLAGGED_DAG, tempProject } from "./support/project.js";

const CANARY = "AKIAcanaryInTheEnvironment000000000000";
const projects: { cleanup: () => void }[] = [];
afterEach(() => {
  for (const project of projects.splice(0)) project.cleanup();
});

function project(files: Record<string, string>) {
  const made = tempProject(files);
  projects.push(made);
  // A repository root, so discovery and the reader's root stop here.
  execFileSync("git", ["init", "-q", made.dir]);
  return made;
}

function cli(args: string[], cwd: string) {
  const run = spawnSync(process.execPath, [CLI_BIN, ...args], {
    cwd,
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", AWS_SECRET_ACCESS_KEY: CANARY },
    timeout: 20_000,
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}`, stderr: run.stderr };
}

describe("hostile files in a workspace", () => {
  for (const [label, plant] of [
    ["/proc/self/environ", (file: string) => symlinkSync("/proc/self/environ", file)],
    ["/dev/zero", (file: string) => symlinkSync("/dev/zero", file)],
    ["a FIFO", (file: string) => execFileSync("mkfifo", [file])],
  ] as const) {
    it(`CLI: a config file that is ${label} is an invalid configuration, named, never quoted`, () => {
      const repo = project({ "dags/etl.py": FLAGGED_DAG });
      plant(repo.file("dag-transport.config.toml"));

      const run = cli(["dags"], repo.dir);

      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/invalid configuration: .*dag-transport\.config\.toml: cannot read: /);
      expect(run.output).not.toContain(CANARY);
    });

    it(`CLI: a leoflow.yaml that is ${label} is reported on the DAG, the run goes on`, () => {
      const repo = project({ "dags/etl.py": FLAGGED_DAG, "other/clean.py": "x = 1\n" });
      plant(repo.file("dags/leoflow.yaml"));

      const run = cli(["--format", "json", "."], repo.dir);

      expect(run.status).not.toBeNull();
      expect(run.output).not.toContain(CANARY);
      expect(run.output).toContain("no-unserializable-xcom");
    });

    it(`ESLint projectConfig: a config file that is ${label} throws a ConfigError without its content`, () => {
      const repo = project({ "dags/etl.py": FLAGGED_DAG });
      plant(repo.file("pyproject.toml"));
      process.env.AWS_SECRET_ACCESS_KEY_FOR_TEST = CANARY;
      try {
        expect(() => projectConfig(repo.dir)).toThrow(/pyproject\.toml: cannot read: /);
        try {
          projectConfig(repo.dir);
        } catch (error) {
          expect(String((error as Error).message)).not.toContain(CANARY);
        }
      } finally {
        delete process.env.AWS_SECRET_ACCESS_KEY_FOR_TEST;
      }
    });
  }
});
