/**
 * A local, stateful stand-in for the part of GitHub's REST API the reviewer gate uses.
 *
 * Every request is checked against GitHub's own REST description (`@octokit/openapi`): the
 * route and method must exist, path and query parameters and the JSON body must satisfy the
 * description's schemas (validated by ajv, `$ref`s resolved inside the description itself).
 * A request that does not is answered 404/422 and recorded in `violations`, which every test
 * expects to stay empty. Review comments are checked against each file's diff the way GitHub
 * does, with GitHub's 422 body; reviews, comments and check runs are kept as state.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { Ajv, type ValidateFunction } from "ajv";

const require = createRequire(import.meta.url);
const description = require("@octokit/openapi/generated/api.github.com.json") as OpenApi;
const addFormats = require("ajv-formats") as (ajv: Ajv) => Ajv;

interface OpenApiParameter {
  name: string;
  in: "path" | "query" | "header";
  required?: boolean;
  schema: object;
}
interface OpenApiOperation {
  operationId: string;
  parameters?: (OpenApiParameter | { $ref: string })[];
  requestBody?: { required?: boolean; content: Record<string, { schema: object }> };
}
interface OpenApi {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: { parameters: Record<string, OpenApiParameter> };
}

// ---------------------------------------------------------------------------------------------
// Validation against the REST description

const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
addFormats(ajv);
ajv.addSchema(description, "github");
/** Parameters arrive as strings; the description types them (pull_number is an integer). */
const coercingAjv = new Ajv({ strict: false, allErrors: true, validateSchema: false, coerceTypes: true });
addFormats(coercingAjv);
coercingAjv.addSchema(description, "github");

function pointer(...segments: string[]): string {
  return `github#/${segments.map((s) => encodeURIComponent(s.replace(/~/g, "~0").replace(/\//g, "~1"))).join("/")}`;
}

interface Route {
  template: string;
  method: string;
  pattern: RegExp;
  names: string[];
  operation: OpenApiOperation;
  validators?: { path: ValidateFunction; query: ValidateFunction; body?: ValidateFunction };
}

const routes: Route[] = Object.entries(description.paths).flatMap(([template, methods]) =>
  Object.entries(methods)
    .filter(([method]) => ["get", "post", "patch", "put", "delete"].includes(method))
    .map(([method, operation]) => {
      const names: string[] = [];
      const source = template
        .replace(/[.*+?^$()|[\]\\]/g, "\\$&")
        .replace(/\{([^}]+)\}/g, (_m, name: string) => {
          names.push(name);
          return "([^/]+)";
        });
      return { template, method: method.toUpperCase(), pattern: new RegExp(`^${source}$`), names, operation };
    }),
);

function resolveParameter(parameter: OpenApiParameter | { $ref: string }): {
  param: OpenApiParameter;
  ref: string[];
} {
  if ("$ref" in parameter) {
    const name = parameter.$ref.split("/").pop()!;
    return { param: description.components.parameters[name]!, ref: ["components", "parameters", name] };
  }
  return { param: parameter, ref: [] };
}

function validatorsOf(route: Route) {
  if (route.validators) return route.validators;
  const parameters = (route.operation.parameters ?? []).map((p, index) => {
    const { param, ref } = resolveParameter(p);
    const schemaRef = ref.length
      ? pointer(...ref, "schema")
      : pointer("paths", route.template, route.method.toLowerCase(), "parameters", String(index), "schema");
    return { param, schemaRef };
  });
  const objectOf = (where: "path" | "query") => {
    const own = parameters.filter((p) => p.param.in === where);
    return coercingAjv.compile({
      type: "object",
      properties: Object.fromEntries(own.map((p) => [p.param.name, { $ref: p.schemaRef }])),
      required: own.filter((p) => p.param.required || where === "path").map((p) => p.param.name),
      // A query parameter the description does not know is a mistake in the client.
      additionalProperties: false,
    });
  };
  const json = route.operation.requestBody?.content["application/json"];
  route.validators = {
    path: objectOf("path"),
    query: objectOf("query"),
    ...(json
      ? {
          body: ajv.compile({
            $ref: pointer(
              "paths",
              route.template,
              route.method.toLowerCase(),
              "requestBody",
              "content",
              "application/json",
              "schema",
            ),
          }),
        }
      : {}),
  };
  return route.validators;
}

