/**
 * The reviewer gate on one pull request: analyse every changed DAG file whole, post what is
 * new as review comments (never twice), report everything on a `dag-transport` check run and
 * in one summary comment, and fail the check when an error-level finding touches a line the
 * pull request adds. With a read-only token, fall back to workflow commands and the job summary.
 */
import { fatalResult, type LintResult } from "@dag-transport/core";
import {
  describeError,
  statusOf,
  type Annotation,
  type ExistingComment,
  type PullRequestApi,
  type ReviewComment,
} from "./github.js";
import { isCommentableRange } from "./diff.js";
import { findingsOf, suppressionsOf, type Finding, type Suppression } from "./findings.js";
import { addedSuppressions, placeFindings, type ChangedFile, type PlacedFinding } from "./placement.js";
import {
  SUMMARY_MARKER,
  decodeState,
  fileCommentBody,
  fingerprintsIn,
  headline,
  inlineCommentBody,
  renderSummaryWithin,
  reviewBody,
  type SummaryState,
} from "./render.js";
import { appendStepSummary, workflowCommand } from "./workflow-commands.js";
import { readWorkspaceFile } from "./workspace.js";

/** Lints one file's text. The engine's `lintText` in production; tests may pass their own. */
export type Analyze = (filePath: string, text: string) => LintResult;

/** reviewdog posts at most 30 comments per review to stay clear of GitHub's abuse limits. */
export const COMMENTS_PER_REVIEW = 30;
/** GitHub accepts at most 50 annotations per check run request. */
export const ANNOTATIONS_PER_REQUEST = 50;

export interface ReviewContext {
  api: PullRequestApi;
  /** The checked-out pull request. */
  workspace: string;
  analyze: Analyze;
  /** Whether a changed file is one to analyse (a DAG source that the configuration does not ignore). */
  isDagFile: (repoPath: string) => boolean;
  /** Link to a line of a file at the head commit. */
  link: (repoPath: string, line?: number) => string;
  /** Notes for the summary found before the review started (e.g. a configuration problem). */
  notes?: string[];
  /** Progress and warnings (standard error). */
  log: (message: string) => void;
  /** Workflow commands (standard output). */
  command: (line: string) => void;
  /** `GITHUB_STEP_SUMMARY`, when running in Actions. */
  stepSummaryPath?: string;
}

export interface ReviewReport {
  /** Error-level findings on lines the pull request adds: the gate is red when > 0. */
  blocking: number;
  findings: number;
  inlineComments: number;
  fileComments: number;
  annotations: number;
  fixed: number;
  suppressions: number;
  /** Whether results went to GitHub's API, or (read-only token) to workflow commands. */
  published: "api" | "workflow-commands";
  summary: string;
}

interface Analysis {
  findings: Finding[];
  suppressions: Suppression[];
  analysedFiles: number;
  /** Files (partly) not analysed: a syntax error, unreadable. Their earlier findings are not "fixed". */
  incomplete: Set<string>;
}

function analyseChangedFiles(files: readonly ChangedFile[], context: ReviewContext): Analysis {
  const analysis: Analysis = { findings: [], suppressions: [], analysedFiles: 0, incomplete: new Set() };
  for (const file of files) {
    if (file.status === "removed" || !context.isDagFile(file.path)) continue;
    analysis.analysedFiles += 1;
    const read = readWorkspaceFile(context.workspace, file.path);
    let result: LintResult;
    let text = "";
    if ("problem" in read) {
      result = fatalResult(read.absolutePath, read.problem);
    } else {
      text = read.text;
      try {
        result = context.analyze(read.absolutePath, text);
      } catch (error) {
        // One file's crash must not hide the other files' findings.
        result = fatalResult(
          read.absolutePath,
          `Internal error while analysing: ${(error as Error).message}`,
        );
      }
    }
    if (result.fatalErrorCount > 0) analysis.incomplete.add(file.path);
    analysis.findings.push(...findingsOf(result, file.path, text));
    analysis.suppressions.push(...suppressionsOf(result, file.path));
  }
  return analysis;
}

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

export async function reviewPullRequest(context: ReviewContext): Promise<ReviewReport> {
  const { api, log } = context;
  let writable = true;
  /** Runs a write; a 403 means a read-only token (a fork's), after which nothing more is attempted. */
  const write = async (what: string, run: () => Promise<void>): Promise<boolean> => {
    if (!writable) return false;
    try {
      await run();
      return true;
    } catch (error) {
      if (statusOf(error) !== 403) throw error;
      writable = false;
      log(
        `dag-transport: cannot ${what} (${describeError(error)}); the token is read-only (a pull request from a fork?). Reporting through workflow commands and the job summary instead.`,
      );
      return false;
    }
  };

  let checkRunId: number | undefined;
  await write("create the check run", async () => {
    checkRunId = await api.createCheckRun();
  });
  try {
    return await review(context, write, () => writable, checkRunId);
  } catch (error) {
    // Never leave the check in progress: a required check that never completes blocks merging
    // without saying why.
    if (checkRunId !== undefined && writable) {
      await api
        .updateCheckRun(
          checkRunId,
          {
            title: "dag-transport could not finish",
            summary: `The review failed: ${describeError(error)}`,
            annotations: [],
          },
          "failure",
        )
        .catch(() => {});
    }
    throw error;
  }
}

