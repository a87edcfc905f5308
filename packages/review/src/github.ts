/**
 * The GitHub REST calls the gate makes, through Octokit with throttling (primary and secondary
 * rate limits, honouring `retry-after` within one budget for the whole run; writes spaced out as
 * GitHub's guidance for content-creating requests asks) and retries of idempotent requests
 * (5xx, network). A POST is never re-sent blindly: GitHub may have stored it before failing, so
 * the caller lists what exists and posts only what is missing (review.ts). The token never
 * appears in output.
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
  /** All rate-limit waits of one run together (seconds); past it the run completes its check as failed. */
  rateLimitBudgetSeconds: number;
  /** Milliseconds before a request is abandoned (a hung connection must not hold the check pending). */
  requestTimeoutMs: number;
}

/** GitHub's guidance: wait a second between writes, three between ones that notify. */
export const DEFAULT_TIMING: Timing = {
  retryBaseMs: 1000,
  writeIntervalMs: 1000,
  notificationIntervalMs: 3000,
  maxRateLimitWaitSeconds: 300,
  rateLimitBudgetSeconds: 600,
  requestTimeoutMs: 60_000,
};

export interface ClientOptions {
  token: string;
  /** `GITHUB_API_URL`: https://api.github.com, or https://HOST/api/v3 on GitHub Enterprise Server. */
  baseUrl: string;
  timing?: Partial<Timing>;
  /** Where warnings go (retries, rate limits). */
  log: (message: string) => void;
  /** Aborted when the job is cancelled: requests in flight are abandoned. */
  signal?: AbortSignal;
}

// The plugins add behaviour, not methods: the client's type is the plain REST client's.
const ReviewOctokit: typeof Octokit = Octokit.plugin(retry, throttling);
export type GitHubClient = Octokit;

