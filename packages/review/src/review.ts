/**
 * The reviewer gate on one pull request.
 *
 * 1. Judge (reads only): analyse every changed DAG file whole, by the policy of the base commit
 *    (policy.ts); analyse the base version of each changed file too, so a finding is *new* when
 *    the base did not have it; apply the base policy on suppressions the pull request adds.
 * 2. Publish, once the verdict is known: the `dag-transport` check run is created already
 *    completed (a run that dies never leaves one pending), then new findings as review comments
 *    (never twice: each carries its fingerprint), then one summary comment.
 *
 * Every write failure has one meaning. A fork's read-only token: report through workflow
 * commands and the job summary. A 5xx, timeout or reset: GitHub may have stored the write, so
 * list what exists and post only what is missing. A comment GitHub refuses: a file comment
 * instead of a line comment, a summary line instead of a file comment. A rate limit that
 * outlasts the budget, or any other refused write: the check is completed as `failure` and the
 * run exits non-zero. A cancelled job completes its check (`cancelled`) before it exits.
 */
import path from "node:path";
import {
  MAX_FILE_BYTES,
  fatalResult,
  isIgnoredByConfig,
  type AnyRule,
  type LintResult,
  type LoadedConfig,
  type SiblingFile,
  applyBulkSuppressions,
  BULK_SUPPRESSIONS_FILE,
  type BulkSuppressions,
  parseBulkSuppressions,
  SuppressionsFileError,
  readWorkspaceText,
} from "@dag-transport/core";
import { readSiblingFiles, type SiblingCache } from "@dag-transport/engine";
import {
  describeError,
  isRateLimit,
  isReadOnlyToken,
  mayHaveBeenStored,
  statusOf,
  type Annotation,
  type ExistingComment,
  type PullRequestApi,
  type ReviewComment,
} from "./github.js";
import { isCommentableRange } from "./diff.js";
import { findingsOf, suppressionsOf, type Finding, type Suppression } from "./findings.js";
import { addedSuppressions, placeFindings, type ChangedFile, type PlacedFinding } from "./placement.js";
import { inlineCode } from "./markdown.js";
import { loadPolicy, type Policy, type PolicySource } from "./policy.js";
import {
  SUMMARY_MARKER,
  decodeState,
  fileCommentBody,
  fingerprintsIn,
  headline,
  inlineCommentBody,
  renderSummaryWithin,
  reviewBody,
  type SummaryInput,
  type SummaryState,
} from "./render.js";
import { appendStepSummary, workflowCommand } from "./workflow-commands.js";
import { readWorkspaceFile } from "./workspace.js";

/** What an analysis of one file needs besides its text: its configuration and sibling files. */
export interface AnalyzeContext {
  config: LoadedConfig;
  siblingFiles: SiblingFile[];
}

/** Lints one file's text. The engine's `lintText` in production; tests may pass their own. */
export type Analyze = (filePath: string, text: string, context: AnalyzeContext) => LintResult;

/** reviewdog posts at most 30 comments per review to stay clear of GitHub's abuse limits. */
export const COMMENTS_PER_REVIEW = 30;
/** GitHub accepts at most 50 annotations per check run request. */
export const ANNOTATIONS_PER_REQUEST = 50;
/** How long the check of a cancelled run may take to create (the runner kills the job soon after). */
const CANCELLED_CHECK_TIMEOUT_MS = 5000;

export interface ReviewContext {
  api: PullRequestApi;
  /** The checked-out pull request. */
  workspace: string;
  analyze: Analyze;
  rules: readonly AnyRule[];
  /** Whether a repository path names a DAG source (by its ending); configuration decides the rest. */
  isDagPath: (repoPath: string) => boolean;
  /** Which commit's configuration judges the pull request (default: the base). */
  policyFrom: PolicySource;
  /** `--config`, repository-relative (read at the policy's commit). */
  explicitConfig?: string;
  /** Link to a line of a file at the head commit. */
  link: (repoPath: string, line?: number) => string;
  /** Notes for the summary found before the review started. */
  notes?: string[];
  /** Progress and warnings (standard error). */
  log: (message: string) => void;
  /** Workflow commands (standard output). */
  command: (line: string) => void;
  /** `GITHUB_STEP_SUMMARY`, when running in Actions. */
  stepSummaryPath?: string;
  /** Names this run's check run (`external_id`), to find it again after an answer was lost. */
  externalId: string;
  /** Aborted when the job is cancelled. */
  signal?: AbortSignal;
}