async function review(
  context: ReviewContext,
  write: (what: string, run: () => Promise<void>) => Promise<boolean>,
  isWritable: () => boolean,
  checkRunId: number | undefined,
): Promise<ReviewReport> {
  const { api, log } = context;
  const files = await api.changedFiles();
  const changed = new Map(files.map((f) => [f.path, f]));
  const analysis = analyseChangedFiles(files, context);
  const placed = placeFindings(analysis.findings, changed);
  const suppressions = addedSuppressions(analysis.suppressions, changed);
  const notes = [...(context.notes ?? [])];
  for (const file of files) {
    if (!file.hunks && file.additions > 0 && file.status !== "removed" && context.isDagFile(file.path))
      notes.push(
        `GitHub sent no diff for \`${file.path}\` (too large to show), so every finding in it counts as new.`,
      );
  }

  // What earlier runs posted.
  const [reviewComments, issueComments] = await Promise.all([api.reviewComments(), api.issueComments()]);
  const summaryComment = issueComments.find((c) => c.body.includes(SUMMARY_MARKER));
  const state = summaryComment ? decodeState(summaryComment.body) : undefined;
  const posted = new Set(reviewComments.flatMap((c) => fingerprintsIn(c.body)));

  // Inline comments, batched; a review GitHub refuses (422: the diff moved under us) is not
  // lost but re-posted as file-level comments.
  const toPost = placed.filter((p) => p.placement.kind !== "summary" && !posted.has(p.finding.fingerprint));
  // One bad line and GitHub refuses the whole review: check every range against the hunks first.
  const fitsDiff = (p: PlacedFinding) =>
    p.placement.kind === "line" &&
    isCommentableRange(changed.get(p.placement.path)?.hunks ?? [], p.placement.startLine, p.placement.line);
  const inline = toPost.filter(fitsDiff);
  const fileLevel = toPost.filter((p) => !fitsDiff(p));
  const refused: PlacedFinding[] = [];
  let inlineComments = 0;
  const batches = chunks(inline, COMMENTS_PER_REVIEW);
  for (const [index, batch] of batches.entries()) {
    const comments: ReviewComment[] = batch.map((p) => {
      const at = p.placement as Extract<PlacedFinding["placement"], { kind: "line" }>;
      return { path: at.path, line: at.line, startLine: at.startLine, body: inlineCommentBody(p) };
    });
    try {
      if (
        await write("post a review", () =>
          api.createReview(reviewBody(index + 1, batches.length, batch.length), comments),
        )
      )
        inlineComments += batch.length;
    } catch (error) {
      if (statusOf(error) !== 422) throw error;
      log(
        `dag-transport: GitHub refused a review (${describeError(error)}); posting its findings as file comments.`,
      );
      refused.push(...batch);
    }
  }
  let fileComments = 0;
  for (const [path, group] of groupByPath([...fileLevel, ...refused], (p) => p.finding.path)) {
    const note = group.every((p) => refused.includes(p))
      ? "**dag-transport** could not place these on their lines (GitHub refused the line comments):"
      : undefined;
    if (await write("post a file comment", () => api.createFileComment(path, fileCommentBody(group, note))))
      fileComments += group.length;
  }

  // Fixed: reported earlier, in a file this run analysed completely (or one the PR deletes),
  // gone now. A syntax error hides findings; it does not fix them.
  const current = new Set(placed.map((p) => p.finding.fingerprint));
  const lookedAt = new Set(files.flatMap((f) => [f.path, ...(f.previousPath ? [f.previousPath] : [])]));
  const previouslyFixed = (state?.fixed ?? []).filter((f) => !current.has(f.fingerprint));
  const alreadyFixed = new Set(previouslyFixed.map((f) => f.fingerprint));
  const newlyFixed = [...earlierFindings(state, reviewComments).values()].filter(
    (f) =>
      !current.has(f.fingerprint) &&
      !alreadyFixed.has(f.fingerprint) &&
      lookedAt.has(f.path) &&
      !analysis.incomplete.has(f.path),
  );
  const fixed = [...newlyFixed, ...previouslyFixed];

  const summaryInput = {
    placed,
    fixed,
    suppressions,
    notes,
    link: context.link,
    analysedFiles: analysis.analysedFiles,
  };
  const newState: SummaryState = {
    findings: placed.map((p) => ({
      fingerprint: p.finding.fingerprint,
      path: p.finding.path,
      title: p.finding.title,
      line: p.finding.locations[0]!.line,
    })),
    fixed,
  };
  const summary = renderSummaryWithin(summaryInput);
  const blocking = placed.filter((p) => p.blocking).length;

  // The check run: every finding as an annotation, 50 per request, the conclusion with the last.
  const annotations = placed.map(annotationOf);
  let annotationsSent = 0;
  if (checkRunId !== undefined) {
    const id = checkRunId;
    const title = headline(placed);
    const requests = annotations.length ? chunks(annotations, ANNOTATIONS_PER_REQUEST) : [[]];
    for (const [index, batch] of requests.entries()) {
      const last = index === requests.length - 1;
      const ok = await write("update the check run", () =>
        api.updateCheckRun(
          id,
          { title, summary, annotations: batch },
          last ? (blocking ? "failure" : "success") : undefined,
        ),
      );
      if (!ok) break;
      annotationsSent += batch.length;
    }
  }

  // One summary comment per pull request, edited in place; none on a clean PR that never had one.
  const summaryBody = renderSummaryWithin(summaryInput, newState);
  if (summaryComment) {
    if (summaryComment.body !== summaryBody)
      await write("update the summary comment", () => api.updateIssueComment(summaryComment.id, summaryBody));
  } else if (placed.length || fixed.length || suppressions.length || notes.length) {
    await write("post the summary comment", () => api.createIssueComment(summaryBody));
  }

  if (!isWritable()) for (const p of placed) context.command(workflowCommand(p));
  if (context.stepSummaryPath) appendStepSummary(context.stepSummaryPath, summary);

  return {
    blocking,
    findings: placed.length,
    inlineComments,
    fileComments,
    annotations: annotationsSent,
    fixed: fixed.length,
    suppressions: suppressions.length,
    published: isWritable() ? "api" : "workflow-commands",
    summary,
  };
}
