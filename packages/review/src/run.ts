/**
 * `dag-transport review`: the reviewer gate as a command, configured the way GitHub Actions
 * configures a step (environment variables, the event payload file).
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { hasDagEnding, readWorkspaceText } from "@dag-transport/core";
import { deploymentPathMatcher, lintText } from "@dag-transport/engine";
import { allRules } from "@dag-transport/rules";
import { createClient, describeError, PullRequestApi, type PullRequestRef, type Timing } from "./github.js";
import type { PolicySource } from "./policy.js";
import { reviewPullRequest, type Analyze, type ReviewReport } from "./review.js";

const HELP = `Usage: dag-transport review [options]

Review a GitHub pull request: analyse its changed DAG files, post new findings as review
comments, report all of them on a "dag-transport" check run and in one summary comment, and
exit 1 when an error-level finding touches a line the pull request adds. Meant to run in a
GitHub Actions job on the pull_request event, after actions/checkout.

Options:
  --event <path>      Event payload (default: $GITHUB_EVENT_PATH)
  --workspace <dir>   The checked-out pull request (default: $GITHUB_WORKSPACE, else the current directory)
  -c, --config <path> Configuration file, repository-relative (default: the nearest one above
                      each changed file); read at the base commit like every other config
  --config-from <base|head>
                      Which commit's configuration judges the pull request (default: base,
                      the trusted one; head lets a pull request change its own policy)
  -h, --help          Show this help

Environment: GITHUB_TOKEN (or the action input github-token), GITHUB_API_URL (GitHub
Enterprise Server: https://HOST/api/v3), GITHUB_SERVER_URL, GITHUB_STEP_SUMMARY,
GITHUB_RUN_ID and GITHUB_RUN_ATTEMPT (name this run's check run).
The token is never printed. Code from the pull request is only read, never run.

Exit codes: 0 verdict posted, nothing blocking; 1 verdict posted (or, with a read-only token,
in the job summary), something blocking; 2 usage error, or the verdict could not be posted
(the check run says why), or the job was cancelled.
`;

/**
 * Whether the gate lints a changed file: the files the CLI would lint — DAG sources by ending
 * (core's `DAG_EXTENSIONS`), deployment files by the patterns the run's matcher takes.
 */
export function gateLints(
  repoPath: string,
  deploymentFiles: ((repoPath: string) => boolean) | undefined = deploymentPathMatcher({}),
): boolean {
  return hasDagEnding(repoPath) || (deploymentFiles?.(repoPath) ?? false);
}

export interface RunOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  stdout?: (text: string) => void;
  stderr?: (text: string) => void;
  /** Replaces the engine (tests). */
  analyze?: Analyze;
  /** Retry and write spacing (tests make them tiny). */
  timing?: Partial<Timing>;
  /** Cancels the run (tests); by default SIGTERM and SIGINT do. */
  signal?: AbortSignal;
  /** Receives the report (the Action sets its outputs from it). */
  onReport?: (report: ReviewReport) => void;
}

interface PullRequestEvent {
  number?: number;
  pull_request?: {
    number: number;
    head: { sha: string };
    base?: { sha?: string };
    user?: { login?: string };
  };
  repository?: { name: string; owner: { login: string } };
}

class UsageError extends Error {}

function pullRequestFrom(eventPath: string): PullRequestRef {
  let event: PullRequestEvent;
  try {
    // The runner writes the payload, but it is read like any other file: bounded, regular only.
    const read = readWorkspaceText(eventPath, { root: path.dirname(eventPath) });
    if ("problem" in read) throw new Error(read.problem);
    event = JSON.parse(read.text) as PullRequestEvent;
  } catch (error) {
    throw new UsageError(`cannot read the event payload ${eventPath}: ${(error as Error).message}`);
  }
  const pr = event.pull_request;
  if (!pr || !event.repository)
    throw new UsageError(
      "the event is not a pull request event: run this on `pull_request` (see docs/review.md)",
    );
  return {
    owner: event.repository.owner.login,
    repo: event.repository.name,
    number: pr.number,
    headSha: pr.head.sha,
    ...(pr.base?.sha ? { baseSha: pr.base.sha } : {}),
    ...(pr.user?.login ? { author: pr.user.login } : {}),
  };
}

/** The action input (`INPUT_GITHUB-TOKEN`, as the runner names it) wins over the environment's token. */
function tokenFrom(env: NodeJS.ProcessEnv): string | undefined {
  return env["INPUT_GITHUB-TOKEN"] || env.INPUT_GITHUB_TOKEN || env.GITHUB_TOKEN || undefined;
}