export function createClient(options: ClientOptions): GitHubClient {
  const timing = { ...DEFAULT_TIMING, ...options.timing };
  let waited = 0;
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      const retrying =
        retryCount < 3 &&
        retryAfter <= timing.maxRateLimitWaitSeconds &&
        waited + retryAfter <= timing.rateLimitBudgetSeconds;
      if (retrying) waited += retryAfter;
      options.log(
        `GitHub ${kind} rate limit on ${request.method} ${request.url}; ${retrying ? `retrying in ${retryAfter}s` : "giving up"}.`,
      );
      return retrying;
    };
  const client = new ReviewOctokit({
    auth: options.token,
    baseUrl: options.baseUrl.replace(/\/+$/, ""),
    userAgent: "dag-transport-review",
    log: {
      debug: () => {},
      info: () => {},
      warn: (message: string) => options.log(message),
      // The request log names each failed URL, file paths from the pull request among them
      // (the base commit's 404s are expected); failures that matter are reported by the caller.
      error: () => {},
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
  client.hook.before("request", (request) => {
    const timeout = AbortSignal.timeout(timing.requestTimeoutMs);
    const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
    request.request = { ...request.request, signal: request.request?.signal ?? signal };
    // Re-sending a write after a 5xx or a reset may duplicate what GitHub already stored (a
    // review, a comment, a batch of annotations): the caller reconciles instead (review.ts).
    if (request.method !== "GET")
      request.request = { ...request.request, retries: 0 } as typeof request.request;
  });
  return client;
}

function headerOf(error: unknown, name: string): string | undefined {
  const headers = (error as { response?: { headers?: Record<string, unknown> } }).response?.headers;
  const value = headers?.[name];
  return typeof value === "string" ? value : typeof value === "number" ? String(value) : undefined;
}

/** A rate limit (primary or secondary) that outlasted the run's budget. */
export function isRateLimit(error: unknown): boolean {
  const status = statusOf(error);
  if (status === 429) return true;
  if (status !== 403) return false;
  return (
    headerOf(error, "retry-after") !== undefined ||
    headerOf(error, "x-ratelimit-remaining") === "0" ||
    /rate limit/i.test((error as { message?: string }).message ?? "")
  );
}

/**
 * A fork's read-only GITHUB_TOKEN: 403 "Resource not accessible by integration". Only this
 * means "report through the job summary instead"; any other 403 (a rate limit, a missing
 * permission in the workflow) is a failure to post the verdict.
 */
export function isReadOnlyToken(error: unknown): boolean {
  return (
    statusOf(error) === 403 &&
    !isRateLimit(error) &&
    /Resource not accessible by integration/i.test((error as { message?: string }).message ?? "")
  );
}

/** A failure after which a POST may or may not have been stored: a 5xx, a timeout, a reset. */
export function mayHaveBeenStored(error: unknown): boolean {
  const status = statusOf(error);
  return status === undefined || status >= 500;
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
  /** The base commit: the trusted one, whose configuration judges the pull request. */
  baseSha?: string;
  /** The pull request's author (their own approval does not count). */
  author?: string;
}

/** A file at the base commit: its text, or that it is absent, or why it could not be had. */
export type BaseFile = { text: string } | { missing: true } | { problem: string };

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

  /** Names in a directory at the base commit (`""` is the root); undefined when it is not there. */
  async directoryAtBase(dir: string): Promise<Set<string> | undefined> {
    try {
      const { data } = await this.client.rest.repos.getContent({
        ...this.repo,
        path: dir,
        ref: this.pr.baseSha!,
      });
      return Array.isArray(data)
        ? new Set(data.filter((e) => e.type === "file").map((e) => e.name))
        : undefined;
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw error;
    }
  }

  /** A file's text at the base commit, at most `maxBytes`. */
  async fileAtBase(filePath: string, maxBytes: number): Promise<BaseFile> {
    try {
      const { data } = await this.client.rest.repos.getContent({
        ...this.repo,
        path: filePath,
        ref: this.pr.baseSha!,
      });
      if (Array.isArray(data) || data.type !== "file")
        return { problem: "not a regular file at the base commit" };
      if (data.size > maxBytes)
        return { problem: `over the ${maxBytes / 1024 / 1024} MiB limit at the base commit` };
      if (data.encoding === "base64")
        return {
          text: Buffer.from(data.content, "base64")
            .toString("utf8")
            .replace(/^\uFEFF/, ""),
        };
      // Files over 1 MB come without content: ask for the raw bytes.
      const raw = await this.client.rest.repos.getContent({
        ...this.repo,
        path: filePath,
        ref: this.pr.baseSha!,
        mediaType: { format: "raw" },
      });
      // Text when GitHub labels the answer utf-8, bytes otherwise; anything else (a JSON object,
      // as when the raw media type was not honoured) is not the file, and String() of it was
      // silently analysed as "[object Object]".
      const body = raw.data as unknown;
      const text =
        typeof body === "string"
          ? body
          : body instanceof ArrayBuffer
            ? Buffer.from(body).toString("utf8")
            : undefined;
      if (text === undefined) return { problem: "unreadable at the base commit" };
      return text.length > maxBytes ? { problem: "over the size limit at the base commit" } : { text };
    } catch (error) {
      if (statusOf(error) === 404) return { missing: true };
      throw error;
    }
  }

  /** Users who approved the head commit, from the pull request's reviews. */
  async approvers(): Promise<string[]> {
    const reviews = await this.client.paginate(this.client.rest.pulls.listReviews, {
      ...this.repo,
      pull_number: this.pr.number,
      per_page: 100,
    });
    const latest = new Map<string, string>();
    for (const review of reviews) {
      if (!review.user || review.state === "COMMENTED") continue;
      latest.set(review.user.login, review.commit_id === this.pr.headSha ? review.state : "STALE");
    }
    return [...latest]
      .filter(([login, state]) => state === "APPROVED" && login !== this.pr.author)
      .map(([login]) => login);
  }

  /** The check run this run created, found by its external id (after a POST whose answer was lost). */
  async findCheckRun(externalId: string): Promise<number | undefined> {
    const { data } = await this.client.rest.checks.listForRef({
      ...this.repo,
      ref: this.pr.headSha,
      check_name: CHECK_NAME,
      per_page: 100,
    });
    return data.check_runs.find((run) => run.external_id === externalId)?.id;
  }

  /**
   * Creates the check run already completed, with its verdict: a check is created only once
   * the verdict is known, so a run that dies never leaves one pending.
   */
  async createCompletedCheckRun(
    externalId: string,
    output: { title: string; summary: string; annotations: readonly Annotation[] },
    conclusion: "success" | "failure" | "cancelled",
    /** Overrides the run's signal: the check of a cancelled run is still created. */
    signal?: AbortSignal,
  ): Promise<number> {
    const now = new Date().toISOString();
    const { data } = await this.client.rest.checks.create({
      ...this.repo,
      name: CHECK_NAME,
      head_sha: this.pr.headSha,
      external_id: externalId,
      status: "completed",
      conclusion,
      started_at: now,
      completed_at: now,
      output: { title: output.title, summary: output.summary, annotations: [...output.annotations] },
      ...(signal ? { request: { signal } } : {}),
    });
    return data.id;
  }

  /** Adds annotations (at most 50: GitHub's limit per request) and, with a conclusion, completes the run. */
  async updateCheckRun(
    id: number,
    output: { title: string; summary: string; annotations: readonly Annotation[] },
    conclusion?: "success" | "failure" | "cancelled",
  ): Promise<void> {
    await this.client.rest.checks.update({
      ...this.repo,
      check_run_id: id,
      output: { title: output.title, summary: output.summary, annotations: [...output.annotations] },
      ...(conclusion ? { status: "completed", conclusion, completed_at: new Date().toISOString() } : {}),
    });
  }
}
