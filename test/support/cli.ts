import { spawnSync } from "node:child_process";
import path from "node:path";
import type { LintResult } from "@dag-transport/core";

export const REPO_ROOT = path.resolve(import.meta.dirname, "../..");
export const CLI_BIN = path.join(REPO_ROOT, "packages/cli/bin/dag-transport.js");

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a user would, in a child process. */
export function runCli(
  args: readonly string[],
  options: { cwd?: string; input?: string; env?: Record<string, string | undefined> } = {},
): CliRun {
  const env = { ...process.env, ...options.env };
  for (const [name, value] of Object.entries(env)) if (value === undefined) delete env[name];
  const run = spawnSync(process.execPath, [CLI_BIN, ...args], {
    cwd: options.cwd ?? REPO_ROOT,
    env,
    encoding: "utf8",
    input: options.input,
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

export function runCliJson(
  args: readonly string[],
  options: { cwd?: string } = {},
): { status: number | null; results: LintResult[]; stderr: string } {
  const run = runCli(["--format", "json", ...args], options);
  let results: LintResult[];
  try {
    results = JSON.parse(run.stdout) as LintResult[];
  } catch {
    throw new Error(`CLI did not print JSON (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  }
  return { status: run.status, results, stderr: run.stderr };
}