export type Outcome =
  /** The verdict is on the check run. */
  | "posted"
  /** The token cannot write (a fork's): the verdict is in the job summary and the exit code. */
  | "read-only"
  /** GitHub did not take the verdict, or the review could not finish; see `problem`. */
  | "failed"
  /** The job was cancelled before the verdict was posted. */
  | "cancelled";

export interface ReviewReport {
  outcome: Outcome;
  /** What went wrong (outcome `failed`), safe to print. */
  problem?: string;
  /** Blocking findings and blocking added suppressions: the gate is red when > 0. */
  blocking: number;
  findings: number;
  inlineComments: number;
  fileComments: number;
  /** Findings that could be posted neither on their line nor on their file: listed in the summary. */
  summaryOnly: number;
  annotations: number;
  fixed: number;
  suppressions: number;
  summary: string;
}

class Cancelled extends Error {
  constructor() {
    super("the job was cancelled");
  }
}

/** A write GitHub did not take, after which the verdict cannot be trusted to be posted. */
class PublishFailure extends Error {}

class ReadOnlyToken extends Error {}

// ---------------------------------------------------------------------------------------------
// Judging

interface Verdict {
  files: ChangedFile[];
  placed: PlacedFinding[];
  suppressions: Suppression[];
  /** Added suppressions that block under the base policy (unapproved, or `block`). */
  blockingSuppressions: Suppression[];
  /** Files (partly) not analysed: a syntax error, unreadable. Their earlier findings are not "fixed". */
  incomplete: Set<string>;
  analysedFiles: number;
  notes: string[];
  /** Which configuration judged the pull request (a footer line of the summary). */
  judgedBy: string;
  blocking: number;
}

function checkCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new Cancelled();
}

function analyseSafely(
  analyze: Analyze,
  filePath: string,
  text: string,
  context: AnalyzeContext,
): LintResult {
  try {
    return analyze(filePath, text, context);
  } catch (error) {
    // One file's crash must not hide the other files' findings.
    return fatalResult(filePath, `Internal error while analysing: ${(error as Error).message}`);
  }
}

/**
 * Fingerprints of the base commit's findings in a changed file, computed under the file's head
 * name (a renamed file keeps its findings' identity). Undefined when the base version is unknown.
 */
async function baseFingerprintsOf(
  file: ChangedFile,
  context: ReviewContext,
  policy: Policy,
): Promise<Set<string> | undefined> {
  if (file.status === "added") return new Set();
  const basePath = file.previousPath ?? file.path;
  let text: string;
  try {
    const read = await context.api.fileAtBase(basePath, MAX_FILE_BYTES);
    // A changed file that is not at the base (a wrong base SHA?): unknown, added lines decide.
    if ("missing" in read || "problem" in read) return undefined;
    text = read.text;
  } catch (error) {
    if (context.signal?.aborted) throw new Cancelled();
    context.log(
      `dag-transport: cannot read ${JSON.stringify(basePath)} at the base commit (${describeError(error)}).`,
    );
    return undefined;
  }
  const absolutePath = path.join(context.workspace, ...file.path.split("/"));
  const result = analyseSafely(context.analyze, absolutePath, text, {
    config: policy.configFor(file.path),
    siblingFiles: policy.baseSiblingsOf(basePath),
  });
  if (result.fatalErrorCount > 0) return undefined;
  return new Set(findingsOf(result, file.path, text).map((f) => f.fingerprint));
}

