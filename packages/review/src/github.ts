/**
 * The GitHub REST calls the gate makes, through Octokit with retries (5xx, network) and
 * throttling (primary and secondary rate limits, honouring `retry-after`; writes spaced out as
 * GitHub's guidance for content-creating requests asks). The token never appears in output.
 */
import { Octokit } from "@octokit/rest";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import Bottleneck from "bottleneck";
import { parsePatch } from "./diff.js";
import type { ChangedFile } from "./placement.js";

export interface Timing {
  /** Milliseconds per unit of backoff: plugin-retry waits 1, 4, 9 units; a rate limit waits `retry-after` units (seconds). */
  retryBaseMs: number;
  /** Minimum milliseconds between two write requests. */
  writeIntervalMs: number;
  /** Minimum milliseconds between two writes that notify people (comments, reviews). */
  notificationIntervalMs: number;
  /** Longest rate-limit wait (seconds) worth sitting out; longer ones fail the run instead. */
  maxRateLimitWaitSeconds: number;
}

/** GitHub's guidance: wait a second between writes, three between ones that notify. */
export const DEFAULT_TIMING: Timing = {
  retryBaseMs: 1000,
  writeIntervalMs: 1000,
  notificationIntervalMs: 3000,
  maxRateLimitWaitSeconds: 300,
};

export interface ClientOptions {
  token: string;
  /** `GITHUB_API_URL`: https://api.github.com, or https://HOST/api/v3 on GitHub Enterprise Server. */
  baseUrl: string;
  timing?: Partial<Timing>;
  /** Where warnings go (retries, rate limits). */
  log: (message: string) => void;
}

// The plugins add behaviour, not methods: the client's type is the plain REST client's.
const ReviewOctokit: typeof Octokit = Octokit.plugin(retry, throttling);
export type GitHubClient = Octokit;

export function createClient(options: ClientOptions): GitHubClient {
  const timing = { ...DEFAULT_TIMING, ...options.timing };
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      const retrying = retryCount < 3 && retryAfter <= timing.maxRateLimitWaitSeconds;
      options.log(
        `GitHub ${kind} rate limit on ${request.method} ${request.url}; ${retrying ? `retrying in ${retryAfter}s` : "giving up"}.`,
      );
      return retrying;
    };
  return new ReviewOctokit({
    auth: options.token,
    baseUrl: options.baseUrl.replace(/\/+$/, ""),
    userAgent: "dag-transport-review",
    log: {
      debug: () => {},
      info: () => {},
      warn: (message: string) => options.log(message),
      error: (message: string) => options.log(message),
    },
    retry: { retries: 3, retryAfterBaseValue: timing.retryBaseMs },
    throttle: {
      retryAfterBaseValue: timing.retryBaseMs,
      // Each client gets its own write queues: the plugin's default ones are shared process-wide.
      write: new Bottleneck.Group({ maxConcurrent: 1, minTime: timing.writeIntervalMs }),
      notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: timing.notificationIntervalMs }),
      onRateLimit: onLimit("primary"),
      onSecondaryRateLimit: onLimit("secondary"),
    },
  });
}

/** An error from the API, reduced to what is safe and useful to print. */
export function describeError(error: unknown): string {
  const e = error as { status?: number; message?: string; response?: { data?: unknown } };
  const data = e.response?.data as { errors?: unknown } | undefined;
  const detail = data?.errors ? ` ${JSON.stringify(data.errors)}` : "";
  return `${e.status ? `HTTP ${e.status}: ` : ""}${e.message ?? String(error)}${detail}`;
}

export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown }).status;
  return typeof status === "number" ? status : undefined;
}

export interface PullRequestRef {
  owner: string;
  repo: string;
  number: number;
  headSha: string;
}

export interface ExistingComment {
  id: number;
  body: string;
  path?: string;
  line?: number;
}

export interface ReviewComment {
  path: string;
  body: string;
  line: number;
  startLine?: number;
}

export interface Annotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: "notice" | "warning" | "failure";
  message: string;
  title?: string;
}

export const CHECK_NAME = "dag-transport";

/** The calls the gate makes, on one pull request. */
export class PullRequestApi {
  constructor(
    readonly client: GitHubClient,
    readonly pr: PullRequestRef,
  ) {}

  private get repo() {
    return { owner: this.pr.owner, repo: this.pr.repo };
  }

  async changedFiles(): Promise<ChangedFile[]> {
    const files = await this.client.paginate(this.client.rest.pulls.listFiles, {
      ...this.repo,
      pull_number: this.pr.number,
      per_page: 100,
    });
    return files.map((f) => ({
      path: f.filename,
      status: f.status,
      ...(f.previous_filename ? { previousPath: f.previous_filename } : {}),
      ...(f.patch !== undefined ? { hunks: parsePatch(f.patch) } : {}),
      additions: f.additions,
    }));
  }

  async reviewComments(): Promise<ExistingComment[]> {
    const comments = await this.client.paginate(this.client.rest.pulls.listReviewComments, {
      ...this.repo,
      pull_number: this.pr.number,
      per_page: 100,
    });
    return comments.map((c) => ({
      id: c.id,
      body: c.body,
      path: c.path,
      ...((c.line ?? c.original_line) ? { line: (c.line ?? c.original_line)! } : {}),
    }));
  }

  async issueComments(): Promise<ExistingComment[]> {
    const comments = await this.client.paginate(this.client.rest.issues.listComments, {
      ...this.repo,
      issue_number: this.pr.number,
      per_page: 100,
    });
    return comments.map((c) => ({ id: c.id, body: c.body ?? "" }));
  }

  async createReview(body: string, comments: readonly ReviewComment[]): Promise<void> {
    await this.client.rest.pulls.createReview({
      ...this.repo,
      pull_number: this.pr.number,
      commit_id: this.pr.headSha,
      event: "COMMENT",
      body,
      comments: comments.map((c) => ({
        path: c.path,
        body: c.body,
        line: c.line,
        side: "RIGHT",
        ...(c.startLine !== undefined && c.startLine < c.line
          ? { start_line: c.startLine, start_side: "RIGHT" }
          : {}),
      })),
    });
  }

  async createFileComment(path: string, body: string): Promise<void> {
    await this.client.rest.pulls.createReviewComment({
      ...this.repo,
      pull_number: this.pr.number,
      commit_id: this.pr.headSha,
      path,
      body,
      subject_type: "file",
    });
  }

  async createIssueComment(body: string): Promise<void> {
    await this.client.rest.issues.createComment({ ...this.repo, issue_number: this.pr.number, body });
  }

  async updateIssueComment(id: number, body: string): Promise<void> {
    await this.client.rest.issues.updateComment({ ...this.repo, comment_id: id, body });
  }

  async createCheckRun(): Promise<number> {
    const { data } = await this.client.rest.checks.create({
      ...this.repo,
      name: CHECK_NAME,
      head_sha: this.pr.headSha,
      status: "in_progress",
      started_at: new Date().toISOString(),
    });
    return data.id;
  }

  /** Adds annotations (at most 50: GitHub's limit per request) and, with a conclusion, completes the run. */
  async updateCheckRun(
    id: number,
    output: { title: string; summary: string; annotations: readonly Annotation[] },
    conclusion?: "success" | "failure",
  ): Promise<void> {
    await this.client.rest.checks.update({
      ...this.repo,
      check_run_id: id,
      output: { title: output.title, summary: output.summary, annotations: [...output.annotations] },
      ...(conclusion ? { status: "completed", conclusion, completed_at: new Date().toISOString() } : {}),
    });
  }
}