export async function runReview(argv: readonly string[], options: RunOptions = {}): Promise<number> {
  const env = options.env ?? process.env;
  const cwd = options.cwd ?? process.cwd();
  const stdout = options.stdout ?? ((text: string) => process.stdout.write(text));
  const stderr = options.stderr ?? ((text: string) => process.stderr.write(text));
  try {
    const { values } = parseArgs({
      args: [...argv],
      options: {
        event: { type: "string" },
        workspace: { type: "string" },
        config: { type: "string", short: "c" },
        "config-from": { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
    if (values.help) {
      stdout(HELP);
      return 0;
    }
    const eventPath = values.event ?? env.GITHUB_EVENT_PATH;
    if (!eventPath) throw new UsageError("no event payload: set GITHUB_EVENT_PATH or pass --event");
    const token = tokenFrom(env);
    if (!token) throw new UsageError("no token: set GITHUB_TOKEN or the action input github-token");
    const pr = pullRequestFrom(path.resolve(cwd, eventPath));
    const workspace = path.resolve(cwd, values.workspace ?? env.GITHUB_WORKSPACE ?? ".");

    const policyFrom = (values["config-from"] ?? env["INPUT_CONFIG-FROM"] ?? "base") || "base";
    if (policyFrom !== "base" && policyFrom !== "head")
      throw new UsageError("--config-from must be `base` or `head`");
    let explicitConfig: string | undefined;
    if (values.config) {
      const relative = path.relative(workspace, path.resolve(workspace, values.config));
      if (!relative || relative.startsWith("..") || path.isAbsolute(relative))
        throw new UsageError(
          "--config must name a file inside the workspace (it is read at the base commit)",
        );
      explicitConfig = relative.split(path.sep).join("/");
    }
    const deploymentFiles = deploymentPathMatcher({});
    const analyze: Analyze =
      options.analyze ??
      ((filePath, text, { config, siblingFiles }) =>
        lintText(text, filePath, {
          settings: config.rules,
          reportUnusedSuppressions: config.reportUnusedSuppressions,
          siblingFiles,
          root: workspace,
        }));

    const log = (message: string) => stderr(`${message}\n`);
    // A cancelled job (cancel-in-progress, a user) gets SIGINT then SIGTERM: finish the check first.
    const cancel = new AbortController();
    const onSignal = () => cancel.abort();
    const signal = options.signal ?? cancel.signal;
    if (!options.signal) {
      process.once("SIGTERM", onSignal);
      process.once("SIGINT", onSignal);
    }
    const client = createClient({
      token,
      baseUrl: env.GITHUB_API_URL || "https://api.github.com",
      log,
      signal,
      ...(options.timing ? { timing: options.timing } : {}),
    });
    const serverUrl = (env.GITHUB_SERVER_URL || "https://github.com").replace(/\/+$/, "");
    const report = await reviewPullRequest({
      api: new PullRequestApi(client, pr),
      workspace,
      analyze,
      rules: allRules,
      // The files the CLI would lint: sources by ending, deployment files by the same patterns.
      isDagPath: (repoPath) => gateLints(repoPath, deploymentFiles),
      policyFrom: policyFrom as PolicySource,
      ...(explicitConfig ? { explicitConfig } : {}),
      externalId: `dag-transport:${pr.number}:${pr.headSha}:${env.GITHUB_RUN_ID ?? "local"}:${env.GITHUB_RUN_ATTEMPT ?? "1"}`,
      signal,
      link: (repoPath, line) =>
        `${serverUrl}/${pr.owner}/${pr.repo}/blob/${pr.headSha}/${repoPath.split("/").map(encodeURIComponent).join("/")}${line ? `#L${line}` : ""}`,
      log,
      command: (line) => stdout(`${line}\n`),
      ...(env.GITHUB_STEP_SUMMARY ? { stepSummaryPath: env.GITHUB_STEP_SUMMARY } : {}),
    }).finally(() => {
      process.removeListener("SIGTERM", onSignal);
      process.removeListener("SIGINT", onSignal);
    });
    options.onReport?.(report);
    const counts = `${report.findings} finding(s), ${report.blocking} blocking`;
    switch (report.outcome) {
      case "posted":
        log(
          `dag-transport review: ${counts}; posted ${report.inlineComments} line comment(s), ${report.fileComments} file comment(s), ${report.annotations} annotation(s)` +
            (report.summaryOnly ? `, ${report.summaryOnly} finding(s) only in the summary.` : "."),
        );
        return report.blocking > 0 ? 1 : 0;
      case "read-only":
        log(
          `dag-transport review: ${counts}; the token is read-only: reported through workflow commands and the job summary.`,
        );
        return report.blocking > 0 ? 1 : 0;
      case "cancelled":
        log("dag-transport review: cancelled; the check run says so.");
        return 2;
      case "failed":
        log(
          `dag-transport review: ${counts}; the verdict could not be posted: ${report.problem ?? "unknown problem"}.`,
        );
        return 2;
    }
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      stderr(
        `dag-transport review: ${(error as Error).message}\nRun 'dag-transport review --help' for usage.\n`,
      );
      return 2;
    }
    stderr(`dag-transport review: ${describeError(error)}\n`);
    return 2;
  }
}