async function judge(context: ReviewContext): Promise<Verdict> {
  const { api, workspace } = context;
  const files = await api.changedFiles();
  checkCancelled(context.signal);
  const candidates = files.filter((f) => f.status !== "removed" && context.isDagPath(f.path));
  const policy = await loadPolicy({
    api,
    workspace,
    rules: context.rules,
    dagCandidates: candidates,
    changedPaths: files.map((f) => f.path),
    ...(context.explicitConfig ? { explicitConfig: context.explicitConfig } : {}),
    from: context.policyFrom,
    log: context.log,
  });
  checkCancelled(context.signal);
  // Notes of this review; the policy adds its own while files are judged (a broken config).
  const reviewNotes: string[] = [];
  const judgedBy = policy.judgedBy;

  // The policy's `ignores` decide which changed files are DAG files; `.gitignore` plays no part
  // (a pull request could add its own files to it).
  const dagFiles = candidates.filter(
    (f) =>
      !isIgnoredByConfig(
        policy.configFor(f.path),
        path.join(workspace, ...f.path.split("/")),
        false,
        workspace,
      ),
  );
  const bulk = await bulkSuppressionsOf(context, reviewNotes);
  let bulkCovered = 0;
  if (files.some((f) => f.path === BULK_SUPPRESSIONS_FILE))
    reviewNotes.push(
      `This pull request changes ${inlineCode(BULK_SUPPRESSIONS_FILE)}; ${
        context.policyFrom === "base"
          ? "its counts take effect once merged."
          : "its counts apply to this review."
      }`,
    );
  const findings: Finding[] = [];
  const suppressions: Suppression[] = [];
  const incomplete = new Set<string>();
  const baseFingerprints = new Map<string, Set<string>>();
  const siblings: SiblingCache = new Map();
  for (const file of dagFiles) {
    checkCancelled(context.signal);
    const read = readWorkspaceFile(workspace, file.path);
    let result: LintResult;
    let text = "";
    if ("problem" in read) {
      result = fatalResult(read.absolutePath, read.problem);
    } else {
      text = read.text;
      result = analyseSafely(context.analyze, read.absolutePath, text, {
        config: policy.configFor(file.path),
        siblingFiles: readSiblingFiles(read.absolutePath, undefined, siblings, workspace),
      });
    }
    if (result.fatalErrorCount > 0) incomplete.add(file.path);
    if (bulk) {
      const before = result.suppressedMessages.length;
      result = applyBulkSuppressions([result], bulk, { root: workspace, ran: () => true }).results[0]!;
      bulkCovered += result.suppressedMessages.length - before;
    }
    findings.push(...findingsOf(result, file.path, text));
    suppressions.push(...suppressionsOf(result, file.path));
    const atBase = await baseFingerprintsOf(file, context, policy);
    if (atBase) baseFingerprints.set(file.path, atBase);
    if (!atBase && !file.hunks && file.additions > 0)
      reviewNotes.push(
        `GitHub sent no diff for ${inlineCode(file.path)} (too large to show), so every finding in it counts as new.`,
      );
  }

  if (bulkCovered)
    reviewNotes.push(
      `${bulkCovered} finding${bulkCovered === 1 ? " is" : "s are"} covered by the counts of ${inlineCode(BULK_SUPPRESSIONS_FILE)} (bulk suppressions) and not reported.`,
    );
  const changed = new Map(files.map((f) => [f.path, f]));
  const placed = placeFindings(findings, changed, baseFingerprints);
  const added = addedSuppressions(suppressions, changed);
  const blockingSuppressions = await suppressionsThatBlock(added, policy, context, reviewNotes);
  const notes = [...(context.notes ?? []), ...policy.notes, ...reviewNotes];
  return {
    files,
    placed,
    suppressions: added,
    blockingSuppressions,
    incomplete,
    analysedFiles: dagFiles.length,
    notes,
    judgedBy,
    blocking: placed.filter((p) => p.blocking).length + blockingSuppressions.length,
  };
}

/**
 * The bulk suppressions file (at the repository root) the policy's commit has: the base's by
 * default, so a pull request cannot raise the counts to let its own findings through. A file that
 * cannot be read or parsed applies nothing (its findings stay) and is named in the notes.
 */
async function bulkSuppressionsOf(
  context: ReviewContext,
  notes: string[],
): Promise<BulkSuppressions | undefined> {
  let text: string;
  if (context.policyFrom === "base") {
    let read;
    try {
      read = await context.api.fileAtBase(BULK_SUPPRESSIONS_FILE, MAX_FILE_BYTES);
    } catch (error) {
      if (context.signal?.aborted) throw new Cancelled();
      notes.push(
        `Could not read ${inlineCode(BULK_SUPPRESSIONS_FILE)} at the base commit (${describeError(error)}); no bulk suppressions applied.`,
      );
      return undefined;
    }
    if ("missing" in read) return undefined;
    if ("problem" in read) {
      notes.push(
        `Cannot read ${inlineCode(BULK_SUPPRESSIONS_FILE)} (${read.problem}); no bulk suppressions applied.`,
      );
      return undefined;
    }
    text = read.text;
  } else {
    const read = readWorkspaceText(path.join(context.workspace, BULK_SUPPRESSIONS_FILE), {
      root: context.workspace,
    });
    if ("problem" in read) {
      if (read.missing) return undefined;
      notes.push(
        `Cannot read ${inlineCode(BULK_SUPPRESSIONS_FILE)} (${read.problem}); no bulk suppressions applied.`,
      );
      return undefined;
    }
    text = read.text;
  }
  try {
    return parseBulkSuppressions(text, BULK_SUPPRESSIONS_FILE);
  } catch (error) {
    if (!(error instanceof SuppressionsFileError)) throw error;
    notes.push(
      `Invalid ${inlineCode(BULK_SUPPRESSIONS_FILE)} (${error.reason.replace(/^invalid suppressions file: /, "")}); no bulk suppressions applied.`,
    );
    return undefined;
  }
}

