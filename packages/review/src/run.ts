/**
 * `dag-transport review`: the reviewer gate as a command, configured the way GitHub Actions
 * configures a step (environment variables, the event payload file).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { ConfigError, discoverConfig, readConfigFile, type LoadedConfig } from "@dag-transport/core";
import { lintableExtensions, lintText } from "@dag-transport/engine";
import { allRules } from "@dag-transport/rules";
import ignore from "ignore";
import { createClient, describeError, PullRequestApi, type PullRequestRef, type Timing } from "./github.js";
import { reviewPullRequest, type Analyze } from "./review.js";

const HELP = `Usage: dag-transport review [options]

Review a GitHub pull request: analyse its changed DAG files, post new findings as review
comments, report all of them on a "dag-transport" check run and in one summary comment, and
exit 1 when an error-level finding touches a line the pull request adds. Meant to run in a
GitHub Actions job on the pull_request event, after actions/checkout.

Options:
  --event <path>      Event payload (default: $GITHUB_EVENT_PATH)
  --workspace <dir>   The checked-out pull request (default: $GITHUB_WORKSPACE, else the current directory)
  -c, --config <path> Configuration file (default: discovered from the workspace)
  -h, --help          Show this help

Environment: GITHUB_TOKEN (or the action input github-token), GITHUB_API_URL (GitHub
Enterprise Server: https://HOST/api/v3), GITHUB_SERVER_URL, GITHUB_STEP_SUMMARY.
The token is never printed. Code from the pull request is only read, never run.

Exit codes: 0 nothing blocking, 1 an error-level finding on an added line, 2 usage or internal error.
`;

export interface RunOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  stdout?: (text: string) => void;
  stderr?: (text: string) => void;
  /** Replaces the engine (tests). */
  analyze?: Analyze;
  /** Retry and write spacing (tests make them tiny). */
  timing?: Partial<Timing>;
  /** Told the counts once the review is posted (the GitHub Action's outputs). */
  onReport?: (report: { findings: number; blocking: number }) => void;
}

interface PullRequestEvent {
  number?: number;
  pull_request?: { number: number; head: { sha: string } };
  repository?: { name: string; owner: { login: string } };
}

class UsageError extends Error {}

function pullRequestFrom(eventPath: string): PullRequestRef {
  let event: PullRequestEvent;
  try {
    event = JSON.parse(readFileSync(eventPath, "utf8")) as PullRequestEvent;
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
  };
}

/** The action input (`INPUT_GITHUB-TOKEN`, as the runner names it) wins over the environment's token. */
function tokenFrom(env: NodeJS.ProcessEnv): string | undefined {
  return env["INPUT_GITHUB-TOKEN"] || env.INPUT_GITHUB_TOKEN || env.GITHUB_TOKEN || undefined;
}

function loadConfig(
  workspace: string,
  cwd: string,
  configPath: string | undefined,
  notes: string[],
): LoadedConfig {
  try {
    return configPath
      ? (readConfigFile(path.resolve(cwd, configPath), allRules) ?? { rules: {}, ignores: [] })
      : discoverConfig(workspace, allRules);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    // Reviewing with the recommended settings is stricter than any configuration, so a pull
    // request cannot switch the gate off by breaking its configuration.
    notes.push(`Invalid configuration (${error.message}); reviewed with the recommended settings.`);
    return { rules: {}, ignores: [] };
  }
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

    const notes: string[] = [];
    const config = loadConfig(workspace, cwd, values.config, notes);
    const ignoreBase = config.filePath ? path.dirname(config.filePath) : workspace;
    const ignored = ignore().add(config.ignores);
    const isDagFile = (repoPath: string) => {
      if (!lintableExtensions.some((ext) => repoPath.endsWith(ext))) return false;
      const relative = path.relative(ignoreBase, path.join(workspace, repoPath)).split(path.sep).join("/");
      return relative.startsWith("..") || !ignored.ignores(relative);
    };
    const analyze: Analyze =
      options.analyze ?? ((filePath, text) => lintText(text, filePath, { settings: config.rules }));

    const log = (message: string) => stderr(`${message}\n`);
    const client = createClient({
      token,
      baseUrl: env.GITHUB_API_URL || "https://api.github.com",
      log,
      ...(options.timing ? { timing: options.timing } : {}),
    });
    const serverUrl = (env.GITHUB_SERVER_URL || "https://github.com").replace(/\/+$/, "");
    const report = await reviewPullRequest({
      api: new PullRequestApi(client, pr),
      workspace,
      analyze,
      isDagFile,
      link: (repoPath, line) =>
        `${serverUrl}/${pr.owner}/${pr.repo}/blob/${pr.headSha}/${repoPath.split("/").map(encodeURIComponent).join("/")}${line ? `#L${line}` : ""}`,
      notes,
      log,
      command: (line) => stdout(`${line}\n`),
      ...(env.GITHUB_STEP_SUMMARY ? { stepSummaryPath: env.GITHUB_STEP_SUMMARY } : {}),
    });
    options.onReport?.({ findings: report.findings, blocking: report.blocking });
    log(
      `dag-transport review: ${report.findings} finding(s), ${report.blocking} blocking; ` +
        (report.published === "api"
          ? `posted ${report.inlineComments} line comment(s), ${report.fileComments} file comment(s), ${report.annotations} annotation(s).`
          : "token is read-only: reported through workflow commands and the job summary."),
    );
    return report.blocking > 0 ? 1 : 0;
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
