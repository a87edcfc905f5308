/**
 * Test support for the reviewer gate: real pull request event payloads (from
 * `@octokit/webhooks-examples`, adjusted only where a test needs it), checked-out workspaces in
 * temporary folders, patches that match them, and a run of `dag-transport review` in-process
 * against the GitHub stand-in.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  makeResult,
  type LintMessage,
  type LintResult,
  type SuppressedLintMessage,
} from "@dag-transport/core";
import { runReview } from "../src/index.js";
import type { Analyze } from "../src/review.js";
import { afterEach, expect } from "vitest";
import { GitHubStandIn, type StandInFile } from "./github-standin.js";

const require = createRequire(import.meta.url);
const examples = require("@octokit/webhooks-examples") as {
  name: string;
  examples: Record<string, unknown>[];
}[];

/** The repository of the webhook examples. */
export const OWNER = "Codertocat";
export const REPO = "Hello-World";
export const WRITE_TOKEN = "ghs_writeTOKENnotForPrinting0123456789";
export const READ_TOKEN = "ghs_readonlyTOKENnotForPrinting987654";
export const FAST = { retryBaseMs: 5, writeIntervalMs: 0, notificationIntervalMs: 0 };
/** The base commit of every test pull request (the stand-in serves its files). */
export const BASE = "ba5e".repeat(10);

/** A real `pull_request` event from GitHub's examples, moved to the head commit the test needs. */
export function pullRequestEvent(options: {
  action: "opened" | "synchronize";
  headSha: string;
  number?: number;
  fork?: boolean;
}): Record<string, unknown> {
  const definition = examples.find((e) => e.name === "pull_request")!;
  const event = structuredClone(definition.examples.find((e) => e.action === options.action)!) as {
    number: number;
    pull_request: {
      number: number;
      head: { sha: string; repo: Record<string, unknown> };
      base: { sha: string };
    };
  };
  event.pull_request.head.sha = options.headSha;
  event.pull_request.base.sha = BASE;
  if (options.number !== undefined) {
    event.number = options.number;
    event.pull_request.number = options.number;
  }
  if (options.fork) {
    const repo = event.pull_request.head.repo;
    event.pull_request.head.repo = {
      ...repo,
      fork: true,
      full_name: "forker/Hello-World",
      owner: { ...(repo.owner as object), login: "forker" },
    };
  }
  return event as unknown as Record<string, unknown>;
}

/** Any other real event from GitHub's examples (the gate must refuse it). */
export function exampleEvent(name: string): Record<string, unknown> {
  return structuredClone(examples.find((e) => e.name === name)!.examples[0]!);
}

const cleanups: string[] = [];

export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `dag-transport-${prefix}-`));
  cleanups.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of cleanups.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A checked-out pull request: repository paths → contents. */
export function writeWorkspace(files: Record<string, string>, dir = tempDir("workspace")): string {
  for (const [name, text] of Object.entries(files)) {
    const target = path.join(dir, ...name.split("/"));
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  return dir;
}

function linesOf(text: string): string[] {
  return text.replace(/\n$/, "").split("\n");
}

/** A file the pull request adds: every line is new. */
export function addedFile(filename: string, text: string): StandInFile {
  const lines = linesOf(text);
  return {
    filename,
    status: "added",
    additions: lines.length,
    deletions: 0,
    patch: [`@@ -0,0 +1,${lines.length} @@`, ...lines.map((l) => `+${l}`)].join("\n"),
  };
}

/**
 * A file the pull request changes by adding `addedLines` (1-based lines of the new text), as
 * `git diff` shows it: three lines of context, nearby changes in one hunk.
 */
export function modifiedFile(
  filename: string,
  text: string,
  addedLines: number[],
  extra: Partial<StandInFile> = {},
): StandInFile {
  const lines = linesOf(text);
  const added = new Set(addedLines);
  const sorted = [...added].sort((a, b) => a - b);
  const clusters: [number, number][] = [];
  for (const line of sorted) {
    const last = clusters.at(-1);
    if (last && line - last[1] <= 6) last[1] = line;
    else clusters.push([line, line]);
  }
  const patch: string[] = [];
  for (const [first, last] of clusters) {
    const start = Math.max(1, first - 3);
    const end = Math.min(lines.length, last + 3);
    const addedBefore = sorted.filter((l) => l < start).length;
    const addedIn = sorted.filter((l) => l >= start && l <= end).length;
    const count = end - start + 1;
    patch.push(`@@ -${start - addedBefore},${count - addedIn} +${start},${count} @@`);
    for (let line = start; line <= end; line++)
      patch.push(`${added.has(line) ? "+" : " "}${lines[line - 1]}`);
  }
  return {
    filename,
    status: "modified",
    additions: added.size,
    deletions: 0,
    patch: patch.join("\n"),
    ...extra,
  };
}

export function removedFile(filename: string, text: string): StandInFile {
  const lines = linesOf(text);
  return {
    filename,
    status: "removed",
    additions: 0,
    deletions: lines.length,
    patch: [`@@ -1,${lines.length} +0,0 @@`, ...lines.map((l) => `-${l}`)].join("\n"),
  };
}

/** A Python line the real engine reports (a suppression naming a rule that does not exist). */
export const ENGINE_FINDING = "x = 1  # dag-transport: ignore[no-such-rule] -- kept on purpose";

/**
 * A stand-in analyser for what the engine cannot find yet: each line with
 * `# FLAG(rule[, warn][, related=+N][, related=+N..+M][, suppressed=reason])` is a finding of
 * that rule; related offsets are relative to the flagged line, so findings move with the code.
 */
export const flagAnalyzer: Analyze = (filePath, text) => {
  const messages: LintMessage[] = [];
  const suppressed: SuppressedLintMessage[] = [];
  text.split("\n").forEach((source, index) => {
    const match = /# FLAG\(([^)]*)\)/.exec(source);
    if (!match) return;
    const [rule, ...options] = match[1]!.split(",").map((s) => s.trim());
    const line = index + 1;
    const related = options
      .filter((o) => o.startsWith("related="))
      .map((o) => {
        const [from, to = from] = o.slice("related=".length).split("..");
        return {
          message: "the task that reads it",
          line: line + Number(from),
          column: 1,
          endLine: line + Number(to),
          endColumn: 2,
        };
      });
    const message: LintMessage = {
      ruleId: `dag-transport/${rule}`,
      severity: options.includes("warn") ? 1 : 2,
      message: `\`${source.trim().split("#")[0]!.trim()}\` hands data to another task unsafely.`,
      messageId: "flagged",
      line,
      column: 1,
      endLine: line,
      endColumn: source.length + 1,
      ...(related.length ? { relatedLocations: related } : {}),
    };
    const reason = options.find((o) => o.startsWith("suppressed="))?.slice("suppressed=".length);
    if (reason) suppressed.push({ ...message, suppressions: [{ kind: "directive", justification: reason }] });
    else messages.push(message);
  });
  return makeResult(filePath, messages, suppressed);
};

export interface GateRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  stepSummary: string;
}