/** The base policy on suppressions the pull request adds: warn (list them), require an approval, or block. */
async function suppressionsThatBlock(
  added: readonly Suppression[],
  policy: Policy,
  context: ReviewContext,
  notes: string[],
): Promise<Suppression[]> {
  const byPolicy = (setting: string) =>
    added.filter((s) => policy.configFor(s.path).review.addedSuppressions === setting);
  const blocked = byPolicy("block");
  const needApproval = byPolicy("require-approval");
  if (blocked.length)
    notes.push(
      `The base configuration blocks suppressions added in a pull request (\`review.addedSuppressions = "block"\`): ${blocked.length} added here.`,
    );
  if (!needApproval.length) return blocked;
  const approvers = await context.api.approvers();
  if (approvers.length) {
    notes.push(
      `Added suppressions approved by a review of this commit (${approvers.length} approving review(s)).`,
    );
    return blocked;
  }
  notes.push(
    `The base configuration requires an approving review for suppressions added in a pull request (\`review.addedSuppressions = "require-approval"\`): ${needApproval.length} added here, not yet approved at this commit.`,
  );
  return [...blocked, ...needApproval];
}

// ---------------------------------------------------------------------------------------------
// Publishing

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function groupByPath<T>(items: readonly T[], pathOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = pathOf(item);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return groups;
}

function annotationOf(placed: PlacedFinding): Annotation {
  const { finding } = placed;
  const at = finding.locations[0]!;
  const sameLine = at.line === at.endLine;
  return {
    path: finding.path,
    start_line: at.line,
    end_line: at.endLine,
    ...(sameLine && at.endColumn !== undefined ? { start_column: at.column, end_column: at.endColumn } : {}),
    annotation_level: placed.blocking ? "failure" : "warning",
    title: `dag-transport/${finding.title}${placed.isNew ? "" : " (pre-existing, not blocking)"}`,
    message: finding.message,
  };
}

type EarlierFinding = SummaryState["fixed"][number];

/** What earlier runs reported: the summary's state, and the markers of every comment they left. */
function earlierFindings(state: SummaryState | undefined, reviewComments: readonly ExistingComment[]) {
  const earlier = new Map<string, EarlierFinding>();
  for (const f of state?.findings ?? []) earlier.set(f.fingerprint, f);
  for (const comment of reviewComments) {
    for (const fingerprint of fingerprintsIn(comment.body)) {
      if (!earlier.has(fingerprint) && comment.path)
        earlier.set(fingerprint, {
          fingerprint,
          path: comment.path,
          title: /`([\w-]+(?: [\w-]+)*)`/.exec(comment.body)?.[1] ?? "finding",
          ...(comment.line ? { line: comment.line } : {}),
        });
    }
  }
  return earlier;
}

/**
 * Sorts a failed write into what the gate does next: a read-only token and a rate limit end
 * API publishing; anything GitHub may have stored is returned for the caller to reconcile;
 * any other refusal (422 and the like) is returned for the caller to degrade.
 */
function classify(error: unknown, what: string, signal: AbortSignal | undefined): "maybe-stored" | "refused" {
  if (signal?.aborted) throw new Cancelled();
  if (isReadOnlyToken(error)) throw new ReadOnlyToken(`cannot ${what} (${describeError(error)})`);
  if (isRateLimit(error))
    throw new PublishFailure(
      `GitHub's rate limit did not clear within the run's budget while trying to ${what}`,
    );
  if (statusOf(error) === 401) throw new PublishFailure(`cannot ${what}: the token was refused (HTTP 401)`);
  return mayHaveBeenStored(error) ? "maybe-stored" : "refused";
}