function describeErrors(validate: ValidateFunction): string {
  return (validate.errors ?? []).map((e) => `${e.instancePath || "(root)"} ${e.message}`).join("; ");
}

// ---------------------------------------------------------------------------------------------
// The pull request's diff, as GitHub resolves review comment lines (independent of the bot's parser)

interface DiffHunk {
  right: Set<number>;
  left: Set<number>;
}

function hunksOf(patch: string | undefined): DiffHunk[] {
  if (patch === undefined) return [];
  const hunks: DiffHunk[] = [];
  let hunk: DiffHunk | undefined;
  let left = 0;
  let right = 0;
  for (const text of patch.split("\n")) {
    const header = /^@@ -(\d+)(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(text);
    if (header) {
      hunk = { right: new Set(), left: new Set() };
      hunks.push(hunk);
      left = Number(header[1]);
      right = Number(header[2]);
    } else if (hunk && text.startsWith("+")) {
      hunk.right.add(right++);
    } else if (hunk && text.startsWith("-")) {
      hunk.left.add(left++);
    } else if (hunk && text.startsWith(" ")) {
      hunk.right.add(right++);
      hunk.left.add(left++);
    }
  }
  return hunks;
}

/** Rails' Array#to_sentence, which GitHub uses to join validation messages. */
function toSentence(parts: string[]): string {
  if (parts.length <= 1) return parts.join("");
  if (parts.length === 2) return `${parts[0]} and ${parts[1]}`;
  return `${parts.slice(0, -1).join(", ")}, and ${parts.at(-1)}`;
}

// ---------------------------------------------------------------------------------------------
// State

export interface StandInFile {
  filename: string;
  status: "added" | "removed" | "modified" | "renamed" | "copied" | "changed" | "unchanged";
  additions: number;
  deletions: number;
  /** Absent when GitHub does not send one (diff too large, binary). */
  patch?: string;
  previous_filename?: string;
}

export interface PullRequestState {
  owner: string;
  repo: string;
  number: number;
  headSha: string;
  files: StandInFile[];
  /** The base commit, served by the contents API (`repos/get-content` at `ref=baseSha`). */
  baseSha?: string;
  /** The base commit's files: repository path → text, or a symbolic link's target. */
  baseFiles?: Record<string, string | { symlinkTo: string }>;
}

interface User {
  login: string;
  id: number;
  type: "Bot";
}
const BOT: User = { login: "github-actions[bot]", id: 41898282, type: "Bot" };

export interface StoredReviewComment {
  id: number;
  pull_request_review_id: number | null;
  path: string;
  body: string;
  line: number | null;
  original_line: number | null;
  start_line: number | null;
  side: "LEFT" | "RIGHT";
  subject_type: "line" | "file";
  commit_id: string;
  original_commit_id: string;
}

export interface StoredReview {
  id: number;
  body: string;
  event: string;
  commit_id: string;
  comments: number;
  /** Who wrote it: the gate's bot, or a person (`approve`). */
  user?: string;
}

export interface StoredIssueComment {
  id: number;
  body: string;
  updates: number;
}

export interface StoredCheckRun {
  id: number;
  external_id: string | null;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  title?: string;
  summary?: string;
  annotations: Record<string, unknown>[];
  /** Sizes of the annotation batches, one per request that carried some. */
  annotationBatches: number[];
}

export interface RecordedRequest {
  method: string;
  path: string;
  status: number;
  at: number;
  /** The request body as sent (tests look for secrets in it). */
  body: string;
}

export interface Fault {
  method: string;
  /** Matched against the path (without the API prefix and query). */
  path: RegExp;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** How many matching requests fail (default 1). */
  times?: number;
  /** Handle (and store) the request, then answer with the fault: a write whose answer is lost. */
  afterStoring?: boolean;
}

const DOCS = "https://docs.github.com/rest";

export class GitHubStandIn {
  readonly reviews: StoredReview[] = [];
  readonly reviewComments: StoredReviewComment[] = [];
  readonly issueComments: StoredIssueComment[] = [];
  readonly checkRuns: StoredCheckRun[] = [];
  readonly requests: RecordedRequest[] = [];
  /** Requests that do not match GitHub's REST description. Tests expect none. */
  readonly violations: string[] = [];
  /** Every commit the pull request has had (comments may name any of them). */
  private readonly commits = new Set<string>();
  private faults: (Fault & { remaining: number })[] = [];
  private delays: { method: string; path: RegExp; ms: number }[] = [];
  private nextId = 1000;

  private constructor(
    private readonly server: Server,
    readonly url: string,
    public pr: PullRequestState,
    /** Token → what it may do. A fork's GITHUB_TOKEN is read-only. */
    private readonly tokens: Record<string, "write" | "read">,
    private readonly prefix: string,
  ) {
    this.commits.add(pr.headSha);
  }

  /** Starts on 127.0.0.1; `prefix` serves the API under a path, as GitHub Enterprise Server does (`/api/v3`). */
  static async start(options: {
    pr: PullRequestState;
    tokens: Record<string, "write" | "read">;
    prefix?: string;
  }): Promise<GitHubStandIn> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    const prefix = options.prefix ?? "";
    const standIn = new GitHubStandIn(
      server,
      `http://127.0.0.1:${port}${prefix}`,
      structuredClone(options.pr),
      options.tokens,
      prefix,
    );
    server.on("request", (req: IncomingMessage, res: ServerResponse) => void standIn.handle(req, res));
    return standIn;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** A new push: new head commit, new diff. Comments whose line left the diff become outdated (line: null). */
  push(headSha: string, files: StandInFile[]): void {
    this.pr = { ...this.pr, headSha, files: structuredClone(files) };
    this.commits.add(headSha);
    for (const comment of this.reviewComments) {
      if (comment.subject_type === "file" || comment.line === null) continue;
      const file = files.find((f) => f.filename === comment.path);
      const still = hunksOf(file?.patch).some((h) => h.right.has(comment.line!));
      if (!still) comment.line = null;
    }
  }

  /** A person's review of the pull request (e.g. an approval of the head commit). */
  review(
    login: string,
    state: "APPROVED" | "CHANGES_REQUESTED" | "COMMENTED",
    commitId = this.pr.headSha,
  ): void {
    this.reviews.push({
      id: this.nextId++,
      body: "",
      event: state,
      commit_id: commitId,
      comments: 0,
      user: login,
    });
  }

  /** Holds the answers to matching requests for `ms` (a slow GitHub; a job cancelled meanwhile). */
  delay(method: string, path: RegExp, ms: number): void {
    this.delays.push({ method, path, ms });
  }

  inject(fault: Fault): void {
    this.faults.push({ ...fault, remaining: fault.times ?? 1 });
  }

  /** Requests by method and path pattern, for assertions. */
  requestsTo(method: string, path: RegExp): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && path.test(r.path));
  }

  // -------------------------------------------------------------------------------------------

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const method = req.method ?? "GET";
    const path = url.pathname.startsWith(this.prefix) ? url.pathname.slice(this.prefix.length) : url.pathname;
    const record: RecordedRequest = { method, path, status: 0, at: performance.now(), body: raw };
    this.requests.push(record);
    const reply = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
      // The contents API's raw media type answers with the file's bytes, not JSON.
      const raw =
        headers["content-type"]?.startsWith("application/vnd.github.raw") && typeof body === "string";
      res.end(body === undefined ? "" : raw ? body : JSON.stringify(body));
    };

    const delay = this.delays.find((d) => d.method === method && d.path.test(path));
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay.ms));
    const fault = this.faults.find((f) => f.remaining > 0 && f.method === method && f.path.test(path));
    if (fault) {
      fault.remaining -= 1;
      if (!fault.afterStoring)
        return reply(fault.status, fault.body ?? { message: "Server Error" }, fault.headers);
    }
    // A fault "after storing" lets the request take effect, then loses its answer.
    const send: typeof reply = fault?.afterStoring
      ? () => reply(fault.status, fault.body ?? { message: "Server Error" }, fault.headers)
      : reply;

    // The REST description decides what a valid request is. The contents API's root has an
    // empty {path}, which no route pattern matches.
    const contentsRoot = method === "GET" ? /^\/repos\/([^/]+)\/([^/]+)\/contents\/?$/.exec(path) : null;
    const route = contentsRoot
      ? routes.find((r) => r.method === "GET" && r.template === "/repos/{owner}/{repo}/contents/{path}")
      : routes.find((r) => r.method === method && r.pattern.test(path));
    if (!route) {
      this.violations.push(`${method} ${path}: no such operation in GitHub's REST description`);
      return send(404, { message: "Not Found", documentation_url: DOCS, status: "404" });
    }
    const match = contentsRoot ? ["", contentsRoot[1]!, contentsRoot[2]!, ""] : route.pattern.exec(path)!;
    const params = Object.fromEntries(route.names.map((n, i) => [n, decodeURIComponent(match[i + 1]!)]));
    const query = Object.fromEntries(url.searchParams.entries());
    const validators = validatorsOf(route);
    const problems: string[] = [];
    const pathParams: Record<string, unknown> = { ...params };
    if (!validators.path(pathParams)) problems.push(`path: ${describeErrors(validators.path)}`);
    const queryParams: Record<string, unknown> = { ...query };
    if (!validators.query(queryParams)) problems.push(`query: ${describeErrors(validators.query)}`);
    let body: Record<string, unknown> = {};
    if (raw) {
      try {
        body = JSON.parse(raw) as Record<string, unknown>;
      } catch {
        problems.push("body: not JSON");
      }
      if (!validators.body) problems.push("body: this operation takes no body");
      else if (!String(req.headers["content-type"]).startsWith("application/json"))
        problems.push(`body: content-type ${req.headers["content-type"]}`);
    } else if (validators.body && route.operation.requestBody?.required) {
      problems.push("body: required");
    }
    if (validators.body && raw && !validators.body(body))
      problems.push(`body: ${describeErrors(validators.body)}`);
    if (problems.length) {
      this.violations.push(
        `${method} ${route.template} (${route.operation.operationId}): ${problems.join(" | ")}`,
      );
      return send(422, {
        message: `Invalid request.\n\n${problems.join("\n")}`,
        documentation_url: DOCS,
        status: "422",
      });
    }

    // Authentication and the token's permissions.
    const token = /^(?:token|bearer)\s+(.+)$/i.exec(req.headers.authorization ?? "")?.[1];
    const permission = token ? this.tokens[token] : undefined;
    if (!permission) return send(401, { message: "Bad credentials", documentation_url: DOCS, status: "401" });
    if (permission === "read" && method !== "GET")
      return send(403, {
        message: "Resource not accessible by integration",
        documentation_url: DOCS,
        status: "403",
      });

    if (pathParams.owner !== this.pr.owner || pathParams.repo !== this.pr.repo)
      return send(404, { message: "Not Found", documentation_url: DOCS, status: "404" });
    const number = Number(pathParams.pull_number ?? pathParams.issue_number ?? this.pr.number);
    if (number !== this.pr.number)
      return send(404, { message: "Not Found", documentation_url: DOCS, status: "404" });

    const page = Number(queryParams.page ?? 1);
    const perPage = Math.min(Number(queryParams.per_page ?? 30), 100);
    const paginated = (items: unknown[]) => {
      const last = Math.max(1, Math.ceil(items.length / perPage));
      const link = (p: number) => `<${this.url}${path}?per_page=${perPage}&page=${p}>`;
      const links = page < last ? [`${link(page + 1)}; rel="next"`, `${link(last)}; rel="last"`] : [];
      return send(
        200,
        items.slice((page - 1) * perPage, page * perPage),
        links.length ? { link: links.join(", ") } : {},
      );
    };

    switch (route.operation.operationId) {
      case "pulls/list-files":
        return paginated(this.pr.files.map((f) => this.fileJson(f)));
      case "pulls/list-review-comments":
        return paginated(this.reviewComments.map((c) => this.reviewCommentJson(c)));
      case "issues/list-comments":
        return paginated(this.issueComments.map((c) => this.issueCommentJson(c)));
      case "pulls/create-review":
        return this.createReview(body, send);
      case "pulls/create-review-comment":
        return this.createReviewComment(body, send);
      case "issues/create-comment": {
        const comment = { id: this.nextId++, body: String(body.body), updates: 0 };
        this.issueComments.push(comment);
        return send(201, this.issueCommentJson(comment));
      }
      case "issues/update-comment": {
        const comment = this.issueComments.find((c) => c.id === Number(pathParams.comment_id));
        if (!comment) return send(404, { message: "Not Found", documentation_url: DOCS, status: "404" });
        comment.body = String(body.body);
        comment.updates += 1;
        return send(200, this.issueCommentJson(comment));
      }
      case "checks/create":
        return this.createCheckRun(body, send);
      case "checks/list-for-ref": {
        const runs = this.checkRuns.filter(
          (r) =>
            r.head_sha === pathParams.ref &&
            (queryParams.check_name === undefined || r.name === queryParams.check_name),
        );
        return send(200, { total_count: runs.length, check_runs: runs.map((r) => this.checkRunJson(r)) });
      }
      case "pulls/list-reviews":
        return paginated(this.reviews.map((r) => this.reviewJson(r)));
      case "repos/get-content":
        return this.getContent(
          String(pathParams.path),
          String(queryParams.ref ?? ""),
          req.headers.accept ?? "",
          send,
        );
      case "checks/update": {
        const run = this.checkRuns.find((r) => r.id === Number(pathParams.check_run_id));
        if (!run) return send(404, { message: "Not Found", documentation_url: DOCS, status: "404" });
        this.applyCheckRun(run, body);
        return send(200, this.checkRunJson(run));
      }
      default:
        // A valid GitHub operation this stand-in does not serve: the gate should not be calling it.
        this.violations.push(
          `${method} ${route.template}: operation ${route.operation.operationId} not served by the stand-in`,
        );
        return send(501, { message: "Not implemented by the stand-in" });
    }
  }

  /** GitHub's checks on one review comment's position; the messages it answers with, or none. */
  private lineProblems(comment: Record<string, unknown>): string[] {
    const file = this.pr.files.find((f) => f.filename === comment.path);
    if (!file) return ["Path could not be resolved"];
    if (comment.position !== undefined) return ["Use line instead of the closing-down position parameter"];
    const side = comment.side === "LEFT" ? "left" : "right";
    const line = Number(comment.line);
    const hunks = hunksOf(file.patch);
    const hunk = hunks.find((h) => h[side].has(line));
    const problems: string[] = [];
    if (comment.line === undefined || !hunk)
      problems.push("Pull request review thread line must be part of the diff");
    if (comment.start_line !== undefined) {
      const startSide = comment.start_side === "LEFT" ? "left" : "right";
      const start = Number(comment.start_line);
      if (!hunk || !hunk[startSide].has(start) || start > line)
        problems.push("Pull request review thread start line must be part of the same hunk as the line.");
    }
    if (!hunk) problems.push("Pull request review thread diff hunk can't be blank");
    return problems;
  }

  private unprocessable(send: (s: number, b: unknown) => void, problems: string[], docs: string) {
    return send(422, {
      message: "Unprocessable Entity",
      errors: [toSentence(problems)],
      documentation_url: docs,
      status: "422",
    });
  }

  private createReview(body: Record<string, unknown>, send: (s: number, b: unknown) => void) {
    const commitId = String(body.commit_id ?? this.pr.headSha);
    if (!this.commits.has(commitId))
      return this.unprocessable(
        send,
        ["Commit could not be resolved"],
        `${DOCS}/pulls/reviews#create-a-review-for-a-pull-request`,
      );
    const comments = (body.comments as Record<string, unknown>[] | undefined) ?? [];
    if ((body.event === "COMMENT" || body.event === "REQUEST_CHANGES") && !body.body)
      return this.unprocessable(
        send,
        ["Body can't be blank"],
        `${DOCS}/pulls/reviews#create-a-review-for-a-pull-request`,
      );
    // One bad comment and the whole review is refused.
    for (const comment of comments) {
      const problems = this.lineProblems(comment);
      if (problems.length)
        return this.unprocessable(send, problems, `${DOCS}/pulls/reviews#create-a-review-for-a-pull-request`);
    }
    const review: StoredReview = {
      id: this.nextId++,
      body: String(body.body ?? ""),
      event: String(body.event ?? "PENDING"),
      commit_id: commitId,
      comments: comments.length,
    };
    this.reviews.push(review);
    for (const comment of comments) this.storeComment(comment, review.id, commitId);
    return send(200, {
      id: review.id,
      node_id: `PRR_${review.id}`,
      user: BOT,
      body: review.body,
      state: review.event === "COMMENT" ? "COMMENTED" : review.event,
      html_url: `https://github.com/${this.pr.owner}/${this.pr.repo}/pull/${this.pr.number}#pullrequestreview-${review.id}`,
      pull_request_url: `${this.url}/repos/${this.pr.owner}/${this.pr.repo}/pulls/${this.pr.number}`,
      commit_id: commitId,
      author_association: "NONE",
      _links: { html: { href: "" }, pull_request: { href: "" } },
    });
  }

  private createReviewComment(body: Record<string, unknown>, send: (s: number, b: unknown) => void) {
    const docs = `${DOCS}/pulls/comments#create-a-review-comment-for-a-pull-request`;
    const commitId = String(body.commit_id);
    if (!this.commits.has(commitId)) return this.unprocessable(send, ["Commit could not be resolved"], docs);
    if (body.subject_type === "file") {
      if (!this.pr.files.some((f) => f.filename === body.path))
        return this.unprocessable(send, ["Path could not be resolved"], docs);
    } else {
      const problems = this.lineProblems(body);
      if (problems.length) return this.unprocessable(send, problems, docs);
    }
    const stored = this.storeComment(body, null, commitId);
    return send(201, this.reviewCommentJson(stored));
  }

  private storeComment(comment: Record<string, unknown>, reviewId: number | null, commitId: string) {
    const isFile = comment.subject_type === "file";
    const stored: StoredReviewComment = {
      id: this.nextId++,
      pull_request_review_id: reviewId ?? this.nextId++,
      path: String(comment.path),
      body: String(comment.body),
      line: isFile ? null : Number(comment.line),
      original_line: isFile ? null : Number(comment.line),
      start_line: comment.start_line === undefined ? null : Number(comment.start_line),
      side: comment.side === "LEFT" ? "LEFT" : "RIGHT",
      subject_type: isFile ? "file" : "line",
      commit_id: commitId,
      original_commit_id: commitId,
    };
    this.reviewComments.push(stored);
    return stored;
  }

  private createCheckRun(body: Record<string, unknown>, send: (s: number, b: unknown) => void) {
    if (!this.commits.has(String(body.head_sha)))
      return send(422, {
        message: `No commit found for SHA: ${String(body.head_sha)}`,
        documentation_url: `${DOCS}/checks/runs#create-a-check-run`,
        status: "422",
      });
    const run: StoredCheckRun = {
      id: this.nextId++,
      external_id: body.external_id === undefined ? null : String(body.external_id),
      name: String(body.name),
      head_sha: String(body.head_sha),
      status: "queued",
      conclusion: null,
      annotations: [],
      annotationBatches: [],
    };
    this.applyCheckRun(run, body);
    this.checkRuns.push(run);
    return send(201, this.checkRunJson(run));
  }

  private applyCheckRun(run: StoredCheckRun, body: Record<string, unknown>) {
    if (body.status) run.status = String(body.status);
    if (body.conclusion) {
      run.conclusion = String(body.conclusion);
      run.status = "completed";
    }
    const output = body.output as
      { title: string; summary: string; annotations?: Record<string, unknown>[] } | undefined;
    if (output) {
      run.title = output.title;
      run.summary = output.summary;
      // Annotations accumulate over updates, as on GitHub.
      if (output.annotations?.length) {
        run.annotations.push(...output.annotations);
        run.annotationBatches.push(output.annotations.length);
      }
    }
  }

  // -------------------------------------------------------------------------------------------
  // Response bodies (the fields GitHub sends that a client may read)

  private fileJson(f: StandInFile) {
    const base = `https://github.com/${this.pr.owner}/${this.pr.repo}`;
    return {
      sha: "0".repeat(40),
      filename: f.filename,
      status: f.status,
      additions: f.additions,
      deletions: f.deletions,
      changes: f.additions + f.deletions,
      blob_url: `${base}/blob/${this.pr.headSha}/${f.filename}`,
      raw_url: `${base}/raw/${this.pr.headSha}/${f.filename}`,
      contents_url: `${this.url}/repos/${this.pr.owner}/${this.pr.repo}/contents/${f.filename}?ref=${this.pr.headSha}`,
      ...(f.patch !== undefined ? { patch: f.patch } : {}),
      ...(f.previous_filename ? { previous_filename: f.previous_filename } : {}),
    };
  }

  private reviewJson(r: StoredReview) {
    const user = r.user ? { login: r.user, id: 7, type: "User" } : BOT;
    return {
      id: r.id,
      node_id: `PRR_${r.id}`,
      user,
      body: r.body,
      state: r.event === "COMMENT" ? "COMMENTED" : r.event,
      html_url: `https://github.com/${this.pr.owner}/${this.pr.repo}/pull/${this.pr.number}#pullrequestreview-${r.id}`,
      pull_request_url: `${this.url}/repos/${this.pr.owner}/${this.pr.repo}/pulls/${this.pr.number}`,
      commit_id: r.commit_id,
      submitted_at: "2026-01-01T00:00:00Z",
      author_association: r.user ? "MEMBER" : "NONE",
      _links: { html: { href: "" }, pull_request: { href: "" } },
    };
  }

  /**
   * `repos/get-content` at the base commit: a directory listing, a file (base64, or raw bytes for
   * the raw media type; GitHub sends no content over 1 MB in the JSON form), a symbolic link
   * (type `symlink`, its target), or 404.
   */
  private getContent(
    repoPath: string,
    ref: string,
    accept: string,
    send: (status: number, body: unknown, headers?: Record<string, string>) => void,
  ) {
    const notFound = () =>
      send(404, {
        message: "Not Found",
        documentation_url: `${DOCS}/repos/contents#get-repository-content`,
        status: "404",
      });
    if (!this.pr.baseSha || ref !== this.pr.baseSha) return notFound();
    const files = this.pr.baseFiles ?? {};
    const clean = repoPath.replace(/^\/+|\/+$/g, "");
    const base = `https://github.com/${this.pr.owner}/${this.pr.repo}`;
    const entry = (name: string, entryPath: string, type: "file" | "dir" | "symlink", size: number) => ({
      type,
      size,
      name,
      path: entryPath,
      sha: "1".repeat(40),
      url: `${this.url}/repos/${this.pr.owner}/${this.pr.repo}/contents/${entryPath}?ref=${ref}`,
      git_url: null,
      html_url: `${base}/blob/${ref}/${entryPath}`,
      download_url: null,
      _links: { self: "", git: null, html: null },
    });
    const value = files[clean];
    if (value !== undefined) {
      const name = clean.split("/").pop()!;
      if (typeof value !== "string")
        return send(200, {
          ...entry(name, clean, "symlink", value.symlinkTo.length),
          target: value.symlinkTo,
        });
      const bytes = Buffer.from(value, "utf8");
      // Both spellings GitHub accepts: octokit's `mediaType: { format: "raw" }` sends the v3 one.
      if (/application\/vnd\.github(\.v3)?\.raw/.test(accept)) {
        return send(200, value, { "content-type": "application/vnd.github.raw; charset=utf-8" });
      }
      const tooLarge = bytes.length > 1024 * 1024;
      return send(200, {
        ...entry(name, clean, "file", bytes.length),
        encoding: tooLarge ? "none" : "base64",
        content: tooLarge ? "" : bytes.toString("base64"),
      });
    }
    const prefix = clean ? `${clean}/` : "";
    const children = new Map<string, ReturnType<typeof entry>>();
    for (const [filePath, fileValue] of Object.entries(files)) {
      if (!filePath.startsWith(prefix)) continue;
      const [name, ...rest] = filePath.slice(prefix.length).split("/");
      const childPath = `${prefix}${name!}`;
      const type = rest.length ? "dir" : typeof fileValue === "string" ? "file" : "symlink";
      if (!children.has(name!))
        children.set(name!, entry(name!, childPath, type, rest.length ? 0 : String(fileValue).length));
    }
    if (!children.size && clean) return notFound();
    return send(200, [...children.values()]);
  }

  private reviewCommentJson(c: StoredReviewComment) {
    return {
      id: c.id,
      node_id: `PRRC_${c.id}`,
      pull_request_review_id: c.pull_request_review_id,
      diff_hunk: "",
      path: c.path,
      position: c.line,
      original_position: c.original_line,
      commit_id: c.commit_id,
      original_commit_id: c.original_commit_id,
      user: BOT,
      body: c.body,
      created_at: "2026-01-01T00:00:00Z",
      updated_at: "2026-01-01T00:00:00Z",
      html_url: `https://github.com/${this.pr.owner}/${this.pr.repo}/pull/${this.pr.number}#discussion_r${c.id}`,
      pull_request_url: `${this.url}/repos/${this.pr.owner}/${this.pr.repo}/pulls/${this.pr.number}`,
      author_association: "NONE",
      _links: { self: { href: "" }, html: { href: "" }, pull_request: { href: "" } },
      start_line: c.start_line,
      original_start_line: c.start_line,
      start_side: c.start_line === null ? null : "RIGHT",
      line: c.line,
      original_line: c.original_line,
      side: c.side,
      subject_type: c.subject_type,
    };
  }

  private issueCommentJson(c: StoredIssueComment) {
    return {
      id: c.id,
      node_id: `IC_${c.id}`,
      url: `${this.url}/repos/${this.pr.owner}/${this.pr.repo}/issues/comments/${c.id}`,
      html_url: `https://github.com/${this.pr.owner}/${this.pr.repo}/pull/${this.pr.number}#issuecomment-${c.id}`,
      body: c.body,
      user: BOT,
      created_at: "2026-01-01T00:00:00Z",
      updated_at: "2026-01-01T00:00:00Z",
      issue_url: `${this.url}/repos/${this.pr.owner}/${this.pr.repo}/issues/${this.pr.number}`,
      author_association: "NONE",
    };
  }

  private checkRunJson(run: StoredCheckRun) {
    return {
      id: run.id,
      head_sha: run.head_sha,
      node_id: `CR_${run.id}`,
      external_id: run.external_id,
      url: `${this.url}/repos/${this.pr.owner}/${this.pr.repo}/check-runs/${run.id}`,
      html_url: `https://github.com/${this.pr.owner}/${this.pr.repo}/runs/${run.id}`,
      details_url: null,
      status: run.status,
      conclusion: run.conclusion,
      started_at: "2026-01-01T00:00:00Z",
      completed_at: run.status === "completed" ? "2026-01-01T00:00:01Z" : null,
      output: {
        title: run.title ?? null,
        summary: run.summary ?? null,
        text: null,
        annotations_count: run.annotations.length,
        annotations_url: `${this.url}/repos/${this.pr.owner}/${this.pr.repo}/check-runs/${run.id}/annotations`,
      },
      name: run.name,
      check_suite: { id: 1 },
      app: null,
      pull_requests: [],
    };
  }
}