/** Runs `dag-transport review` in-process, as a workflow step would, against the stand-in. */
export async function runGate(options: {
  standIn: GitHubStandIn;
  workspace: string;
  event: Record<string, unknown>;
  token?: string;
  analyze?: Analyze;
  env?: Record<string, string>;
  args?: string[];
  signal?: AbortSignal;
}): Promise<GateRun> {
  const dir = tempDir("run");
  const eventPath = path.join(dir, "event.json");
  writeFileSync(eventPath, JSON.stringify(options.event));
  const stepSummary = path.join(dir, "step-summary.md");
  const stdout: string[] = [];
  const stderr: string[] = [];
  const exitCode = await runReview(options.args ?? [], {
    env: {
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_WORKSPACE: options.workspace,
      GITHUB_API_URL: options.standIn.url,
      GITHUB_TOKEN: options.token ?? WRITE_TOKEN,
      GITHUB_STEP_SUMMARY: stepSummary,
      ...options.env,
    },
    cwd: dir,
    stdout: (t) => stdout.push(t),
    stderr: (t) => stderr.push(t),
    timing: FAST,
    ...(options.analyze ? { analyze: options.analyze } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  let summary = "";
  try {
    summary = readFileSync(stepSummary, "utf8");
  } catch {
    // No summary written.
  }
  return { exitCode, stdout: stdout.join(""), stderr: stderr.join(""), stepSummary: summary };
}

/** The fingerprints in every review comment the stand-in holds. */
export function postedFingerprints(standIn: GitHubStandIn): string[] {
  return standIn.reviewComments.flatMap((c) =>
    [...c.body.matchAll(/^\s*<!-- dag-transport:fingerprint=([0-9a-f]+:\d+) -->$/gm)].map((m) => m[1]!),
  );
}

/** Runs the built `dag-transport` CLI in a child process, without blocking this one's event loop (the stand-in lives here). */
export function spawnCli(
  args: string[],
  options: { cwd: string; env: Record<string, string> },
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const cli = path.resolve(import.meta.dirname, "../../cli/bin/dag-transport.js");
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: options.cwd, env: options.env });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

export type { LintResult };

/** Starts the built CLI in a child process; `done` settles when it exits. */
export function spawnCliProcess(
  args: string[],
  options: { cwd: string; env: Record<string, string> },
): { process: ChildProcess; done: Promise<{ status: number | null; stdout: string; stderr: string }> } {
  const cli = path.resolve(import.meta.dirname, "../../cli/bin/dag-transport.js");
  const child = spawn(process.execPath, [cli, ...args], { cwd: options.cwd, env: options.env });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
  return { process: child, done };
}

/** Waits (polling) until `condition` holds, at most `ms`. */
export async function until(condition: () => boolean, ms = 20_000): Promise<void> {
  const deadline = performance.now() + ms;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error("timed out waiting for a condition");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * A stand-in per test for the pull request `pr`: the returned function starts it; after each
 * test it is closed, the temporary folders removed, and every request the test made is
 * checked against GitHub's REST description.
 */
export function standInPerTest(pr: { number: number; headSha: string }) {
  let standIn: GitHubStandIn | undefined;
  afterEach(async () => {
    expect(standIn?.violations ?? []).toEqual([]);
    await standIn?.close();
    standIn = undefined;
    removeTempDirs();
  });
  return async (
    files: StandInFile[],
    baseFiles: Record<string, string | { symlinkTo: string }> = {},
    prefix?: string,
  ): Promise<GitHubStandIn> => {
    standIn = await GitHubStandIn.start({
      pr: { owner: OWNER, repo: REPO, ...pr, files, baseSha: BASE, baseFiles },
      tokens: { [WRITE_TOKEN]: "write", [READ_TOKEN]: "read" },
      ...(prefix ? { prefix } : {}),
    });
    return standIn;
  };
}