interface Publication {
  checkRunId?: number;
  inlineComments: number;
  fileComments: number;
  annotations: number;
  /** Findings to be listed in the summary because no comment could carry them. */
  summaryOnly: PlacedFinding[];
}

async function createCheckRun(
  context: ReviewContext,
  output: { title: string; summary: string; annotations: readonly Annotation[] },
  conclusion: "success" | "failure",
): Promise<number> {
  const { api } = context;
  for (let attempt = 1; ; attempt++) {
    try {
      return await api.createCompletedCheckRun(context.externalId, output, conclusion);
    } catch (error) {
      const kind = classify(error, "create the check run", context.signal);
      if (kind === "refused" || attempt > 1)
        throw new PublishFailure(`cannot create the check run (${describeError(error)})`);
      // The answer was lost: the check may exist. Look before creating it again.
      const existing = await api.findCheckRun(context.externalId).catch(() => undefined);
      if (existing !== undefined) return existing;
    }
  }
}

/** Posts review comments for `batch`, or what of it is missing after a lost answer; returns what is not on its line. */
async function postReview(
  context: ReviewContext,
  batch: readonly PlacedFinding[],
  label: string,
): Promise<{ posted: number; refused: PlacedFinding[] }> {
  const { api } = context;
  let pending = [...batch];
  for (let attempt = 1; pending.length; attempt++) {
    const comments: ReviewComment[] = pending.map((p) => {
      const at = p.placement as Extract<PlacedFinding["placement"], { kind: "line" }>;
      return { path: at.path, line: at.line, startLine: at.startLine, body: inlineCommentBody(p) };
    });
    try {
      await api.createReview(label, comments);
      return { posted: batch.length, refused: [] };
    } catch (error) {
      if (classify(error, "post a review", context.signal) === "refused") {
        context.log(
          `dag-transport: GitHub refused a review (${describeError(error)}); posting its findings as file comments.`,
        );
        return { posted: batch.length - pending.length, refused: pending };
      }
      const present = new Set((await api.reviewComments()).flatMap((c) => fingerprintsIn(c.body)));
      pending = pending.filter((p) => !present.has(p.finding.fingerprint));
      if (pending.length && attempt > 1) return { posted: batch.length - pending.length, refused: pending };
    }
  }
  return { posted: batch.length, refused: [] };
}

/** Posts one file comment; false when GitHub would not take it (its findings go to the summary). */
async function postFileComment(
  context: ReviewContext,
  filePath: string,
  group: readonly PlacedFinding[],
  note?: string,
) {
  const { api } = context;
  const body = fileCommentBody(group, note);
  for (let attempt = 1; ; attempt++) {
    try {
      await api.createFileComment(filePath, body);
      return true;
    } catch (error) {
      if (classify(error, "post a file comment", context.signal) === "refused" || attempt > 1) {
        context.log(
          `dag-transport: GitHub refused a file comment (${describeError(error)}); listing its findings in the summary.`,
        );
        return false;
      }
      const fingerprint = group[0]!.finding.fingerprint;
      const present = (await api.reviewComments()).some((c) => fingerprintsIn(c.body).includes(fingerprint));
      if (present) return true;
    }
  }
}

async function postSummaryComment(
  context: ReviewContext,
  existing: ExistingComment | undefined,
  body: string,
) {
  const { api } = context;
  if (existing) {
    if (existing.body === body) return;
    try {
      await api.updateIssueComment(existing.id, body);
    } catch (error) {
      // Editing is idempotent: once more after a lost answer.
      if (classify(error, "update the summary comment", context.signal) === "refused")
        throw new PublishFailure(`cannot update the summary comment (${describeError(error)})`);
      await api.updateIssueComment(existing.id, body);
    }
    return;
  }
  try {
    await api.createIssueComment(body);
  } catch (error) {
    if (classify(error, "post the summary comment", context.signal) === "refused")
      throw new PublishFailure(`cannot post the summary comment (${describeError(error)})`);
    const stored = (await api.issueComments()).find((c) => c.body.includes(SUMMARY_MARKER));
    if (stored) await postSummaryComment(context, stored, body);
    else await api.createIssueComment(body);
  }
}

