/**
 * The GitHub Action's entry (action.yml, `runs.using: node24`; bundled into bundle/action.js by
 * `pnpm build:bundle`). Inputs arrive as `INPUT_*` variables, as the runner sets them:
 *
 * - `pull_request` / `pull_request_target`: the reviewer gate (`dag-transport review`) —
 *   comments, the `dag-transport` check run, the summary; the step fails when it is red.
 * - `merge_group` and anything else (push, schedule, workflow_dispatch): no pull request to
 *   review; the step lints the workspace and fails on error-level findings only when the
 *   `fail-on-findings` input says so. In a merge queue each pull request was gated on its own;
 *   the step still runs so that a required `dag-transport` check reports on the queue's commit.
 *
 * Always: a SARIF log of the whole workspace (for code scanning) at the `sarif-file` output, and
 * the outputs `findings` (on a pull request: the findings in its changed files; else: in the
 * workspace) and `blocking` (error-level findings that fail the step).
 */
// eslint-disable-next-line no-restricted-imports -- reads back the SARIF log this action itself just wrote, not a workspace file
import { appendFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runReview } from "@dag-transport/review";
import { main } from "./main.js";

const PULL_REQUEST_EVENTS = new Set(["pull_request", "pull_request_target"]);

/** An input as the runner passes it: `INPUT_<NAME>`, upper case, spaces as underscores. */
function input(env: NodeJS.ProcessEnv, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}

/** `name=value` into `GITHUB_OUTPUT` (values here are numbers and paths: one line each). */
function setOutput(env: NodeJS.ProcessEnv, name: string, value: string | number): void {
  if (env.GITHUB_OUTPUT) appendFileSync(env.GITHUB_OUTPUT, `${name}=${value}\n`);
}

/** Findings in a SARIF log, and how many of them are errors. */
function sarifResults(file: string): { findings: number; errors: number } {
  const log = JSON.parse(readFileSync(file, "utf8")) as {
    runs: { results?: { level?: string; suppressions?: unknown[] }[] }[];
  };
  // Suppressed findings (inline, or by the bulk suppressions file) are in the log, but are not findings.
  const results = log.runs.flatMap((run) => run.results ?? []).filter((r) => !r.suppressions?.length);
  return { findings: results.length, errors: results.filter((r) => r.level === "error").length };
}

export async function runAction(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const workspace = path.resolve(input(env, "working-directory") || env.GITHUB_WORKSPACE || ".");
  const config = input(env, "config");
  const configArgs = config ? ["--config", config] : [];
  const sarifFile = path.resolve(
    workspace,
    input(env, "sarif-file") || path.join(env.RUNNER_TEMP || tmpdir(), "dag-transport.sarif"),
  );

  // The SARIF log lints the checkout with its own configuration (code scanning shows what is
  // there); the gate judges a pull request by the base's. A pull request that breaks its own
  // configuration loses the log, never the review.
  // Bulk suppressions apply; counts no finding needs are the CLI's and pre-commit's to prune, not a
  // reason to lose the log.
  const lint = await main(
    ["--format", "sarif", "--output-file", sarifFile, "--pass-on-unpruned-suppressions", ...configArgs, "."],
    workspace,
  );
  if (lint !== 2) setOutput(env, "sarif-file", sarifFile);

  const event = env.GITHUB_EVENT_NAME ?? "";
  if (PULL_REQUEST_EVENTS.has(event)) {
    let reported = { findings: 0, blocking: 0 };
    const status = await runReview(["--workspace", workspace, ...configArgs], {
      env,
      cwd: workspace,
      onReport: (report) => (reported = report),
    });
    setOutput(env, "findings", reported.findings);
    setOutput(env, "blocking", reported.blocking);
    return status;
  }

  if (lint === 2) return 2;
  const failOnFindings = input(env, "fail-on-findings") === "true";
  const { findings, errors } = sarifResults(sarifFile);
  const blocking = failOnFindings ? errors : 0;
  setOutput(env, "findings", findings);
  setOutput(env, "blocking", blocking);
  process.stdout.write(
    `dag-transport: ${findings} finding(s) in the workspace; ${event || "this event"} is not a pull request, so nothing is reviewed` +
      (failOnFindings ? ` (fail-on-findings: ${blocking} error-level).\n` : ".\n"),
  );
  return blocking > 0 ? 1 : 0;
}