export async function reviewPullRequest(context: ReviewContext): Promise<ReviewReport> {
  const { api, log } = context;
  let verdict: Verdict | undefined;
  const publication: Publication = { inlineComments: 0, fileComments: 0, annotations: 0, summaryOnly: [] };
  let summary = "";
  const report = (outcome: Outcome, problem?: string): ReviewReport => ({
    outcome,
    ...(problem ? { problem } : {}),
    blocking: verdict?.blocking ?? 0,
    findings: verdict?.placed.length ?? 0,
    inlineComments: publication.inlineComments,
    fileComments: publication.fileComments,
    summaryOnly: publication.summaryOnly.length,
    annotations: publication.annotations,
    fixed: 0,
    suppressions: verdict?.suppressions.length ?? 0,
    summary,
  });

  try {
    verdict = await judge(context);
    checkCancelled(context.signal);
    const [reviewComments, issueComments] = await Promise.all([api.reviewComments(), api.issueComments()]);
    const summaryComment = issueComments.find((c) => c.body.includes(SUMMARY_MARKER));
    const state = summaryComment ? decodeState(summaryComment.body) : undefined;
    const fixed = fixedFindings(verdict, state, reviewComments);
    const summaryInput: SummaryInput = {
      placed: verdict.placed,
      fixed,
      suppressions: verdict.suppressions,
      blockingSuppressions: verdict.blockingSuppressions.length,
      notes: verdict.notes,
      judgedBy: verdict.judgedBy,
      link: context.link,
      analysedFiles: verdict.analysedFiles,
    };
    summary = renderSummaryWithin(summaryInput);
    const conclusion = verdict.blocking ? "failure" : "success";
    const title = headline(verdict.placed, verdict.blockingSuppressions.length);
    const annotations = chunks(verdict.placed.map(annotationOf), ANNOTATIONS_PER_REQUEST);
    checkCancelled(context.signal);

    try {
      // 1. The verdict: a completed check run, its first 50 annotations with it.
      publication.checkRunId = await createCheckRun(
        context,
        { title, summary, annotations: annotations[0] ?? [] },
        conclusion,
      );
      publication.annotations = annotations[0]?.length ?? 0;
      for (const batch of annotations.slice(1)) {
        try {
          await api.updateCheckRun(publication.checkRunId, { title, summary, annotations: batch });
          publication.annotations += batch.length;
        } catch (error) {
          // Annotations add up on GitHub: re-sending a batch whose answer was lost could double it.
          classify(error, "add annotations to the check run", context.signal);
          log(
            `dag-transport: stopped adding annotations after ${publication.annotations} (${describeError(error)}); every finding is in the summary.`,
          );
          break;
        }
      }

      // 2. New findings as comments, each once.
      await publishComments(context, verdict, reviewComments, publication);

      // 3. The summary comment, edited in place; none on a clean PR that never had one.
      const withState: SummaryInput = { ...summaryInput, summaryOnly: publication.summaryOnly };
      const newState: SummaryState = {
        findings: verdict.placed.map((p) => ({
          fingerprint: p.finding.fingerprint,
          path: p.finding.path,
          title: p.finding.title,
          line: p.finding.locations[0]!.line,
        })),
        fixed,
      };
      summary = renderSummaryWithin(withState);
      if (publication.summaryOnly.length)
        await api.updateCheckRun(publication.checkRunId, { title, summary, annotations: [] }).catch(() => {});
      const summaryBody = renderSummaryWithin(withState, newState);
      if (
        summaryComment ||
        verdict.placed.length ||
        fixed.length ||
        verdict.suppressions.length ||
        verdict.notes.length
      )
        await postSummaryComment(context, summaryComment, summaryBody);
    } catch (error) {
      if (!(error instanceof ReadOnlyToken)) throw error;
      log(
        `dag-transport: ${error.message}; the token is read-only (a pull request from a fork?). Reporting through workflow commands and the job summary instead.`,
      );
      for (const p of verdict.placed) context.command(workflowCommand(p));
      writeStepSummary(context, summary);
      return { ...report("read-only"), fixed: fixed.length };
    }
    writeStepSummary(context, summary);
    return { ...report("posted"), fixed: fixed.length };
  } catch (error) {
    if (error instanceof Cancelled || context.signal?.aborted) {
      if (publication.checkRunId === undefined)
        await completeCheckAfterAll(
          context,
          "cancelled",
          "dag-transport was cancelled before it finished",
          "The job was cancelled before the review finished; no verdict was reached.",
        );
      writeStepSummary(
        context,
        summary || "dag-transport: the job was cancelled before the review finished.",
      );
      return report("cancelled", "the job was cancelled");
    }
    const problem =
      error instanceof PublishFailure
        ? error.message
        : `the review could not finish (${describeError(error)})`;
    log(`dag-transport: ${problem}.`);
    const failureSummary = `### ❌ dag-transport could not post its review\n\n${problem}.${summary ? `\n\nThe verdict it reached:\n\n${summary}` : ""}`;
    if (publication.checkRunId !== undefined) {
      await api
        .updateCheckRun(
          publication.checkRunId,
          { title: "dag-transport could not post its review", summary: failureSummary, annotations: [] },
          "failure",
        )
        .catch(() => {});
    } else {
      await completeCheckAfterAll(
        context,
        "failure",
        "dag-transport could not post its review",
        failureSummary,
      );
    }
    writeStepSummary(context, failureSummary);
    return report("failed", problem);
  }
}

/** A last check run for a review that did not reach or post its verdict; best effort. */
async function completeCheckAfterAll(
  context: ReviewContext,
  conclusion: "failure" | "cancelled",
  title: string,
  summary: string,
): Promise<void> {
  try {
    await context.api.createCompletedCheckRun(
      context.externalId,
      { title, summary, annotations: [] },
      conclusion,
      AbortSignal.timeout(CANCELLED_CHECK_TIMEOUT_MS),
    );
  } catch (error) {
    context.log(`dag-transport: could not create the check run either (${describeError(error)}).`);
  }
}

function writeStepSummary(context: ReviewContext, summary: string): void {
  if (!context.stepSummaryPath) return;
  try {
    appendStepSummary(context.stepSummaryPath, summary);
  } catch (error) {
    context.log(`dag-transport: cannot write the job summary (${(error as Error).message}).`);
  }
}

/** Fixed: reported earlier, in a file this run analysed completely (or one the PR deletes), gone now. */
function fixedFindings(
  verdict: Verdict,
  state: SummaryState | undefined,
  reviewComments: readonly ExistingComment[],
): SummaryState["fixed"] {
  const current = new Set(verdict.placed.map((p) => p.finding.fingerprint));
  const lookedAt = new Set(
    verdict.files.flatMap((f) => [f.path, ...(f.previousPath ? [f.previousPath] : [])]),
  );
  const previouslyFixed = (state?.fixed ?? []).filter((f) => !current.has(f.fingerprint));
  const alreadyFixed = new Set(previouslyFixed.map((f) => f.fingerprint));
  // A syntax error hides findings; it does not fix them.
  const newlyFixed = [...earlierFindings(state, reviewComments).values()].filter(
    (f) =>
      !current.has(f.fingerprint) &&
      !alreadyFixed.has(f.fingerprint) &&
      lookedAt.has(f.path) &&
      !verdict.incomplete.has(f.path),
  );
  return [...newlyFixed, ...previouslyFixed];
}

async function publishComments(
  context: ReviewContext,
  verdict: Verdict,
  reviewComments: readonly ExistingComment[],
  publication: Publication,
): Promise<void> {
  const changed = new Map(verdict.files.map((f) => [f.path, f]));
  const posted = new Set(reviewComments.flatMap((c) => fingerprintsIn(c.body)));
  const toPost = verdict.placed.filter(
    (p) => p.placement.kind !== "summary" && !posted.has(p.finding.fingerprint),
  );
  // One bad line and GitHub refuses the whole review: check every range against the hunks first.
  const fitsDiff = (p: PlacedFinding) =>
    p.placement.kind === "line" &&
    isCommentableRange(changed.get(p.placement.path)?.hunks ?? [], p.placement.startLine, p.placement.line);
  const inline = toPost.filter(fitsDiff);
  const fileLevel = toPost.filter((p) => !fitsDiff(p));
  const refused: PlacedFinding[] = [];
  const batches = chunks(inline, COMMENTS_PER_REVIEW);
  for (const [index, batch] of batches.entries()) {
    checkCancelled(context.signal);
    const result = await postReview(context, batch, reviewBody(index + 1, batches.length, batch.length));
    publication.inlineComments += result.posted;
    refused.push(...result.refused);
  }
  for (const [filePath, group] of groupByPath([...fileLevel, ...refused], (p) => p.finding.path)) {
    checkCancelled(context.signal);
    const note = group.every((p) => refused.includes(p))
      ? "**dag-transport** could not place these on their lines (GitHub refused the line comments):"
      : undefined;
    if (await postFileComment(context, filePath, group, note)) publication.fileComments += group.length;
    else publication.summaryOnly.push(...group);
  }
}
